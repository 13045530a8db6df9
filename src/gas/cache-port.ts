// CachePort over CacheService's script cache: shared by every user of the add-on, as arXiv's data is the same for all.
import type {CachePort} from '../app/shared/ports';

/** CacheService's limit on expiry: 6 hours. */
export const MAX_TTL_SECONDS = 21600;

/** A CachePort over one Cache (the script cache by default); expiries are clamped to CacheService's 1 s..6 h. */
export function cachePort(
  cache: GoogleAppsScript.Cache.Cache = CacheService.getScriptCache(),
): CachePort {
  return {
    getAll: keys => (keys.length ? cache.getAll(keys) : {}),
    putAll: (values, ttlSeconds) => {
      const ttl = Math.max(
        1,
        Math.min(MAX_TTL_SECONDS, Math.round(ttlSeconds)),
      );
      cache.putAll(values, ttl);
    },
  };
}
