// The body as a reorganize plan's steps leave it, and the Docs rules a move must respect (the final paragraph, tables at the end).
import type {BlockSummary, Entry, Outline} from './doc-model';
import {BlockReadings} from './entry-head';
import {buildOutline, isBlank} from './outline';

/**
 * One edit, in body indices of the document as the steps before it left it.
 * `move` has DocumentPort.moveRange's meaning (insert before the child now at
 * `before`); `remove` only ever deletes a merged section's emptied heading.
 */
export type ReorganizeStep =
  | {
      kind: 'move';
      purpose: 'merge' | 'sort' | 'file';
      from: number;
      count: number;
      before: number;
      /** The section the move serves (the surviving one for a merge). */
      section: string;
      /** The entry moved, for sorting and filing. */
      id?: string;
      /** For filing: the section the entry leaves. */
      fromSection?: string;
    }
  | {kind: 'remove'; purpose: 'merge'; index: number; section: string};

/** The body as the steps so far leave it; block objects keep their identity across moves. */
export class Draft {
  readonly steps: ReorganizeStep[] = [];
  private blocks: BlockSummary[];
  private stale = false;
  /** What each block says on its own: the draft's blocks keep their text, so later outlines parse no head again. */
  private readonly readings = new BlockReadings();
  /** The last outline built, kept while no step changes the body: phases that planned nothing share it. */
  private built: {sectionLevel?: number; outline: Outline} | null = null;

  constructor(
    blocks: BlockSummary[],
    private readonly options: {sectionLevel?: number; inboxName: string},
  ) {
    this.blocks = blocks.map((block, index) => ({...block, index}));
  }

  get length(): number {
    return this.blocks.length;
  }

  at(index: number): BlockSummary {
    return this.blocks[index];
  }

  /** The blocks as they stand now, for looking up an outline's indices after later moves. */
  snapshot(): BlockSummary[] {
    return [...this.blocks];
  }

  indexOf(block: BlockSummary): number {
    this.reindex();
    return block.index;
  }

  /** The outline of the body as it stands; a level the last outline detected or was given reuses it. */
  outline(sectionLevel?: number): Outline {
    const built = this.built;
    if (
      built &&
      (sectionLevel === built.sectionLevel ||
        sectionLevel === built.outline.level)
    ) {
      return built.outline;
    }
    this.reindex();
    const outline = buildOutline(this.blocks, {
      ...this.options,
      sectionLevel,
      readings: this.readings,
    });
    this.built = {sectionLevel, outline};
    return outline;
  }

  move(step: Extract<ReorganizeStep, {kind: 'move'}>): void {
    this.steps.push(step);
    const moved = this.blocks.splice(step.from, step.count);
    const at = step.before > step.from ? step.before - step.count : step.before;
    this.blocks.splice(at, 0, ...moved);
    this.changed();
  }

  remove(step: Extract<ReorganizeStep, {kind: 'remove'}>): void {
    this.steps.push(step);
    this.blocks.splice(step.index, 1);
    this.changed();
  }

  /** Writes blocks in a new order over [start, start + blocks.length), as a run's sort moves leave them. */
  overwrite(start: number, blocks: BlockSummary[]): void {
    blocks.forEach((block, i) => (this.blocks[start + i] = block));
    this.changed();
  }

  /** The position after the last non-blank block of [from, to). */
  trimBlankTail(from: number, to: number): number {
    let end = to;
    while (end > from && isBlank(this.blocks[end - 1])) end--;
    return end;
  }

  private changed(): void {
    this.stale = true;
    this.built = null;
  }

  private reindex(): void {
    if (!this.stale) return;
    this.blocks.forEach((block, index) => (block.index = index));
    this.stale = false;
  }
}

/**
 * The entries of a run that may move. A move of the entry holding the body's
 * final paragraph is done as the move of the blocks between to the end
 * (DocumentPort.moveRange), so that paragraph is never removed. But then
 * every block of the run may pass through the end of the body, one copy at a
 * time, and Docs adds a paragraph after a table that ends it: in a run
 * holding a table, that entry stays where it is.
 */
export function movableEntries(
  at: (index: number) => BlockSummary,
  bodyLength: number,
  entries: Entry[],
): {movable: Entry[]; end: number; pinned: boolean} {
  const last = entries[entries.length - 1];
  if (last.end === bodyLength && holdsTable(at, entries[0].start, last.end)) {
    return {movable: entries.slice(0, -1), end: last.start, pinned: true};
  }
  return {movable: entries, end: last.end, pinned: false};
}

/** True when a block of [from, to) is a table. */
export function holdsTable(
  at: (index: number) => BlockSummary,
  from: number,
  to: number,
): boolean {
  for (let i = from; i < to; i++) if (at(i).kind === 'table') return true;
  return false;
}
