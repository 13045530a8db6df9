// The script, user and document scopes that PropertiesService and CacheService both hand out: one store per scope, the document's only with an active document.
import type {Capability, EmulatorContext} from '../context';

/** The three scopes a store belongs to. */
export type Scope = 'Script' | 'User' | 'Document';

/** The stores of one environment, and the service's three getters over them. */
export interface Scoped<T> {
  stores: {script: T; user: T; document: T};
  script(): T;
  user(): T;
  /** Null without an active document, as in an add-on's time trigger (PLATFORM.md). */
  document(): T | null;
}

/**
 * Makes one store per scope, and the getters `<service>.get<Scope><noun>()`
 * that count their call under that name with the capability it needs.
 */
export function scopedStores<T>(
  ctx: EmulatorContext,
  service: string,
  noun: string,
  capability: Capability,
  make: (scope: Scope) => T,
): Scoped<T> {
  const stores = {
    script: make('Script'),
    user: make('User'),
    document: make('Document'),
  };
  const call = (scope: Scope) =>
    ctx.call(`${service}.get${scope}${noun}`, capability);
  return {
    stores,
    script() {
      call('Script');
      return stores.script;
    },
    user() {
      call('User');
      return stores.user;
    },
    document() {
      call('Document');
      return ctx.execution.hasActiveDocument ? stores.document : null;
    },
  };
}
