// The pending-write journal: what a move or insert set out to do, kept in properties until it is done.
import {STORED} from '../core/stored-state';
import type {KeyValueStore} from '../app/shared/ports';
import type {Block} from '../core/doc-model';

/** The property holding the write in progress (at most one per document and tab: every write holds the write lease). */
export const PENDING_WRITE_KEY = STORED.writeJournal.key;

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

/**
 * A replacement: `keys.length` blocks inserted at `index` into a body of
 * `length` children, then the `count` blocks after them removed (keys
 * `removeKeys`, sampled by `stride`). With no blocks it is a removal (undo);
 * with both, a replaced line (version updates). `appendBlank`: the removed
 * blocks end the body, which Docs cannot leave without a last paragraph, so
 * an empty one is appended before they go.
 */
export interface PendingReplace {
  op: 'replace';
  index: number;
  length: number;
  keys: string[];
  blocks?: Block[];
  count: number;
  stride: number;
  removeKeys: string[];
  appendBlank: boolean;
}

export type PendingWrite = PendingMove | PendingInsert | PendingReplace;

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
      return parsed &&
        (parsed.op === 'move' ||
          parsed.op === 'insert' ||
          parsed.op === 'replace')
        ? parsed
        : null;
    } catch {
      return null;
    }
  }

  begin(write: PendingWrite): void {
    let value = JSON.stringify(write);
    if (value.length > MAX_VALUE_CHARS && write.op !== 'move') {
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
 * The journal's store for one document: script properties, keyed by the
 * document (the caller adds the tab). Script properties are the one store
 * every execution of the add-on reads: the menu, the sidebar, a time trigger
 * (which has no document properties) and every other user of the document.
 * A journal in document properties was invisible to the daily trigger, and
 * one in a user's properties to everyone else, so a run of another kind
 * wrote over a half-done write (docs/DESIGN.md, "One journal").
 * Every writer holds the document's write lease (write-lease.ts, also in
 * script properties) while it journals, so one writer owns a key at a time.
 * Reads also look where earlier versions wrote (document properties, this
 * user's properties keyed by the document), so a journal left before an
 * update is still finished; such a value is deleted there once done.
 */
export function propertiesJournalStore(
  documentId: () => string,
): KeyValueStore {
  let scriptStore: GoogleAppsScript.Properties.Properties | undefined;
  const scriptProps = () => {
    if (!scriptStore) scriptStore = PropertiesService.getScriptProperties();
    return scriptStore;
  };
  const scoped = (key: string) => `${key}.${documentId()}`;
  /** Keys whose value was read from an earlier version's place, to delete there too. */
  const legacy = new Map<string, 'document' | 'user'>();
  const legacyGet = (key: string): string | null => {
    const shared = PropertiesService.getDocumentProperties();
    const inDocument = shared ? shared.getProperty(key) : null;
    if (inDocument !== null) {
      legacy.set(key, 'document');
      return inDocument;
    }
    const own = PropertiesService.getUserProperties().getProperty(scoped(key));
    if (own !== null) legacy.set(key, 'user');
    return own;
  };
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
      const value = scriptProps().getProperty(scoped(key));
      return value !== null ? value : legacyGet(key);
    },
    set: (key, value) => {
      try {
        scriptProps().setProperty(scoped(key), value);
        refused.delete(key);
      } catch {
        refused.set(key, value);
      }
    },
    delete: key => {
      refused.delete(key);
      scriptProps().deleteProperty(scoped(key));
      const where = legacy.get(key);
      legacy.delete(key);
      if (where === 'document') {
        PropertiesService.getDocumentProperties()?.deleteProperty(key);
      } else if (where === 'user') {
        PropertiesService.getUserProperties().deleteProperty(scoped(key));
      }
    },
  };
}
