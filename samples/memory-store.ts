// Script or document properties in a Map: the one in-memory store the tests and the evaluation scripts share.
import type {KeyValueStore} from '../src/app/shared/ports';

/** Script or document properties in a Map; `values` lets a caller look inside. */
export class MemoryStore implements KeyValueStore {
  readonly values = new Map<string, string>();
  get(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  set(key: string, value: string): void {
    this.values.set(key, value);
  }
  delete(key: string): void {
    this.values.delete(key);
  }
}
