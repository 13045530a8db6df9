// Find's words: the ML synonym and abbreviation table's use (the table is search-synonyms-data.ts), field words and typo distance that turn a query into groups of alternatives (fold, stop words and stemmer are text-words.ts's).
import {synonymRows} from './search-synonyms-data';
import {fold, isStopWord, stem} from './text-words';

/**
 * Words that name a field of an entry, not its content: "the authors of",
 * "abstract about", "title with". Matched as content they would find every
 * paper whose abstract says "the authors" (issue 28), so they never are.
 */
export const FIELD_WORDS = new Set(
  (
    'author authors authored abstract abstracts title titles titled paper ' +
    'papers arxiv gist gists note notes section sections'
  ).split(' '),
);

/**
 * Scripts written without spaces between words (Chinese, Japanese, Thai),
 * and emoji: matched anywhere in a text, not at a word start.
 */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Extended_Pictographic}]/u;

/** True for a word of an unspaced script or an emoji (see UNSPACED). */
export function isUnspaced(word: string): boolean {
  return UNSPACED.test(word);
}

/**
 * The query's words, folded; ids (2111.11432, hep-th/9901001) stay whole.
 * Letters and digits of any script make words; each emoji is a word of its
 * own (so "🔥" is found next to a word or another emoji).
 */
export function queryWords(query: string): string[] {
  return fold(query)
    .replace(/\p{Extended_Pictographic}/gu, ' $& ')
    .split(/[^\p{L}\p{N}\p{Extended_Pictographic}./]+|[./](?![\p{N}])/u)
    .map(w => w.replace(/^[./]+|[./]+$/g, ''))
    .filter(Boolean);
}

/** True for an arXiv id or the start of one typed in the query. */
export function looksLikeId(word: string): boolean {
  return /^\d{4}\.\d*$/.test(word) || /^[a-z-]+(\.[a-z]{2})?\/\d+$/.test(word);
}

/**
 * The query words worth matching: stop words go, unless nothing else is
 * left; field words ("authors", "abstract") always go.
 */
export function contentWords(words: string[]): string[] {
  const content = words.filter(w => !FIELD_WORDS.has(w));
  const kept = content.filter(w => !isStopWord(w));
  return kept.length ? kept : content;
}

/** The rows of the synonym table, folded; made on first use (the server reads the table from ServerData). */
let rows: string[][] | undefined;
function synonymTable(): string[][] {
  if (!rows) rows = synonymRows().map(row => row.map(fold));
  return rows;
}

/** The longest phrase of the table starting at `at` in the words, with its row. */
export function synonymAt(
  words: string[],
  at: number,
): {length: number; row: string[]; phrase: string} | undefined {
  let best: {length: number; row: string[]; phrase: string} | undefined;
  for (const row of synonymTable()) {
    for (const member of row) {
      const parts = member.split(/[\s-]+/);
      if (best && parts.length <= best.length) continue;
      if (at + parts.length > words.length) continue;
      let same = true;
      for (let i = 0; i < parts.length && same; i++) {
        const word = words[at + i];
        same =
          word === parts[i] ||
          // Plurals and other endings of the phrase's words count too.
          (parts[i].length > 3 && stem(word) === stem(parts[i]));
      }
      if (same) best = {length: parts.length, row, phrase: member};
    }
  }
  return best;
}

/**
 * Optimal string alignment distance, stopping early once it must exceed
 * `max` (then returns max + 1): a typo, a missing or extra letter, or two
 * letters swapped count one each.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous2: number[] = [];
  let previous = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, previous2[j - 2] + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length];
}

/** Typos allowed in a word of this length (as the search before: none under 5 letters). */
export function typosAllowed(word: string): number {
  return word.length < 5 ? 0 : word.length < 10 ? 1 : 2;
}
