// The one order entries are sorted in, shared by insert (sorted place) and reorganize (sorting sections).
import {idSortKey} from './arxiv-id';
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
