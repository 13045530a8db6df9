// Find in the sidebar: ranks the document's entries for a query and selects one in the document.
import {extractIds} from '../core/arxiv-id';
import {buildOutline, findEntries} from '../core/outline';
import {searchOutline} from '../core/search';
import type {Settings} from '../core/settings';
import type {SearchHit} from '../core/types';
import type {DocumentPort} from './ports';

/** One tab of the document as Find reads it (`id` null: a document read as one body). */
export interface FindTab {
  id: string | null;
  title: string;
  document: DocumentPort;
}

export interface FindDeps {
  document: DocumentPort;
  settings: Settings;
  /** Every tab of the document, when it has more than one. */
  tabs?: FindTab[];
}

/** The tabs Find reads: every tab, or the one document. */
function tabsOf(deps: FindDeps): FindTab[] {
  return deps.tabs && deps.tabs.length > 1
    ? deps.tabs
    : [{id: null, title: '', document: deps.document}];
}

/**
 * The document's entries ranked for the query (title, authors, gist, notes;
 * typos and any word order allowed; newest first on ties). In a document with
 * tabs every tab is searched and each hit says its tab.
 */
export function searchEntries(query: string, deps: FindDeps): SearchHit[] {
  if (typeof query !== 'string' || !query.trim()) return [];
  const tabs = tabsOf(deps);
  if (tabs.length === 1) {
    return searchOutline(
      buildOutline(tabs[0].document.read(), deps.settings),
      query,
    );
  }
  const hits = tabs.flatMap(tab =>
    searchOutline(buildOutline(tab.document.read(), deps.settings), query).map(
      hit => ({...hit, tab: tab.title, ...(tab.id ? {tabId: tab.id} : {})}),
    ),
  );
  // Stable: within one score, tabs keep their order.
  return hits.sort((a, b) => b.score - a.score).slice(0, MAX_HITS);
}

/** As many hits as one tab's search gives (searchOutline's default). */
const MAX_HITS = 20;

/**
 * Selects the head of the paper's entry in the document (the first one when
 * the paper stands twice) and scrolls to it: in tab `tabId` when given (a
 * hit's tab), else in the first tab that holds it, opening that tab.
 * @throws Error with a message for the user when the entry is gone
 */
export function revealEntry(id: string, deps: FindDeps, tabId?: string): void {
  const found = typeof id === 'string' ? extractIds(id).ids : [];
  if (!found.length) throw new Error(`“${String(id)}” is not an arXiv id.`);
  const tabs = tabsOf(deps).filter(tab => !tabId || tab.id === tabId);
  for (const tab of tabs) {
    const outline = buildOutline(tab.document.read(), deps.settings);
    const places = findEntries(outline, found[0].id);
    if (places.length) {
      tab.document.select(places[0].entry.start);
      return;
    }
  }
  throw new Error(
    `The paper ${found[0].id} is no longer in the document. Search again to refresh the list.`,
  );
}
