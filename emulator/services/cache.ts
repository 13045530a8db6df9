// CacheService: script, user and document caches that expire on the virtual clock.
import type {EmulatorContext} from '../context';
import {type Scope, scopedStores} from './scopes';

export const CACHE_DEFAULT_TTL_SECONDS = 600;
export const CACHE_MAX_TTL_SECONDS = 21_600;
export const CACHE_KEY_MAX_CHARS = 250;
export const CACHE_VALUE_MAX_BYTES = 100 * 1024;

export interface CacheItem {
  value: string;
  expiresAt: number;
}

/** One cache; entries vanish once the virtual clock reaches their expiry. */
export class EmulatedCache implements GoogleAppsScript.Cache.Cache {
  readonly items = new Map<string, CacheItem>();

  constructor(
    private readonly ctx: EmulatorContext,
    private readonly kind: Scope,
  ) {}

  private call(method: string): void {
    this.ctx.call(`CacheService.${this.kind}Cache.${method}`, 'cache');
  }

  private read(key: string): string | null {
    const item = this.items.get(key);
    if (!item) return null;
    if (item.expiresAt <= this.ctx.clock.now()) {
      this.items.delete(key);
      return null;
    }
    return item.value;
  }

  /** Validates every pair first, so a rejected putAll stores nothing. */
  private write(values: Map<string, string>, ttlSeconds?: number): void {
    for (const [key, value] of values) {
      if (key.length > CACHE_KEY_MAX_CHARS) {
        throw new Error('Argument too large: key');
      }
      if (Buffer.byteLength(value, 'utf8') > CACHE_VALUE_MAX_BYTES) {
        throw new Error('Argument too large: value');
      }
    }
    const seconds = Math.min(
      ttlSeconds ?? CACHE_DEFAULT_TTL_SECONDS,
      CACHE_MAX_TTL_SECONDS,
    );
    if (!(seconds >= 1)) {
      throw new Error('Invalid argument: expirationInSeconds');
    }
    const expiresAt = this.ctx.clock.now() + seconds * 1000;
    for (const [key, value] of values) this.items.set(key, {value, expiresAt});
  }

  get(key: string): string | null {
    this.call('get');
    return this.read(String(key));
  }

  getAll(keys: string[]): {[key: string]: string} {
    this.call('getAll');
    const found: {[key: string]: string} = {};
    for (const key of keys) {
      const value = this.read(String(key));
      if (value !== null) found[key] = value;
    }
    return found;
  }

  put(key: string, value: string, expirationInSeconds?: number): void {
    this.call('put');
    this.write(new Map([[String(key), String(value)]]), expirationInSeconds);
  }

  putAll(values: {[key: string]: string}, expirationInSeconds?: number): void {
    this.call('putAll');
    const pairs = new Map(
      Object.keys(values).map(key => [key, String(values[key])]),
    );
    this.write(pairs, expirationInSeconds);
  }

  remove(key: string): void {
    this.call('remove');
    this.items.delete(String(key));
  }

  removeAll(keys: string[]): void {
    this.call('removeAll');
    for (const key of keys) this.items.delete(String(key));
  }
}

/** The environment's caches and the CacheService over them. */
export function createCacheService(ctx: EmulatorContext) {
  const scopes = scopedStores(
    ctx,
    'CacheService',
    'Cache',
    'cache',
    scope => new EmulatedCache(ctx, scope),
  );
  const service: GoogleAppsScript.Cache.CacheService = {
    getScriptCache: scopes.script,
    getUserCache: scopes.user,
    getDocumentCache: scopes.document,
  };
  return {service, caches: scopes.stores};
}
