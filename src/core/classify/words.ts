// Words of a text as the classifier reads them: folded, tokenized, stopwords dropped, plurals stemmed.

const STOPWORDS = new Set(
  (
    'a an and are as at be been but by can do does for from had has have how ' +
    'i if in into is it its me my no not of on one or our so such than that ' +
    'the their them then there these they this those to two up via vs was we ' +
    'were what when where which while who why will with without you your ' +
    'using use used towards toward new based also more most very just only ' +
    'et al paper papers arxiv work show shows propose proposed approach method ' +
    'methods result results still much many some like get got thing things ' +
    'through over beyond about across under between after before within all ' +
    'any both each other same too could should would may might must pdf'
  ).split(' '),
);

/** Lowercase, and without accents: what `words` splits. */
export function foldText(text: string): string {
  // Folding accents is slow; most text is ASCII and needs none.
  return (
    /^[\x20-\x7e]*$/.test(text)
      ? text
      : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
  ).toLowerCase();
}

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

/** A token as `words` gives it: stemmed, or null for a stopword or a lone letter. */
export function keptWord(token: string): string | null {
  if (token.length < 2) {
    const c = token.charCodeAt(0);
    if (c < 48 || c > 57) return null;
  }
  return STOPWORDS.has(token) ? null : stem(token);
}

/** Lowercase words without accents, stopwords dropped, plural `s` folded. */
export function words(text: string): string[] {
  const out: string[] = [];
  const folded = foldText(text);
  const bounds: number[] = [];
  const runs = tokenBounds(folded, bounds);
  for (let run = 0; run < runs; run++) {
    const word = keptWord(folded.slice(bounds[2 * run], bounds[2 * run + 1]));
    if (word !== null) out.push(word);
  }
  return out;
}

export function stem(word: string): string {
  const n = word.length;
  if (n < 4 || word.charCodeAt(n - 1) !== 115 /* s */) return word;
  if (n > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  const before = word.charCodeAt(n - 2);
  // -ss, -us, -is are not plurals (loss, corpus, analysis).
  if (before === 115 || before === 117 || before === 105) return word;
  return word.slice(0, -1);
}

/**
 * A term as a person reads it: `stem` cuts a plural "-es" to "-e"
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

/** Suffixes `root` takes off, longest first. */
const SUFFIXES = [
  'izations',
  'ization',
  'isation',
  'ational',
  'ations',
  'ation',
  'nesses',
  'ness',
  'ities',
  'ity',
  'ments',
  'ment',
  'ings',
  'ing',
  'ially',
  'ally',
  'ical',
  'ial',
  'ers',
  'er',
  'ied',
  'ed',
  'ive',
  'al',
  'ic',
  'ies',
  'es',
  'e',
  'y',
  's',
];

/**
 * A word's root for matching topic words, a harder cut than `stem`:
 * "adversarial", "adversary" -> "adversar"; "attacks", "attacking" ->
 * "attack". Only for matching (never shown), so roots need not be words; a
 * root keeps at least four letters so short words stay apart.
 */
export function root(word: string): string {
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length >= 4 && word.endsWith(suffix)) {
      return word.slice(0, -suffix.length);
    }
  }
  return word;
}

/** The roots of a text's words (see `words` and `root`). */
export function roots(text: string): string[] {
  return words(text).map(root);
}
