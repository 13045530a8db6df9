// Find in the page: the index the server sends once (entries, sections, tabs, cached abstracts), prepared once for the core's own search, refreshed when the sidebar regains focus.
import type {FindResult} from '../../server/main';
import {
  prepareTabs,
  searchPreparedTabs,
  type PreparedTabs,
} from '../../core/search-tabs';
import {server} from './google';

/** The index read once (entries folded, fields measured): a keystroke only matches and ranks. */
let prepared: PreparedTabs | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads (or reloads) the index; resolves once it is in, or failed (then
 * Find keeps asking the server per search). Concurrent calls share a load.
 */
export function loadFindIndex(): Promise<void> {
  loading ??= server.call('getFindIndex').then(
    loaded => {
      loading = undefined;
      try {
        prepared = prepareTabs(loaded.tabs, loaded.papers);
      } catch {
        // An index the page cannot read: Find asks the server, as before it loaded.
        prepared = undefined;
      }
    },
    () => {
      loading = undefined;
    },
  );
  return loading;
}

/** The answer from the index in the page, or undefined while there is none. */
export function searchIndex(query: string): FindResult | undefined {
  return prepared ? searchPreparedTabs(prepared, query, new Date()) : undefined;
}
