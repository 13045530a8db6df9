// Turns a Find query into groups of alternatives (an arXiv id or link, typed word, its stem, synonyms, typo neighbours) compiled into one word-start regex.
import {extractIds} from './arxiv-id';
import {
  contentWords,
  editDistance,
  isUnspaced,
  looksLikeId,
  queryWords,
  synonymAt,
  typosAllowed,
} from './search-terms';
import {stem} from './text-words';

/** One way a query group can appear in a text. */
export interface Alternative {
  /** Regex source matched at a word start. */
  pattern: string;
  /** 1 for the word as typed (or its stem), less for a synonym or a typo neighbour. */
  quality: number;
  group: number;
  /** Matched anywhere in a word, not only at its start (unspaced scripts, emoji). */
  anywhere?: boolean;
}

/** One thing the user remembers: a word or a phrase, with what else counts for it. */
export interface QueryGroup {
  /** A single typed word long enough to have typo neighbours. */
  typoWord?: string;
  alternatives: Alternative[];
}

const SYNONYM_QUALITY = 0.8;
const TYPO_QUALITY = 0.5;
/** One two-character piece of a longer unspaced word: a part of what was typed. */
const BIGRAM_QUALITY = 0.4;

/** Escapes for a pattern valid with and without the `u` flag (which refuses `\-`). */
function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

/** The end of a whole word: `\b` knows only ASCII letters. */
function wordEnd(word: string): string {
  return NON_ASCII.test(word) ? '(?![\\p{L}\\p{N}])' : '\\b';
}

/**
 * The pattern of one word: short words (RL, LM, 20) whole, with a plural;
 * longer ones by their stem as a word start. The word being typed (the
 * query's last, no space after it) is a prefix whatever its length.
 */
function wordPattern(word: string, typing: boolean): string {
  if (typing && word.length >= 2) return escapeRegex(stem(word));
  if (word.length <= 3) return `${escapeRegex(word)}(?:e?s)?${wordEnd(word)}`;
  return escapeRegex(stem(word));
}

/** A phrase's pattern: every word but the last read whole (any ending), separated by spaces or hyphens. */
function phrasePattern(phrase: string, typing: boolean): string {
  const words = phrase.split(/[\s-]+/);
  return words
    .map((word, i) =>
      i < words.length - 1
        ? `${wordPattern(word, false).replace(/\\b$/, '')}[a-z0-9]*[\\s-]+`
        : wordPattern(word, typing),
    )
    .join('');
}

/**
 * The query's groups, in order. A phrase of the synonym table read as one
 * group ("reinforcement learning" or "rl", whichever was typed); ids as
 * typed; every other content word with its stem and its synonyms.
 */
export function parseGroups(
  words: string[],
  typingLast: boolean,
): QueryGroup[] {
  const content = contentWords(words);
  const groups: QueryGroup[] = [];
  for (let i = 0; i < content.length; i++) {
    const group = groups.length;
    const word = content[i];
    if (looksLikeId(word)) {
      groups.push({
        alternatives: [{pattern: escapeRegex(word), quality: 1, group}],
      });
      continue;
    }
    if (isUnspaced(word)) {
      groups.push({alternatives: unspacedAlternatives(word, group)});
      continue;
    }
    const synonym = synonymAt(content, i);
    const phrase = synonym
      ? content.slice(i, i + synonym.length).join(' ')
      : word;
    const lastOfPhrase = i + (synonym?.length ?? 1) - 1 === content.length - 1;
    const alternatives: Alternative[] = [
      {
        pattern: phrasePattern(phrase, typingLast && lastOfPhrase),
        quality: 1,
        group,
      },
    ];
    for (const member of synonym?.row ?? []) {
      if (member === synonym?.phrase) continue;
      alternatives.push({
        pattern: phrasePattern(member, false),
        quality: SYNONYM_QUALITY,
        group,
      });
    }
    groups.push({
      typoWord: !synonym && typosAllowed(word) ? word : undefined,
      alternatives,
    });
    if (synonym) i += synonym.length - 1;
  }
  return groups;
}

/**
 * A word of an unspaced script (or an emoji) as typed, anywhere in a text,
 * and for three characters or more each two-character piece of it, as
 * search engines for Chinese and Japanese do: "注意机制" still finds "注意力机制".
 */
