// Enrichment during a preview: which filed entries still lack arXiv's metadata, fetched within one request at most, never failing the preview.
import {isArxivEntryId} from '../../core/paper-identity';
import {type EntryMetadata, metadataOf} from '../../core/classify';
import type {Outline} from '../../core/doc-model';
import {normalizeSectionName} from '../../core/outline';
import type {Paper} from '../../core/types';
import type {ArxivLookup} from '../shared/arxiv-client';
import {addMetadata, isFull, loadMetadata} from './enrichment-store';
import type {KeyValueStore} from '../shared/ports';

/** Ids per enrichment request: arXiv's batch, so enrichment is one request. */
export const ENRICH_BATCH = 100;

/** The arXiv client as enrichment uses it. */
export interface EnrichArxiv {
  lookup(ids: string[], options?: {retry?: boolean}): ArxivLookup;
  cachedPapers(ids: string[]): Record<string, Paper>;
}

/**
 * Filed entries (outside the Inbox) whose metadata is not stored and that
 * show no category: hand-written entries. The add-on's own entries already
 * show their category and the abstract's first sentence.
 */
export function missingMetadata(
  outline: Outline,
  known: Map<string, EntryMetadata>,
  inboxName: string,
): string[] {
  const inbox = normalizeSectionName(inboxName);
  const out: string[] = [];
  for (const section of outline.sections) {
    if (normalizeSectionName(section.title) === inbox) continue;
    for (const entry of section.entries) {
      const shows = entry.categories.length > 0;
      // Only arXiv is asked for metadata here: a DOI or a link entry is written with what its source knew.
      if (!isArxivEntryId(entry.id)) continue;
      if (!shows && !known.has(entry.id) && !out.includes(entry.id)) {
        out.push(entry.id);
      }
    }
  }
  return out;
}

/**
 * Brings the stored metadata up to date for this preview: entries arXiv's
 * answers are already cached for cost nothing; of the rest, up to
 * ENRICH_BATCH are asked for in ONE request without retries, and only when
 * `mayRequest` (the preview itself sent nothing to arXiv). A failed request
 * (429, timeout, an error feed) or a failing store is swallowed: the
 * classifier then learns from what the document shows, as before.
 * @returns the metadata to train on
 */
export function enrichForPreview(
  outline: Outline,
  deps: {arxiv: EnrichArxiv; properties: KeyValueStore; inboxName: string},
  mayRequest: boolean,
): Map<string, EntryMetadata> {
  let known: Map<string, EntryMetadata>;
  try {
    known = loadMetadata(deps.properties);
  } catch {
    return new Map();
  }
  if (isFull(known)) return known;
  const missing = missingMetadata(outline, known, deps.inboxName);
  if (!missing.length) return known;
  const found = new Map<string, EntryMetadata>();
  const cached = deps.arxiv.cachedPapers(missing);
  for (const id of Object.keys(cached)) found.set(id, metadataOf(cached[id]));
  const toFetch = missing.filter(id => !found.has(id)).slice(0, ENRICH_BATCH);
  if (mayRequest && toFetch.length) {
    try {
      const answer = deps.arxiv.lookup(toFetch, {retry: false});
      for (const id of Object.keys(answer.papers)) {
        found.set(id, metadataOf(answer.papers[id]));
      }
      // Ids arXiv answered for without a paper are stored empty, so they are not asked for again.
      for (const id of answer.missing)
        found.set(id, {categories: [], words: []});
    } catch {
      // Enrichment is a bonus: a failure leaves the suggestions as they were.
    }
  }
  if (!found.size) return known;
  const live = new Set(outline.sections.flatMap(s => s.entries.map(e => e.id)));
  try {
    return addMetadata(deps.properties, known, found, live);
  } catch {
    const merged = new Map(known);
    found.forEach((m, id) => merged.set(id, m));
    return merged;
  }
}
