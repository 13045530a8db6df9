// Find in the sidebar: ranks the document's entries for a query and selects one in the document.
import {extractIds} from '../core/arxiv-id';
import {buildOutline, findEntries} from '../core/outline';
import {searchOutline} from '../core/search';
import type {Settings} from '../core/settings';
import type {SearchHit} from '../core/types';
import type {DocumentPort} from './ports';

export interface FindDeps {
  document: DocumentPort;
  settings: Settings;
}

/**
 * The document's entries ranked for the query (title, authors, gist, notes;
 * typos and any word order allowed; newest first on ties).
 */
export function searchEntries(query: string, deps: FindDeps): SearchHit[] {
  if (typeof query !== 'string' || !query.trim()) return [];
  const outline = buildOutline(deps.document.read(), deps.settings);
  return searchOutline(outline, query);
}

/**
 * Selects the head of the paper's entry in the document (the first one when
 * the paper stands twice) and scrolls to it.
 * @throws Error with a message for the user when the entry is gone
 */
export function revealEntry(id: string, deps: FindDeps): void {
  const found = typeof id === 'string' ? extractIds(id).ids : [];
  if (!found.length) {
    // Never echo the whole input: a pasted page would come back as the message.
    const shown = String(id).slice(0, 40);
    throw new Error(
      `“${shown}${String(id).length > 40 ? '…' : ''}” is not an arXiv id.`,
    );
  }
  const outline = buildOutline(deps.document.read(), deps.settings);
  const places = findEntries(outline, found[0].id);
  if (!places.length) {
    throw new Error(
      `The paper ${found[0].id} is no longer in the document. Search again to refresh the list.`,
    );
  }
  deps.document.select(places[0].entry.start);
}
