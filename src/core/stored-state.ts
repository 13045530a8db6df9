// One table of everything Paper Haul keeps between executions: each key or prefix, its store, its budget, and the quotas they share.

/** Apps Script's quota on one property value (docs/PLATFORM.md): 9 KB. */
export const PROPERTY_VALUE_MAX_BYTES = 9 * 1024;
/** Apps Script's quota on one properties store (document, user or script): 500 KB. */
export const PROPERTY_STORE_MAX_BYTES = 500 * 1024;
/**
 * What the declared budgets of one store may add up to: the quota less a
 * margin for keys, a store another version of the add-on left, and counting
 * slack. A unit test holds every scope to it.
 */
export const SCOPE_BUDGET_MAX_BYTES = 450 * 1024;
/** Bytes per piece of a chunked value: under the 9 KB value quota with room for the key. */
export const CHUNK_BYTES = 8000;

/** Where a value is kept: a properties store, or the script cache (which has its own eviction, no store quota). */
export type StoredScope = 'document' | 'user' | 'script' | 'cache';

/** One kind of stored value. */
export interface StoredKey {
  /** The property key, or the prefix of a family of keys (a chunked value adds `:0`, `:1`, ...). */
  key: string;
  /** True when `key` is a prefix completed by an id (user, document, tab, trigger, chunk number). */
  prefix: boolean;
  scope: StoredScope;
  /**
   * The most this kind may take of its store, in UTF-8 bytes, counted once per
   * store: a value kept per user or per tab counts at its size times the
   * copies one store holds in normal use (see `copies`).
   */
  budgetBytes: number;
  /** How many copies one store holds in normal use (per user, per tab, per trigger). */
  copies: number;
  /** The module that owns it. */
  owner: string;
}

/** Enrichment's share of document properties (the classifier's remembered arXiv metadata). */
export const ENRICHMENT_BUDGET_BYTES = 250 * 1000;

/** CacheService's limit on one value: 100 KB. */
export const CACHE_VALUE_MAX_BYTES = 100 * 1024;
/**
 * The most one tab's cached read may take (app/shared/read-cache): 40 values of
 * 100 KB, room for the largest doc that fits Docs (about 1.5 MB of block
 * summaries at 3,900 entries); a bigger read is simply not cached.
 */
export const READ_CACHE_BUDGET_BYTES = 40 * CACHE_VALUE_MAX_BYTES;

