// Find over every tab of a document: one ranked list with each hit's tab, the count of abstracts at hand, the date read. Shared by the server's findPapers and the sidebar's in-page search.
import type {Entry} from './doc-model';
import {
  describeDate,
  prepareOutline,
  searchPrepared,
  type PreparedOutline,
  type SearchOutline,
  type SearchPaper,
} from './search';
import type {FindResult} from './types';

/** One tab as Find searches it (`id` null: a document read as one body). */
export interface SearchTab {
  id: string | null;
  title: string;
  outline: SearchOutline;
}

/** As many hits as one tab's search gives (searchOutline's default). */
const MAX_HITS = 20;

/** The ids of every tab's entries, each once, in document order. */
export function tabIds(tabs: SearchTab[]): string[] {
  const entries = (outline: SearchOutline): Entry[] => [
    ...outline.sections.flatMap(s => s.entries),
    ...(outline.looseEntries ?? []),
  ];
  return [
    ...new Set(tabs.flatMap(({outline}) => entries(outline).map(e => e.id))),
  ];
}

/** Tabs ready for any number of queries: each outline prepared with the papers, and the counts every answer carries. */
export interface PreparedTabs {
  tabs: {id: string | null; title: string; prepared: PreparedOutline}[];
  papers: number;
  pendingAbstracts: number;
}

/**
 * Reads the tabs and papers once for searchPreparedTabs: the sidebar does
 * this when its index arrives, so a keystroke only matches and ranks.
 * `many` (the default) readies them for many queries (see prepareOutline).
 */
export function prepareTabs(
  tabs: SearchTab[],
  papers: Record<string, SearchPaper>,
  many = true,
): PreparedTabs {
  const ids = tabIds(tabs);
  return {
    tabs: tabs.map(tab => ({
      id: tab.id,
      title: tab.title,
      prepared: prepareOutline(tab.outline, papers, many),
    })),
    papers: ids.length,
    pendingAbstracts: ids.filter(id => !papers[id]).length,
  };
}

/**
 * The tabs' entries ranked for the query, with how many papers there are
 * and how many of them `papers` lacks (searched by the doc's text only).
 * With more than one tab, each hit says its tab.
 */
export function searchTabs(
  tabs: SearchTab[],
  query: string,
  papers: Record<string, SearchPaper>,
  now: Date,
): FindResult {
  if (typeof query !== 'string' || !query.trim()) {
    return {hits: [], papers: 0, pendingAbstracts: 0};
  }
  return searchPreparedTabs(prepareTabs(tabs, papers, false), query, now);
}

/** searchTabs over tabs prepared once (prepareTabs): the same answer. */
export function searchPreparedTabs(
  prepared: PreparedTabs,
  query: string,
  now: Date,
): FindResult {
  if (typeof query !== 'string' || !query.trim()) {
    return {hits: [], papers: 0, pendingAbstracts: 0};
  }
  const {tabs} = prepared;
  const hits =
    tabs.length === 1
      ? searchPrepared(tabs[0].prepared, query, {now})
      : tabs
          .flatMap(tab =>
            searchPrepared(tab.prepared, query, {now}).map(hit => ({
              ...hit,
              tab: tab.title,
              ...(tab.id ? {tabId: tab.id} : {}),
            })),
          )
          // Stable: within one score, tabs keep their order.
          .sort((a, b) => b.score - a.score)
          .slice(0, MAX_HITS);
  const result: FindResult = {
    hits,
    papers: prepared.papers,
    pendingAbstracts: prepared.pendingAbstracts,
  };
  const date = describeDate(query, now);
  if (date) result.dateFilter = date;
  return result;
}
