// The order reorganize sorts entries into, and how many entries a minimal plan must move: those outside a longest ordered subsequence.
import type {Outline} from '../src/core/doc-model';
import type {SortOrder} from '../src/core/settings';

const NEW_SCHEME = /^(\d{2})(\d{2})\.(\d{4,5})$/;
const OLD_SCHEME = /^[a-z-]+(?:\.[A-Z]{2})?\/(\d{2})(\d{2})(\d{3})$/;

/** The part of an entry its place in the sort order depends on. */
export interface Sortable {
  id: string;
  title: string;
}

/**
 * Submission order of an arXiv id as one number (year, month, then number
 * within the month), or null when the id is not well formed. The old scheme
 * (1991 to 2007-03) and the new one (2007-04 on) never overlap in months, so
 * one key orders both.
 */
export function submissionKey(id: string): number | null {
  const match = NEW_SCHEME.exec(id) ?? OLD_SCHEME.exec(id);
  if (!match) return null;
  const yy = Number(match[1]);
  const month = Number(match[2]);
  const year = yy >= 91 ? 1900 + yy : 2000 + yy;
  return (year * 100 + month) * 100000 + Number(match[3]);
}

/**
 * A comparator putting entries in the given sort order (negative: `a` goes
 * first). Entries whose ids cannot be ordered go last, in any order among
 * themselves; equal keys compare as 0, so either order counts as sorted.
 */
export function entryComparator(
  order: SortOrder,
): (a: Sortable, b: Sortable) => number {
  if (order === 'title') {
    return (a, b) => {
      const x = a.title.toLowerCase();
      const y = b.title.toLowerCase();
      return x < y ? -1 : x > y ? 1 : 0;
    };
  }
  const direction = order === 'newest' ? -1 : 1;
  return (a, b) => {
    const x = submissionKey(a.id);
    const y = submissionKey(b.id);
    if (x === null || y === null) {
      return (x === null ? 1 : 0) - (y === null ? 1 : 0);
    }
    return direction * (x - y);
  };
}

/**
 * Length of a longest subsequence already in order (equal items count as in
 * order), in O(n log n): patience sorting with an upper-bound search.
 */
export function longestOrderedLength<T>(
  items: readonly T[],
  compare: (a: T, b: T) => number,
): number {
  // tails[k]: the smallest possible last item of an ordered subsequence of length k + 1.
  const tails: T[] = [];
  for (const item of items) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(tails[mid], item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = item;
  }
  return tails.length;
}

/** How many items must move to put the list in order: those outside a longest ordered subsequence. */
export function outsideLongestOrdered<T>(
  items: readonly T[],
  compare: (a: T, b: T) => number,
): number {
  return items.length - longestOrderedLength(items, compare);
}

/** What a minimal sort of a document has to do, counted run by run. */
export interface OrderReport {
  entries: number;
  runs: number;
  /** Runs not yet in order. */
  unsortedRuns: number;
  /** Entries outside a longest ordered subsequence of their run: the fewest moves that sort the doc. */
  outside: number;
}

/**
 * Counts, over every entry run of every section, the entries a minimal sort
 * must move. Runs are the unit because sorting never crosses a deeper
 * heading or other fixed point.
 */
export function orderReport(outline: Outline, order: SortOrder): OrderReport {
  const compare = entryComparator(order);
  const report: OrderReport = {
    entries: 0,
    runs: 0,
    unsortedRuns: 0,
    outside: 0,
  };
  for (const section of outline.sections) {
    for (const run of section.runs) {
      const outside = outsideLongestOrdered(run.entries, compare);
      report.entries += run.entries.length;
      report.runs += 1;
      report.outside += outside;
      if (outside > 0) report.unsortedRuns += 1;
    }
  }
  return report;
}
