// "No section fits": a paper from an arXiv archive none of the doc's sections holds, whose words the sections hardly use, goes to the Inbox however the sections score against each other.
import {canonicalCategory} from './names';
import {wordSet} from './word-sets';

/**
 * Below this best centroid cosine (over sections), a paper's words are ones
 * the filed papers hardly use. Measured on the sample doc: recorded physics,
 * astronomy and biology papers stay under it, while its own papers from an
 * archive no other entry has still reach it through their words.
 */
export const NO_FIT_TEXT = 0.25;

/** Filed entries with a category the doc needs before an unseen archive says anything. */
const MIN_CATEGORISED = 10;

/** The archive of a category code: `astro-ph.GA` -> `astro-ph`, `cs.LG` -> `cs`. */
export function archiveOf(code: string): string {
  const c = canonicalCategory(code);
  const dot = c.indexOf('.');
  return dot < 0 ? c : c.slice(0, dot);
}

/**
 * The archives the doc's papers come from: each filed entry's primary
 * category (a cross-list says little of where a paper belongs), and what the
 * sections' names say (taxonomy).
 */
export function archivesOf(
  primaries: string[],
  names: Array<{categories: Map<string, number>}>,
): {archives: Set<string>; categorised: number} {
  const archives = new Set(primaries.filter(c => c).map(archiveOf));
  for (const name of names) {
    name.categories.forEach((strength, code) => {
      // Only a name that is a category's own: one shared word ("Systems", "Theory") says too little.
      if (strength >= 1) archives.add(archiveOf(code));
    });
  }
  return {archives, categorised: primaries.filter(c => c).length};
}

/**
 * True when no section fits: the paper's primary archive is one no section
 * holds (in a doc whose entries show categories), and its best text match
 * with any section is weak.
 */
export function noSectionFits(
  primary: string,
  doc: {archives: Set<string>; categorised: number},
  bestText: number,
): boolean {
  if (!primary || doc.categorised < MIN_CATEGORISED) return false;
  return !doc.archives.has(archiveOf(primary)) && bestText < NO_FIT_TEXT;
}

/** A word a reason may name: no digits, at least three letters, neither a stopword nor a generic word. */
export function isTellingWord(word: string): boolean {
  return /^[a-z][a-z-]{2,}$/.test(word) && !wordSet('generic').has(word);
}
