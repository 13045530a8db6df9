// PropertiesService: script, user and document stores with Apps Script's size quotas.
import type {EmulatorContext} from '../context';
import {type Scope, scopedStores} from './scopes';

/** 9 KB per value and 500 KB per store (docs/PLATFORM.md quotas). */
export const PROPERTY_VALUE_MAX_BYTES = 9 * 1024;
export const PROPERTY_STORE_MAX_BYTES = 500 * 1024;

const utf8Bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** Bytes of a store's keys and values, as the quota counts them. */
function storeBytes(values: Map<string, string>): number {
  let total = 0;
  for (const [key, value] of values) total += utf8Bytes(key) + utf8Bytes(value);
  return total;
}

/** One property store; its contents survive executions like Apps Script's. */
export class PropertyStore {
  readonly values = new Map<string, string>();

  constructor(
    private readonly ctx: EmulatorContext,
    private readonly kind: Scope,
  ) {}

  private call(method: string): void {
    this.ctx.call(
      `PropertiesService.${this.kind}Properties.${method}`,
      'properties',
    );
  }

  /** Bytes the store holds, keys included, as the quota counts them. */
  size(): number {
    return storeBytes(this.values);
  }

  /** Applies `changes` only when every value and the resulting store fit the quotas. */
  private write(changes: Map<string, string>, deleteAllOthers: boolean): void {
    for (const value of changes.values()) {
      if (utf8Bytes(value) > PROPERTY_VALUE_MAX_BYTES) {
        throw new Error('Argument too large: value');
      }
    }
    const next = new Map(deleteAllOthers ? [] : this.values);
    for (const [key, value] of changes) next.set(key, value);
    if (storeBytes(next) > PROPERTY_STORE_MAX_BYTES) {
      throw new Error(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
    this.values.clear();
    for (const [key, value] of next) this.values.set(key, value);
  }

  getProperty(key: string): string | null {
    this.call('getProperty');
    return this.values.get(String(key)) ?? null;
  }

  setProperty(key: string, value: string): this {
    this.call('setProperty');
    this.write(new Map([[String(key), String(value)]]), false);
    return this;
  }

  deleteProperty(key: string): this {
    this.call('deleteProperty');
    this.values.delete(String(key));
    return this;
  }

  deleteAllProperties(): this {
    this.call('deleteAllProperties');
    this.values.clear();
    return this;
  }

  getProperties(): {[key: string]: string} {
    this.call('getProperties');
    return Object.fromEntries(this.values);
  }

  setProperties(
    properties: {[key: string]: string},
    deleteAllOthers = false,
  ): this {
    this.call('setProperties');
    const changes = new Map(
      Object.keys(properties).map(key => [key, String(properties[key])]),
    );
    this.write(changes, deleteAllOthers);
    return this;
  }

  getKeys(): string[] {
    this.call('getKeys');
    return [...this.values.keys()];
  }
}

/** The three stores of one environment, plus the PropertiesService the bundle sees. */
export function createPropertiesService(ctx: EmulatorContext) {
  const scopes = scopedStores(
    ctx,
    'PropertiesService',
    'Properties',
    'properties',
    scope => new PropertyStore(ctx, scope),
  );
  const service: GoogleAppsScript.Properties.PropertiesService = {
    getScriptProperties: scopes.script,
    getUserProperties: scopes.user,
    // Apps Script's typings say never null; an add-on's time trigger gets null all the same (PLATFORM.md).
    getDocumentProperties: () =>
      scopes.document() as GoogleAppsScript.Properties.Properties,
  };
  return {service, stores: scopes.stores};
}
