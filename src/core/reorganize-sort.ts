// Reorganize's sort phase: each entry run sorted with the fewest moves (entries outside a longest ordered subsequence move once).
import type {BlockSummary, Entry, Section} from './doc-model';
import {entryOrder} from './entry-order';
import {type Draft, movableEntries} from './reorganize-draft';
import type {SortOrder} from './settings';

/**
 * Positions (in `values`) of one longest strictly increasing subsequence,
 * by patience sorting in O(n log n).
 */
export function longestIncreasing(values: number[]): boolean[] {
  const tails: number[] = [];
  const previous: number[] = new Array(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (values[tails[mid]] < values[i]) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[i] = tails[low - 1];
    tails[low] = i;
  }
  const kept: boolean[] = new Array(values.length).fill(false);
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0;) {
    kept[i] = true;
    i = previous[i];
  }
  return kept;
}

/** True when an entry's head is a nested list item: after another entry it would read as that entry's note. */
function hasNestedHead(draft: Draft, entries: Entry[]): boolean {
  return entries.some(entry => {
    const head = draft.at(entry.start);
    return head.kind === 'listItem' && (head.nesting ?? 0) > 0;
  });
}

/**
 * Block offsets inside a run while its sort moves are planned, by a plain
 * scan of the run's current order: entries move in reverse sorted order,
 * each just before its successor (already in place) or to the run's end.
 */
class SortOffsets {
  /** Sorted positions, in the run's current order. */
  private readonly order: number[];
  private readonly size: number[];

  constructor(movable: Entry[], target: Entry[], rank: Map<Entry, number>) {
    this.order = movable.map(entry => rank.get(entry) as number);
    this.size = target.map(entry => entry.end - entry.start);
  }

  /** Blocks before the entry at sorted position `k`, from the run's start. */
  offsetOf(k: number): number {
    let sum = 0;
    for (const at of this.order) {
      if (at === k) return sum;
      sum += this.size[at];
    }
    return sum;
  }

  /** Moves the entry at sorted position `k` just before its successor, or to the end. */
  place(k: number): void {
    this.order.splice(this.order.indexOf(k), 1);
    const next = this.order.indexOf(k + 1);
    this.order.splice(next < 0 ? this.order.length : next, 0, k);
  }
}

/**
 * Sorts every run of the given sections. Moves stay inside their run, so the
 * runs' positions hold for the whole phase. Each entry outside a longest
 * already-ordered subsequence moves once, straight to its place: taken in
 * reverse sorted order, each goes just before its successor, which has
 * already reached its place.
 */
export function planSort(
  draft: Draft,
  sections: Section[],
  order: SortOrder,
  sorted: Set<string>,
  notes: Set<string>,
): void {
  for (const section of sections) {
    for (const run of section.runs) {
      const {movable, end, pinned} = movableEntries(
        index => draft.at(index),
        draft.length,
        run.entries,
      );
      const pinnedEntry = run.entries[run.entries.length - 1];
      if (pinned && movable.some(e => entryOrder(e, pinnedEntry, order) > 0)) {
        notes.add(
          `The last entry of "${section.title}" stays last: its text ends the document, and sorting it would move a table of that list to the document's end, where Google Docs adds a paragraph.`,
        );
      }
      if (movable.length < 2) continue;
      if (hasNestedHead(draft, movable)) {
        notes.add(
          `Part of "${section.title}" was not sorted: an entry there starts with an indented list item, which would become another entry's note.`,
        );
        continue;
      }
      const target = [...movable].sort((a, b) => entryOrder(a, b, order));
      const rank = new Map(target.map((entry, i) => [entry, i]));
      const kept = longestIncreasing(movable.map(e => rank.get(e) as number));
      if (kept.every(Boolean)) continue;
      const stays: boolean[] = new Array(target.length);
      movable.forEach(
        (entry, i) => (stays[rank.get(entry) as number] = kept[i]),
      );
      const offsets = new SortOffsets(movable, target, rank);
      for (let k = target.length - 1; k >= 0; k--) {
        if (stays[k]) continue;
        const entry = target[k];
        const next = k + 1 < target.length ? k + 1 : null;
        draft.steps.push({
          kind: 'move',
          purpose: 'sort',
          from: run.start + offsets.offsetOf(k),
          count: entry.end - entry.start,
          before: next === null ? end : run.start + offsets.offsetOf(next),
          section: section.title,
          id: entry.id,
        });
        offsets.place(k);
      }
      const reordered: BlockSummary[] = [];
      for (const entry of target) {
        for (let i = entry.start; i < entry.end; i++)
          reordered.push(draft.at(i));
      }
      draft.overwrite(run.start, reordered);
      sorted.add(section.title);
    }
  }
}
