// The pending-write journal: what a move or insert set out to do, kept in properties until it is done.
import type {KeyValueStore} from '../app/ports';
import type {Block} from '../core/doc-model';

/** The property holding the write in progress (at most one: writes run under the document lock). */
export const PENDING_WRITE_KEY = 'paperHaul.pendingWrite';

/**
 * A move of [from, from + count) before `before` in a body of `length`
 * children. `keys` are block keys of the moved blocks 0, stride, 2 * stride,
 * ...: every block up to MAX_KEYS blocks, a sample beyond, as one property
 * value holds 9 KB.
 */
export interface PendingMove {
  op: 'move';
  from: number;
  count: number;
  before: number;
  length: number;
  stride: number;
  keys: string[];
}

/** An insert of `keys.length` blocks at `index` into a body of `length` children; `blocks` to finish it with. */
export interface PendingInsert {
  op: 'insert';
  index: number;
  length: number;
  keys: string[];
  /** Left out when too long for one property value: the insert can then be checked but not finished. */
  blocks?: Block[];
}

export type PendingWrite = PendingMove | PendingInsert;

/** Keys kept per move: 600 keys of at most 7 characters stay well inside a 9 KB value. */
export const MAX_KEYS = 600;
/** Longest journal value written with its blocks (characters; a property value holds 9 KB). */
const MAX_VALUE_CHARS = 8000;

/** The sampling stride for a move of `count` blocks. */
export function keyStride(count: number): number {
  return Math.max(1, Math.ceil(count / MAX_KEYS));
}

/** Reads and writes the one pending write; a value that does not parse is treated as none. */
export class WriteJournal {
  constructor(private readonly store: KeyValueStore) {}

  pending(): PendingWrite | null {
    const raw = this.store.get(PENDING_WRITE_KEY);
    if (!raw) return null;
    try {
      const parsed = JSON.parse(raw) as PendingWrite;
      return parsed && (parsed.op === 'move' || parsed.op === 'insert')
        ? parsed
        : null;
    } catch {
      return null;
    }
  }

  begin(write: PendingWrite): void {
    let value = JSON.stringify(write);
    if (value.length > MAX_VALUE_CHARS && write.op === 'insert') {
      value = JSON.stringify({...write, blocks: undefined});
    }
    this.store.set(PENDING_WRITE_KEY, value);
  }

  end(): void {
    this.store.delete(PENDING_WRITE_KEY);
  }
}

/** A journal store that lasts as long as the port: enough to finish a write within the run. */
export function memoryStore(): KeyValueStore {
  const values = new Map<string, string>();
  return {
    get: key => values.get(key) ?? null,
    set: (key, value) => {
      values.set(key, value);
    },
    delete: key => {
      values.delete(key);
    },
  };
}

/**
 * The journal's store for one document. Document properties are shared by
 * every user of the document, so another user's next run finishes the
 * write; an add-on's time trigger has none (getDocumentProperties() is null
 * there), so it writes to this user's properties, keyed by the document.
 * Reads look in both, so a write left by a trigger is finished from the menu
 * and the other way round.
 */
export function propertiesJournalStore(
  documentId: () => string,
): KeyValueStore {
  let documentStore: GoogleAppsScript.Properties.Properties | null | undefined;
  let userStore: GoogleAppsScript.Properties.Properties | undefined;
  const documentProps = () => {
    if (documentStore === undefined) {
      documentStore = PropertiesService.getDocumentProperties() ?? null;
    }
    return documentStore;
  };
  const userProps = () => {
    if (!userStore) userStore = PropertiesService.getUserProperties();
    return userStore;
  };
  const userKey = (key: string) => `${key}.${documentId()}`;
  let wroteToUser = false;
  /**
   * Values a full store refused ("exceeded the property storage quota"):
   * kept for this execution, so the run still finishes its own interrupted
   * writes; only a later run's repair is lost, which is what the quota allows.
   */
  const refused = new Map<string, string>();
  return {
    get: key => {
      const kept = refused.get(key);
      if (kept !== undefined) return kept;
      const shared = documentProps();
      const value = shared ? shared.getProperty(key) : null;
      if (value !== null) return value;
      const own = userProps().getProperty(userKey(key));
      if (own !== null) wroteToUser = true;
      return own;
    },
    set: (key, value) => {
      const shared = documentProps();
      try {
        if (shared) shared.setProperty(key, value);
        else {
          userProps().setProperty(userKey(key), value);
          wroteToUser = true;
        }
        refused.delete(key);
      } catch {
        refused.set(key, value);
      }
    },
    delete: key => {
      refused.delete(key);
      const shared = documentProps();
      if (shared) shared.deleteProperty(key);
      if (wroteToUser || !shared) {
        userProps().deleteProperty(userKey(key));
        wroteToUser = false;
      }
    },
  };
}