/** Every key Paper Haul stores, by name. */
export const STORED = {
  settings: {
    key: 'paperHaul.settings',
    prefix: false,
    scope: 'document',
    budgetBytes: PROPERTY_VALUE_MAX_BYTES,
    copies: 1,
    owner: 'app/settings/settings-store',
  },
  schedule: {
    key: 'paperHaul.schedule',
    prefix: false,
    scope: 'document',
    budgetBytes: 1024,
    copies: 1,
    owner: 'app/schedule/schedule',
  },
  lastReorganize: {
    key: 'paperHaul.lastReorganize',
    prefix: false,
    scope: 'document',
    budgetBytes: 8000,
    copies: 1,
    owner: 'app/schedule/schedule',
  },
  enrichment: {
    key: 'enrichment.v1.',
    prefix: true,
    scope: 'document',
    budgetBytes: ENRICHMENT_BUDGET_BYTES,
    copies: 1,
    owner: 'app/haul/enrichment-store',
  },
  knownVersions: {
    key: 'paperHaul.versions',
    prefix: false,
    scope: 'document',
    budgetBytes: 8 * CHUNK_BYTES,
    copies: 1,
    owner: 'app/library/version-watch',
  },
  pendingUpdates: {
    key: 'paperHaul.versionCheck',
    prefix: false,
    scope: 'document',
    budgetBytes: 4 * CHUNK_BYTES,
    copies: 1,
    owner: 'app/library/version-watch',
  },
  lastHaul: {
    key: 'paperHaul.lastHaul.',
    prefix: true,
    scope: 'document',
    // Per user: 2 users' records of 4 pieces (some 300 entries each); more users are told when the store is full.
    budgetBytes: 2 * 4 * CHUNK_BYTES,
    copies: 2,
    owner: 'app/haul/undo-haul',
  },
  unfinishedReorganize: {
    // In script properties, keyed `.<tab>.<document id>`: the one store every kind of execution sees (docs/DESIGN.md, "One journal").
    key: 'paperHaul.unfinishedReorganizeLevel',
    prefix: true,
    scope: 'script',
    budgetBytes: 100 * 64,
    copies: 100,
    owner: 'app/reorganize/reorganize-resume',
  },
  reorganizeUndo: {
    // In script properties, keyed `.<tab>.<document id>` like the journal: the menu, the sidebar and the daily trigger all undo and record.
    // One piece per record (the inverse steps of some 400 moves); 8 documents' records fit the room left in script properties.
    key: 'paperHaul.reorganizeUndo',
    prefix: true,
    scope: 'script',
    budgetBytes: 8 * CHUNK_BYTES,
    copies: 8,
    owner: 'app/reorganize/undo-reorganize',
  },
  writeJournal: {
    // In script properties, keyed `.<tab>.<document id>`; it lives only while a write runs, under the write lease.
    key: 'paperHaul.pendingWrite',
    prefix: true,
    scope: 'script',
    budgetBytes: 20 * PROPERTY_VALUE_MAX_BYTES,
    copies: 20,
    owner: 'gas/write-journal',
  },
  scheduleTarget: {
    key: 'paperHaul.scheduleTarget.',
    prefix: true,
    scope: 'user',
    budgetBytes: 8 * PROPERTY_VALUE_MAX_BYTES,
    copies: 8,
    owner: 'app/schedule/schedule-target',
  },
  scheduleReport: {
    key: 'paperHaul.scheduleReport.',
    prefix: true,
    scope: 'user',
    budgetBytes: 8 * 8000,
    copies: 8,
    owner: 'app/schedule/schedule-target',
  },
  scheduleStopped: {
    key: 'paperHaul.scheduleStopped.',
    prefix: true,
    scope: 'user',
    budgetBytes: 8 * 512,
    copies: 8,
    owner: 'app/schedule/schedule-target',
  },
  haulDraft: {
    // One unsent haul per user (the newest wins), tagged with its document: the dialog offers it back there.
    key: 'paperHaul.haulDraft',
    prefix: false,
    scope: 'user',
    budgetBytes: PROPERTY_VALUE_MAX_BYTES,
    copies: 1,
    owner: 'app/haul/haul-draft',
  },
  arxivSnapshot: {
    key: 'paperHaul.arxivSnapshot.',
    prefix: true,
    scope: 'user',
    budgetBytes: 2 * 12 * CHUNK_BYTES,
    copies: 2,
    owner: 'app/library/version-schedule',
  },
  semanticScholarKey: {
    // The user's own Semantic Scholar API key (optional): sent only to api.semanticscholar.org as x-api-key.
    key: 'scholarly.s2ApiKey',
    prefix: false,
    scope: 'user',
    budgetBytes: 256,
    copies: 1,
    owner: 'app/shared/scholarly-client',
  },
  writeLease: {
    key: 'paperHaul.writing.',
    prefix: true,
    scope: 'script',
    budgetBytes: 200 * 1024,
    copies: 2000,
    owner: 'app/shared/write-lease',
  },
  arxivLastRequest: {
    key: 'arxiv.lastRequestAt',
    prefix: false,
    scope: 'script',
    budgetBytes: 64,
    copies: 1,
    owner: 'app/shared/arxiv-client',
  },
  arxivPaperCache: {
    key: 'arxiv.paper.v1:',
    prefix: true,
    scope: 'cache',
    budgetBytes: 0,
    copies: 0,
    owner: 'app/shared/arxiv-client',
  },
  readCache: {
    key: 'paperHaul.readCache.',
    prefix: true,
    scope: 'cache',
    budgetBytes: READ_CACHE_BUDGET_BYTES,
    copies: 1,
    owner: 'app/shared/read-cache',
  },
} as const satisfies Record<string, StoredKey>;

export type StoredName = keyof typeof STORED;

/** The declared budgets of each scope added up, in bytes. */
export function budgetsByScope(): Record<StoredScope, number> {
  const sums: Record<StoredScope, number> = {
    document: 0,
    user: 0,
    script: 0,
    cache: 0,
  };
  for (const entry of Object.values(STORED) as StoredKey[]) {
    sums[entry.scope] += entry.budgetBytes;
  }
  return sums;
}

/** How many pieces of CHUNK_BYTES one copy of a chunked value may take under its budget. */
export function chunksFor(name: StoredName): number {
  const entry: StoredKey = STORED[name];
  return Math.max(
    1,
    Math.floor(entry.budgetBytes / Math.max(1, entry.copies) / CHUNK_BYTES),
  );
}

/** The words for a store that refused a write, by scope: what the user reads after "… is not available: ". */
export const STORE_FULL: Record<Exclude<StoredScope, 'cache'>, string> = {
  document: "this document's add-on storage is full",
  user: 'your add-on storage is full',
  script: "the add-on's shared storage is full",
};

/** Whether an error is the properties store refusing a write for its quota (Apps Script's own wording). */
export function isQuotaError(err: unknown): boolean {
  const message = err instanceof Error ? err.message : String(err);
  return /quota|Too much to keep|Argument too large/i.test(message);
}
