// Find in the page: the index the server sends once (entries, sections, tabs, cached abstracts), searched with the core's own search, refreshed when the sidebar regains focus.
import type {FindIndex, FindResult} from '../../server/main';
import {searchTabs} from '../../core/search-tabs';
import {server} from './google';

let index: FindIndex | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads (or reloads) the index; resolves once it is in, or failed (then
 * Find keeps asking the server per search). Concurrent calls share a load.
 */
export function loadFindIndex(): Promise<void> {
  loading ??= server.call('getFindIndex').then(
    loaded => {
      index = loaded;
      loading = undefined;
    },
    () => {
      loading = undefined;
    },
  );
  return loading;
}

/** The answer from the index in the page, or undefined while there is none. */
export function searchIndex(query: string): FindResult | undefined {
  return index
    ? searchTabs(index.tabs, query, index.papers, new Date())
    : undefined;
}
