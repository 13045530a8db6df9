// The one fold, stop-word list and stemmer of the add-on: the classifier's words and Find's query words both come through here.

/** Latin letters no decomposition takes apart, as people type them without the key. */
const LATIN_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ı: 'i',
};

/**
 * Lower case without accents, so "Ångström" is found by "angstrom" and
 * "Łódź" by "lodz"; compatibility forms are taken apart too (the "ﬁ"
 * ligature of a pasted PDF title reads "fi"). ASCII text keeps its length.
 */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Most text is ASCII and needs nothing more; decomposing is slow.
  // eslint-disable-next-line no-control-regex
  return /[^\x00-\x7f]/.test(lower)
    ? lower
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[ßæœøłđı]/g, c => LATIN_LETTERS[c])
    : lower;
}

/**
 * Words that say nothing of a paper's topic: function words, the ones a
 * memory is told in ("the atari one in RL", "that stuff") and the words
 * every abstract uses ("we propose a new method"). Not "he" or "she": He is
 * a surname (Kaiming He), and author names are read as words too; not
 * "same": "GANs all perform the same" remembers a finding.
 */
const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by can do does did for from had has have ' +
    'how i if in into is it its me my no not of on one or our so such ' +
    'than that the their them then there these they this those to two up via ' +
    'vs was we were what when where which while who why will with without ' +
    'you your using use used towards toward new based also more most very ' +
    'just only et al paper papers arxiv work show shows propose proposed ' +
    'approach method methods result results still much many some like get ' +
    'got thing things stuff through over beyond about across under between ' +
    'after before within all any both each other too could should ' +
    'would may might must pdf'
  ).split(' '),
);

/** True for a folded word in the stop-word list. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/**
 * The plural fold of the classifier's terms: "networks" -> "network",
 * "studies" -> "study", and nothing else, so a term stays a word a reason
 * can show (and the generated taxonomy words are written in it). Matching
 * across other endings is `stem`'s.
 */
export function singular(word: string): string {
  const n = word.length;
  if (n < 4 || word.charCodeAt(n - 1) !== 115 /* s */) return word;
  if (n > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  const before = word.charCodeAt(n - 2);
  // -ss, -us, -is are not plurals (loss, corpus, analysis).
  if (before === 115 || before === 117 || before === 105) return word;
  return word.slice(0, -1);
}

/** Endings `stem` cuts, longest first. */
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
  'ements',
  'ement',
  'ments',
  'ment',
  'isms',
  'ism',
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
 * A word's stem for matching, never shown: a common English ending cut off
 * ("adversarial", "adversary" -> "adversar"; "attacks", "attacking" ->
 * "attack"; "clipped", "clipping" -> "clip"). What is left is always a
 * prefix of the word, so Find can match a stem at word starts of text it
 * never stems. A stem keeps at least four letters so short words stay
 * apart; words with digits (ids, "gpt4") stay whole.
 */
export function stem(word: string): string {
  if (word.length <= 4 || /\d/.test(word)) return word;
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length < 4 || !word.endsWith(suffix)) continue;
    if (suffix === 's' && /(ss|us|is)$/.test(word)) continue;
    const base = word.slice(0, -suffix.length);
    // "clipped" -> "clipp" -> "clip", but "fall" and "pass" keep their pair.
    return /(ed|ing)$/.test(suffix) && /([^aeiouslz])\1$/.test(base)
      ? base.slice(0, -1)
      : base;
  }
  return word;
}
