// Keeps what arXiv told us about filed entries in document properties: compact lines in chunks under the 9 KB value quota, the whole under a budget of the 500 KB store.
import {
  type EntryMetadata,
  formatMetadata,
  parseMetadata,
} from '../../core/classify';
import {ENRICHMENT_BUDGET_BYTES, STORED} from '../../core/stored-state';
import type {KeyValueStore} from '../shared/ports';

/** Key of the number of chunks; chunk i is under `${PREFIX}${i}`. */
export const CHUNK_PREFIX = STORED.enrichment.key;
export const CHUNK_COUNT_KEY = `${CHUNK_PREFIX}chunks`;
/**
 * Characters per chunk. Values are limited to 9 KB; the lines are ASCII
 * (ids, category codes, folded words), so characters are bytes, and the
 * margin leaves room for the key.
 */
export const CHUNK_CHARS = 8000;
/**
 * All chunks together stay under this (core/stored-state's share for
 * enrichment, about 1,700 hand-written entries), leaving the rest of the
 * 500 KB store to settings, undo, versions and other features. When the next lines would pass it, entries no longer in the
 * document are dropped; if it is still full, nothing more is added and
 * `isFull` tells the planner to stop asking arXiv.
 */
export const BUDGET_CHARS = ENRICHMENT_BUDGET_BYTES;

/** The stored metadata by entry id (empty when nothing or nothing readable is stored). */
export function loadMetadata(store: KeyValueStore): Map<string, EntryMetadata> {
  const count = Number(store.get(CHUNK_COUNT_KEY)) || 0;
  const texts: string[] = [];
  for (let i = 0; i < count; i++) texts.push(store.get(CHUNK_PREFIX + i) ?? '');
  return parseMetadata(texts.join('\n'));
}

/** Characters the stored lines take. */
function sizeOf(lines: string[]): number {
  return lines.reduce((n, line) => n + line.length + 1, 0);
}

/** True when no more entries fit in the budget. */
export function isFull(known: Map<string, EntryMetadata>): boolean {
  const lines = [...known].map(([id, m]) => formatMetadata(id, m));
  return sizeOf(lines) >= BUDGET_CHARS;
}

/**
 * Adds new entries' metadata. Appends to the last chunk (one or two writes
 * per call); when the budget would be passed, rewrites the store with the
 * entries still in the document (`live`) and as many new ones as fit.
 * @returns the metadata now stored
 */
export function addMetadata(
  store: KeyValueStore,
  known: Map<string, EntryMetadata>,
  added: Map<string, EntryMetadata>,
  live: Set<string>,
): Map<string, EntryMetadata> {
  const merged = new Map(known);
  const fresh = [...added].filter(([id]) => !known.has(id));
  if (!fresh.length) return merged;
  const oldLines = [...known].map(([id, m]) => formatMetadata(id, m));
  const newLines = fresh.map(([id, m]) => formatMetadata(id, m));
  if (sizeOf(oldLines) + sizeOf(newLines) <= BUDGET_CHARS) {
    appendLines(store, newLines);
    for (const [id, m] of fresh) merged.set(id, m);
    return merged;
  }
  const kept = new Map([...known].filter(([id]) => live.has(id)));
  let size = sizeOf([...kept].map(([id, m]) => formatMetadata(id, m)));
  for (const [id, m] of fresh) {
    const line = formatMetadata(id, m);
    if (size + line.length + 1 > BUDGET_CHARS) break;
    kept.set(id, m);
    size += line.length + 1;
  }
  rewrite(
    store,
    [...kept].map(([id, m]) => formatMetadata(id, m)),
  );
  return kept;
}

function appendLines(store: KeyValueStore, lines: string[]): void {
  let count = Number(store.get(CHUNK_COUNT_KEY)) || 0;
  let last = count ? (store.get(CHUNK_PREFIX + (count - 1)) ?? '') : '';
  if (!count) count = 1;
  for (const line of lines) {
    const next = last ? `${last}\n${line}` : line;
    if (next.length <= CHUNK_CHARS) {
      last = next;
      continue;
    }
    store.set(CHUNK_PREFIX + (count - 1), last);
    count++;
    last = line;
  }
  store.set(CHUNK_PREFIX + (count - 1), last);
  store.set(CHUNK_COUNT_KEY, String(count));
}

function rewrite(store: KeyValueStore, lines: string[]): void {
  const before = Number(store.get(CHUNK_COUNT_KEY)) || 0;
  for (let i = 0; i < before; i++) store.delete(CHUNK_PREFIX + i);
  store.delete(CHUNK_COUNT_KEY);
  appendLines(store, lines);
}