function unspacedAlternatives(word: string, group: number): Alternative[] {
  const alternatives: Alternative[] = [
    {pattern: escapeRegex(word), quality: 1, group, anywhere: true},
  ];
  const chars = Array.from(word);
  const seen = new Set<string>();
  for (let i = 0; chars.length > 2 && i + 1 < chars.length; i++) {
    const bigram = chars[i] + chars[i + 1];
    if (!isUnspaced(bigram) || seen.has(bigram)) continue;
    seen.add(bigram);
    alternatives.push({
      pattern: escapeRegex(bigram),
      quality: BIGRAM_QUALITY,
      group,
      anywhere: true,
    });
  }
  return alternatives;
}

/**
 * The arXiv ids in a query (any link or versioned id arxiv-id reads, e.g.
 * `https://arxiv.org/pdf/1706.03762v7`), normalized, and the query without
 * them. A link whose id is not complete yet (still being typed) leaves its
 * last part, so a prefix of the id is still searched.
 */
export function takeIds(text: string): {ids: string[]; rest: string} {
  const {ids, invalid} = extractIds(text);
  const cuts = [
    ...ids.map(m => ({index: m.index, input: m.input, keep: ''})),
    ...invalid.map(m => ({
      index: m.index,
      input: m.input,
      keep: /:\/\/|^arxiv/i.test(m.input)
        ? m.input.slice(
            Math.max(m.input.lastIndexOf('/'), m.input.lastIndexOf(':')) + 1,
          )
        : m.input,
    })),
  ].sort((a, b) => b.index - a.index);
  let rest = text;
  for (const cut of cuts) {
    if (rest.substr(cut.index, cut.input.length) !== cut.input) continue;
    rest = `${rest.slice(0, cut.index)} ${cut.keep} ${rest.slice(cut.index + cut.input.length)}`;
  }
  return {ids: ids.map(m => m.id), rest};
}

/** The groups of whole arXiv ids, numbered from `first`. */
export function idGroups(ids: string[], first: number): QueryGroup[] {
  return ids.map((id, i) => ({
    alternatives: [
      {pattern: `${escapeRegex(id)}(?!\\d)`, quality: 1, group: first + i},
    ],
  }));
}

/** The query's words, and whether the last one is still being typed. */
export function readQuery(text: string): {
  words: string[];
  typingLast: boolean;
} {
  return {words: queryWords(text), typingLast: !/\s$/.test(text)};
}

/**
 * Adds the vocabulary's words within the allowed typos of the group's word
 * as alternatives ("extentions" -> "extensions").
 */
export function addTypoNeighbours(
  group: QueryGroup,
  vocabulary: Set<string>,
): Alternative[] {
  const word = group.typoWord;
  if (!word) return [];
  const max = typosAllowed(word);
  const added: Alternative[] = [];
  for (const candidate of vocabulary) {
    if (candidate === word || Math.abs(candidate.length - word.length) > max) {
      continue;
    }
    if (editDistance(word, candidate, max) > max) continue;
    added.push({
      pattern: `${escapeRegex(candidate)}\\b`,
      quality: TYPO_QUALITY,
      group: group.alternatives[0].group,
    });
  }
  group.alternatives.push(...added);
  return added;
}

/**
 * One global regex for every alternative of every group, longest first so
 * a phrase wins over its first word; capture i+1 is alternative i.
 */
export function compile(groups: QueryGroup[]): {
  regex: RegExp;
  alternatives: Alternative[];
} {
  return compileAlternatives(groups.flatMap(g => g.alternatives));
}

/** The regex of some alternatives only (the typo neighbours found late). */
export function compileAlternatives(list: Alternative[]): {
  regex: RegExp;
  alternatives: Alternative[];
} {
  const alternatives = [...list].sort(
    (a, b) => b.pattern.length - a.pattern.length,
  );
  // Words in other scripts need Unicode word starts, which need the `u`
  // flag; plain ASCII queries keep the faster `\b`.
  const unicode = alternatives.some(
    a => a.anywhere || NON_ASCII.test(a.pattern) || a.pattern.includes('\\p{'),
  );
  const start = unicode ? '(?<![\\p{L}\\p{N}])' : '\\b';
  const source = alternatives
    .map(a => `(${a.anywhere ? '' : start}${a.pattern})`)
    .join('|');
  // Case-insensitive: the doc's fields are folded already, arXiv's are not.
  return {
    regex: new RegExp(source || '(?!)', unicode ? 'giu' : 'gi'),
    alternatives,
  };
}
