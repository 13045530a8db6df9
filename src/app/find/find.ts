// Find in the sidebar: ranks the document's entries for a query (the doc's text and the papers' cached arXiv metadata) and selects one in the document.
import {extractIds} from '../../core/arxiv-id';
import {buildOutline, findEntries} from '../../core/outline';
import type {SearchPaper} from '../../core/search';
import {searchTabs, tabIds, type SearchTab} from '../../core/search-tabs';
import type {Settings} from '../../core/settings';
import type {FindResult, Paper, SearchHit} from '../../core/types';
import type {ArxivLookup} from '../shared/arxiv-client';
import type {ClockPort, DocumentPort} from '../shared/ports';

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
  /**
   * Cache-only read of the papers' arXiv metadata (ArxivClient.cachedPapers):
   * a keystroke never waits for arXiv. Without it, the doc's text alone.
   */
  cachedPapers?: (ids: string[]) => Record<string, Paper>;
  /** The clock, for "last july"; the system's when absent. */
  clock?: Pick<ClockPort, 'now'>;
}

/** The tabs Find reads: every tab, or the one document. */
function tabsOf(deps: FindDeps): FindTab[] {
  return deps.tabs && deps.tabs.length > 1
    ? deps.tabs
    : [{id: null, title: '', document: deps.document}];
}

/**
 * Ids per cache read. CacheService documents no limit on getAll's key
 * count (only 250-char keys, 100 KB values); unknown, so reads stay in
 * batches the size putAll is commonly held to.
 */
export const CACHE_READ_BATCH = 500;

function readCache(
  ids: string[],
  cachedPapers: (ids: string[]) => Record<string, Paper>,
): Record<string, Paper> {
  const papers: Record<string, Paper> = {};
  for (let start = 0; start < ids.length; start += CACHE_READ_BATCH) {
    Object.assign(
      papers,
      cachedPapers(ids.slice(start, start + CACHE_READ_BATCH)),
    );
  }
  return papers;
}

/**
 * The document's entries ranked for the query, with how many of the papers'
 * abstracts were at hand: those not cached yet (the preview's enrichment
 * gathers them) are searched by the doc's own text only. In a document with
 * tabs every tab is searched and each hit says its tab.
 */
export function findPapers(query: string, deps: FindDeps): FindResult {
  if (typeof query !== 'string' || !query.trim()) {
    return {hits: [], papers: 0, pendingAbstracts: 0};
  }
  const {tabs, ids} = readTabs(deps);
  const papers = deps.cachedPapers ? readCache(ids, deps.cachedPapers) : {};
  const now = new Date(deps.clock ? deps.clock.now() : Date.now());
  return searchTabs(tabs, query, papers, now);
}

/** What the sidebar's in-page Find searches: every tab's entries and the abstracts at hand, read once. */
export interface FindIndex {
  tabs: SearchTab[];
  /** The cached papers' searched fields, by id. */
  papers: Record<string, SearchPaper>;
}

/**
 * Find's index for the sidebar, which then answers each keystroke in the
 * page with searchTabs instead of a server call: the tabs' entries (their
 * sections and text, without body positions) and, of each cached paper,
 * only the fields Find reads.
 */
export function findIndex(deps: FindDeps): FindIndex {
  const {tabs, ids} = readTabs(deps);
  const cached = deps.cachedPapers ? readCache(ids, deps.cachedPapers) : {};
  const papers: Record<string, SearchPaper> = {};
  for (const id of Object.keys(cached)) {
    const {title, summary, categories, journalRef, comment, published} =
      cached[id];
    papers[id] = {title, summary, categories, journalRef, comment, published};
  }
  return {
    tabs: tabs.map(({id, title, outline}) => ({
      id,
      title,
      outline: {
        sections: outline.sections.map(s => ({
          title: s.title,
          entries: s.entries,
        })),
        looseEntries: outline.looseEntries ?? [],
      },
    })),
    papers,
  };
}

/** Every tab's outline, and the ids of all their entries, each once in document order. */
function readTabs(deps: FindDeps): {tabs: SearchTab[]; ids: string[]} {
  const tabs = tabsOf(deps).map(tab => ({
    id: tab.id,
    title: tab.title,
    outline: buildOutline(tab.document.read(), deps.settings),
  }));
  return {tabs, ids: tabIds(tabs)};
}

/** Abstracts asked for by one "Fetch abstracts now": arXiv's batch, so one request. */
export const GATHER_BATCH = 100;

/** What one "Fetch abstracts now" did. */
export interface GatherResult {
  /** Abstracts fetched by this call (now cached for 6 hours). */
  fetched: number;
  /** Ids asked for that arXiv has no record of. */
  unknown: string[];
  /** Papers in the document. */
  papers: number;
  /** Papers still without an abstract at hand after this call. */
  pendingAbstracts: number;
  /** Why arXiv could not be asked, in plain words. */
  error?: string;
}

/** Find's deps plus the arXiv client's lookup (ArxivClient). */
export interface GatherDeps extends FindDeps {
  arxiv: {
    lookup(ids: string[], options?: {retry?: boolean}): ArxivLookup;
    cachedPapers(ids: string[]): Record<string, Paper>;
  };
}

/**
 * Fetches the abstracts Find does not have yet, for "Fetch abstracts now":
 * nothing gathers them in the background (a preview looks up its own papers
 * and enriches up to 100 filed entries; arXiv's answers are cached 6 hours).
 * Up to GATHER_BATCH uncached papers, in document order, in ONE arXiv
 * request without retries, so the call stays within a sidebar call's time
 * whatever arXiv does; pressing again fetches the next batch.
 */
export function gatherAbstracts(deps: GatherDeps): GatherResult {
  const {ids} = readTabs(deps);
  const cached = readCache(ids, ids => deps.arxiv.cachedPapers(ids));
  const toFetch = ids.filter(id => !cached[id]).slice(0, GATHER_BATCH);
  const result: GatherResult = {
    fetched: 0,
    unknown: [],
    papers: ids.length,
    pendingAbstracts: ids.length - Object.keys(cached).length,
  };
  if (!toFetch.length) return result;
  const answer = deps.arxiv.lookup(toFetch, {retry: false});
  result.fetched = toFetch.filter(id => answer.papers[id]).length;
  result.unknown = answer.missing;
  result.pendingAbstracts -= result.fetched;
  if (answer.error) result.error = answer.error;
  return result;
}

/**
 * The document's entries ranked for the query (title, authors, gist, notes,
 * section, then cached abstracts; stems, ML synonyms, typos and any word
 * order allowed; newest first on ties). The hits of findPapers.
 */
export function searchEntries(query: string, deps: FindDeps): SearchHit[] {
  return findPapers(query, deps).hits;
}

/**
 * Selects the head of the paper's entry in the document (the first one when
 * the paper stands twice) and scrolls to it: in tab `tabId` when given (a
 * hit's tab), else in the first tab that holds it, opening that tab.
 * @throws Error with a message for the user when the entry is gone
 */
export function revealEntry(id: string, deps: FindDeps, tabId?: string): void {
  const found = typeof id === 'string' ? extractIds(id).ids : [];
  if (!found.length) {
    // Never echo the whole input: a pasted page would come back as the message.
    const shown = String(id).slice(0, 40);
    throw new Error(
      `“${shown}${String(id).length > 40 ? '…' : ''}” is not an arXiv id.`,
    );
  }
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
