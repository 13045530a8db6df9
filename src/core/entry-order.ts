// The one order entries are sorted in and the one sorted place in a section, shared by insert and reorganize's filing.
import {idSortKey} from './arxiv-id';
import type {EntryRun, Section} from './doc-model';
import type {SortOrder} from './settings';

const titleCollator = new Intl.Collator('en', {
  sensitivity: 'base',
  numeric: true,
});

function byId(a: {id: string}, b: {id: string}): number {
  const ka = idSortKey(a.id);
  const kb = idSortKey(b.id);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Compares two entries for sorting: 'newest' puts the newest arXiv id
 * (submission order) first, 'oldest' the oldest, 'title' sorts by title
 * ignoring case and accents (ties newest first). Ties on the key fall back
 * to the other keys, so the order is total and sorting is stable across runs.
 */
export function compareEntries(
  a: {id: string; title: string},
  b: {id: string; title: string},
  order: SortOrder,
): number {
  if (order === 'title') {
    return titleCollator.compare(a.title.trim(), b.title.trim()) || -byId(a, b);
  }
  const ids = order === 'oldest' ? byId(a, b) : -byId(a, b);
  return ids || titleCollator.compare(a.title, b.title);
}

/** What the order reads of an entry: a newcomer not yet written has only its id and title. */
export interface Sortable {
  id: string;
  title: string;
  byline?: string;
  notes?: readonly string[];
  url?: string;
}

/**
 * The order entries are kept in: compareEntries, then the entry's own text so
 * two entries of the same paper still have one right order (a reorganize
 * that is cut off and resumed ends where an uncut one would). Two papers
 * never tie on compareEntries, so a newcomer with only an id and a title
 * is placed by it alone.
 */
export function entryOrder(a: Sortable, b: Sortable, order: SortOrder): number {
  return (
    compareEntries(a, b, order) ||
    textOrder(a.byline ?? '', b.byline ?? '') ||
    textOrder((a.notes ?? []).join('\n'), (b.notes ?? []).join('\n')) ||
    textOrder(a.url ?? '', b.url ?? '')
  );
}

function textOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The run new entries of a section join: the entries right under its
 * heading, before any sub-heading or other fixed block; none when the
 * section has no entry there (a first entry then goes at `introEnd`).
 */
export function mainRun(section: Section): EntryRun | undefined {
  return section.runs.find(run => run.start === section.introEnd);
}

/**
 * Where a newcomer goes among a run's entries (insert's and reorganize's
 * filing alike): the position of the first entry that sorts after it, so it
 * goes after its equals. On a run known to be sorted (`sorted`, as
 * reorganize's sort phase leaves runs) a binary search finds the same
 * position; a hand-sorted run is scanned, so the newcomer goes before the
 * first entry it precedes.
 * @param entryOf the entry an element of `entries` stands for
 * @returns 0..entries.length
 */
export function sortedPlace<T>(
  entries: readonly T[],
  entryOf: (element: T) => Sortable,
  newcomer: Sortable,
  order: SortOrder,
  sorted = false,
): number {
  const sortsAfter = (element: T) =>
    entryOrder(entryOf(element), newcomer, order) > 0;
  if (!sorted) {
    const found = entries.findIndex(sortsAfter);
    return found < 0 ? entries.length : found;
  }
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sortsAfter(entries[mid])) high = mid;
    else low = mid + 1;
  }
  return low;
}
