// How long a use case may keep writing in one Apps Script execution: each next write starts only if it is expected to end in time.
import type {ClockPort} from './ports';

/**
 * A budget from the start of the execution. The cost of the next write is
 * the time per block the writes so far took, or before any, a first guess
 * (from how long the document took to read), times its blocks.
 */
export class TimeBudget {
  private blocksDone = 0;
  private msSpent = 0;

  constructor(
    private readonly clock: ClockPort,
    private readonly startedAt: number,
    private readonly budgetMs: number,
    private firstGuessMsPerBlock = 0,
  ) {}

  /** Sets the first guess from a read of `blocks` blocks that took `ms`. */
  guessFromRead(ms: number, blocks: number): void {
    this.firstGuessMsPerBlock = blocks ? ms / blocks : 0;
  }

  /** Expected ms of writing `blocks` blocks. */
  expectedMs(blocks: number): number {
    const perBlock = this.blocksDone
      ? this.msSpent / this.blocksDone
      : this.firstGuessMsPerBlock;
    return perBlock * blocks;
  }

  /** True when `ms` more would still end within the budget. */
  fits(ms: number): boolean {
    return this.clock.now() + ms - this.startedAt < this.budgetMs;
  }

  /** True when writing `blocks` blocks is expected to end within the budget. */
  fitsWrite(blocks: number): boolean {
    return this.fits(this.expectedMs(blocks));
  }

  /** Records a write of `blocks` blocks that started at `startMs`. */
  spent(blocks: number, startMs: number): void {
    this.blocksDone += blocks;
    this.msSpent += this.clock.now() - startMs;
  }
}
