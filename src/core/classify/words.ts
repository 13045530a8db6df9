// Words of a text as the classifier reads them: folded, tokenized, stop words dropped, plurals folded (text-words.ts owns each step).
import {fold, isStopWord, singular, stem} from '../text-words';

/**
 * Writes the bounds of each run of [a-z0-9] in a folded text into `bounds`
 * (start, end, start, end, ...; reused, so a build allocates nothing per word).
 * @returns the number of runs
 */
export function tokenBounds(folded: string, bounds: number[]): number {
  let runs = 0;
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    const c = i < folded.length ? folded.charCodeAt(i) : 0;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      bounds[2 * runs] = start;
      bounds[2 * runs++ + 1] = i;
      start = -1;
    }
  }
  return runs;
}

/** A token as `words` gives it: plural folded, or null for a stop word or a lone letter. */
export function keptWord(token: string): string | null {
  if (token.length < 2) {
    const c = token.charCodeAt(0);
    if (c < 48 || c > 57) return null;
  }
  return isStopWord(token) ? null : singular(token);
}

/** Lowercase words without accents, stopwords dropped, plural `s` folded. */
export function words(text: string): string[] {
  const out: string[] = [];
  const folded = fold(text);
  const bounds: number[] = [];
  const runs = tokenBounds(folded, bounds);
  for (let run = 0; run < runs; run++) {
    const word = keptWord(folded.slice(bounds[2 * run], bounds[2 * run + 1]));
    if (word !== null) out.push(word);
  }
  return out;
}

/**
 * A term as a person reads it: `singular` cuts a plural "-es" to "-e"
 * ("approaches" -> "approache"), so such stems get their "s" back, a real
 * word either way.
 */
export function readable(term: string): string {
  return term
    .split(' ')
    .map(w => (/(?:ch|sh|x|ss|z)e$/.test(w) ? `${w}s` : w))
    .join(' ');
}

/** A phrase as a word sequence, found in a text's words. */
export function containsPhrase(haystack: string[], phrase: string[]): boolean {
  if (!phrase.length) return false;
  outer: for (let i = 0; i + phrase.length <= haystack.length; i++) {
    for (let j = 0; j < phrase.length; j++) {
      if (haystack[i + j] !== phrase[j]) continue outer;
    }
    return true;
  }
  return false;
}

/** The stems of a text's words, for matching topic words (see `words` and text-words.ts's `stem`). */
export function roots(text: string): string[] {
  return words(text).map(stem);
}
