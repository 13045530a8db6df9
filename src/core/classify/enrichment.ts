// What arXiv told us about a filed entry, in a compact line: its categories and the telling words of its abstract, so the classifier learns from more than the visible text.
import type {Paper} from '../types';
import {words} from './words';
import {wordSet} from './word-sets';

/** A filed paper's metadata as the classifier uses it. */
export interface EntryMetadata {
  /** arXiv category codes, primary first. */
  categories: string[];
  /** Kept words (see words.ts) of the title and abstract, the most telling first. */
  words: string[];
}

/**
 * Words of an abstract kept per entry: enough to say the topic, small enough
 * for 2,500 entries in a few hundred KB. More filed text did not help when
 * measured (`node scripts/eval-quick.mjs gaussian`, with abstracts, top-1):
 * 16 words 0.67, 32 words 0.65, 64 words 0.65; nor did per-section term
 * profiles of the whole abstracts (160 terms a section, cosine, weight 4: 0.67;
 * weight 8: 0.66; on their own they rank at 0.60, below the centroid).
 */
export const WORDS_PER_ENTRY = 16;

/** The compact metadata of a paper arXiv sent: its categories, its first telling abstract words (each once). */
export function metadataOf(paper: Paper): EntryMetadata {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const w of words(paper.summary)) {
    if (kept.length === WORDS_PER_ENTRY) break;
    if (seen.has(w) || wordSet('untelling').has(w) || /^\d+$/.test(w)) continue;
    seen.add(w);
    kept.push(w);
  }
  const categories = [paper.primaryCategory, ...paper.categories].filter(
    (c, i, all) => c && all.indexOf(c) === i,
  );
  return {categories, words: kept};
}

/** One entry's line: `id|cat cat|word word ...` (ids and codes never hold `|` or spaces). */
export function formatMetadata(id: string, metadata: EntryMetadata): string {
  return `${id}|${metadata.categories.join(' ')}|${metadata.words.join(' ')}`;
}

/** Reads lines written by formatMetadata; malformed lines are skipped. */
export function parseMetadata(text: string): Map<string, EntryMetadata> {
  const out = new Map<string, EntryMetadata>();
  for (const line of text.split('\n')) {
    const [id, categories, kept] = line.split('|');
    if (!id || categories === undefined || kept === undefined) continue;
    out.set(id, {
      categories: categories.split(' ').filter(c => c),
      words: kept.split(' ').filter(w => w),
    });
  }
  return out;
}
