// Insert's time budget: papers are looked up a chunk at a time between writes, so a big haul stops in time with a result per paper.
import type {InsertResult, Paper} from '../../core/types';
import type {ClockPort} from '../shared/ports';
import {TimeBudget} from '../shared/time-budget';
import type {ArxivLookup} from '../shared/arxiv-client';

/** How long into the execution an insert may go on: Apps Script stops an execution at 6 minutes. */
export const INSERT_BUDGET_MS = 5.5 * 60 * 1000;
/** The result of a paper the call had no time left for; sending it again inserts it. */
export const NOT_INSERTED_YET =
  'Not inserted yet: this call ran out of the time Apps Script allows. Insert it again to add it.';
/** The result of a paper left for another call: an error that says so, marked for sending again. */
export function notInsertedYet(id: string): InsertResult {
  return {id, status: 'error', message: NOT_INSERTED_YET, retry: true};
}

/** Papers looked up at once: the parse of a feed costs service calls too, so a 200-paper lookup alone could take a minute. */
export const LOOKUP_CHUNK = 50;

export type LookupResult = ArxivLookup & {
  /** One paper's own failure (a DOI Crossref would not answer for), before the whole lookup's `error`. */
  errors?: Record<string, string>;
};

/** What became of one paper's lookup. */
export type Looked =
  {paper: Paper} | {missing: true} | {error: string} | {outOfTime: true};

/**
 * Looks papers up in chunks, in the order they are asked for, each chunk
 * only while the budget expects it (as long as the last one took) to end in
 * time; the writes between chunks are budgeted by the caller.
 */
export class ChunkedLookup {
  private readonly answers = new Map<string, Looked>();
  private next = 0;
  private lastMs = 0;

  constructor(
    private readonly ids: string[],
    private readonly lookup: (ids: string[]) => LookupResult,
    private readonly budget: TimeBudget | null,
    private readonly clock: ClockPort | undefined,
  ) {}

  /** The paper for `id` (one of the ids given), fetching its chunk first if need be. */
  get(id: string): Looked {
    while (!this.answers.has(id) && this.next < this.ids.length) {
      if (this.budget && !this.budget.fits(this.lastMs)) {
        return {outOfTime: true};
      }
      this.fetchChunk();
    }
    return (
      this.answers.get(id) ?? {
        error: 'arXiv did not send this paper; try again.',
      }
    );
  }

  private fetchChunk(): void {
    const chunk = this.ids.slice(this.next, this.next + LOOKUP_CHUNK);
    this.next += chunk.length;
    const start = this.clock ? this.clock.now() : 0;
    const looked = this.lookup(chunk);
    this.lastMs = this.clock ? this.clock.now() - start : 0;
    for (const id of chunk) {
      const paper = looked.papers[id];
      this.answers.set(
        id,
        paper
          ? {paper}
          : looked.missing.includes(id)
            ? {missing: true}
            : {
                error:
                  looked.errors?.[id] ??
                  looked.error ??
                  'arXiv did not send this paper; try again.',
              },
      );
    }
  }
}
