// Ranks the document's entries for a query by the doc's own text (title, authors, gist, notes, section) above the papers' cached arXiv metadata (abstract, categories, venue).
import {idSortKey} from './arxiv-id';
import {MONTH_NAMES} from './entry-line';
import {
  DOC_FIELDS,
  FIELDS,
  averageLengths,
  docVocabulary,
  prepareOutline,
  type Item,
  type PreparedOutline,
  type SearchOutline,
  type SearchPaper,
} from './search-items';
import {dateMatches, takeDateFilter} from './search-dates';
import {
  addTypoNeighbours,
  compile,
  compileAlternatives,
  idGroups,
  parseGroups,
  readQuery,
  takeIds,
  type Alternative,
  type QueryGroup,
} from './search-query';
import type {SearchHit, SearchMatch} from './types';

export {entriesOf, prepareOutline} from './search-items';
export type {PreparedOutline, SearchOutline, SearchPaper} from './search-items';

/** Longest query read; the rest of a pasted paragraph adds nothing but time. */
export const MAX_QUERY_LENGTH = 200;
const DEFAULT_LIMIT = 20;
/** Characters of context shown on each side of the match in a snippet. */
const SNIPPET_CONTEXT = 60;
/** Hits scoring under this share of the best are left out. */
const MIN_SHARE_OF_BEST = 0.2;
/** Words shown in a hit's why. */
const MAX_WHY = 8;
const K1 = 1.2;

export interface SearchOptions {
  /** Most hits returned (default 20). */
  limit?: number;
  /** Cached arXiv metadata by id; papers not in it are searched by the doc's text only. */
  papers?: Record<string, SearchPaper>;
  /** The clock, for "last july" and "this year". */
  now?: Date;
}

/** Term weights per item: tf[field * groups + group], matches weighted by their quality. */
/**
 * Term weights per item: tf[field * groups + group], matches weighted by
 * their quality. With `only`, just those alternatives, in the doc's fields,
 * added into `into`.
 */
function scan(
  items: Item[],
  width: number,
  compiled: {regex: RegExp; alternatives: Alternative[]},
  into?: (Float64Array | undefined)[],
): (Float64Array | undefined)[] {
  const {regex, alternatives} = compiled;
  const fields = into ? DOC_FIELDS : FIELDS.length;
  return items.map((item, i) => {
    let tf = into?.[i];
    // Most items match nothing: one test of all their text rules them out.
    if (item.all !== undefined) {
      regex.lastIndex = 0;
      if (!regex.test(item.all)) return tf;
    }
    for (let f = 0; f < fields; f++) {
      const text = item.folded[f];
      if (!text) continue;
      regex.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = regex.exec(text))) {
        const alternative = alternativeOf(m, alternatives);
        tf ??= new Float64Array(FIELDS.length * width);
        tf[f * width + alternative.group] += alternative.quality;
        if (m[0].length === 0) regex.lastIndex++;
      }
    }
    return tf;
  });
}

function alternativeOf(
  m: RegExpExecArray,
  alternatives: Alternative[],
): Alternative {
  for (let i = 1; i < m.length; i++) {
    if (m[i] !== undefined) return alternatives[i - 1];
  }
  return alternatives[0];
}

/** BM25-like: each group's idf times its saturated, length-normalized weight per field, scaled by the share of groups found. */
function scoreAll(
  items: Item[],
  tfs: (Float64Array | undefined)[],
  width: number,
  averageLength: number[],
): number[] {
  const n = items.length;
  const df = new Array<number>(width).fill(0);
  for (const tf of tfs) {
    if (!tf) continue;
    for (let g = 0; g < width; g++) {
      for (let f = 0; f < FIELDS.length; f++) {
        if (tf[f * width + g] > 0) {
          df[g]++;
          break;
        }
      }
    }
  }
  const idf = df.map(d => Math.log(1 + (n - d + 0.5) / (d + 0.5)));
  return items.map((item, i) => {
    const tf = tfs[i];
    if (!tf) return 0;
    let score = 0;
    let found = 0;
    for (let g = 0; g < width; g++) {
      let weight = 0;
      for (let f = 0; f < FIELDS.length; f++) {
        const t = tf[f * width + g];
        if (!t) continue;
        const {boost, lengthNorm} = FIELDS[f];
        const norm =
          1 -
          lengthNorm +
          (lengthNorm * item.folded[f].length) / averageLength[f];
        weight += (boost * t * (K1 + 1)) / (t + K1 * norm);
      }
      if (weight > 0) found++;
      score += idf[g] * weight;
    }
    const coverage = found / width;
    return score * coverage * coverage;
  });
}

/** The words matched in a hit, whole, with where they were found. */
function whyOf(item: Item, groups: QueryGroup[]): SearchMatch[] {
  const {regex, alternatives} = compile(groups);
  const why: SearchMatch[] = [];
  const seen = new Set<string>();
  for (let f = 0; f < FIELDS.length && why.length < MAX_WHY; f++) {
    const text = item.folded[f];
    if (!text) continue;
    regex.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = regex.exec(text)) && why.length < MAX_WHY) {
      // A word is shown whole; in an unspaced script the rest of the run is a sentence.
      const rest = alternativeOf(m, alternatives).anywhere
        ? null
        : /^[\p{L}\p{N}]*/u.exec(text.slice(m.index + m[0].length));
      const word = (m[0] + (rest ? rest[0] : '')).replace(/\s+/g, ' ');
      const {field, from} = FIELDS[f];
      const key = `${from}:${word}`;
      if (m[0].length === 0) regex.lastIndex++;
      if (seen.has(key)) continue;
      seen.add(key);
      why.push({word, from, field});
    }
  }
  return why;
}

/** Text around the first match, from the gist and notes, title, authors or abstract, in that order. */
function snippetOf(item: Item, groups: QueryGroup[]): string {
  const {regex} = compile(groups);
  for (const f of [2, 0, 1, 6]) {
    const text = item.texts[f];
    regex.lastIndex = 0;
    const m = groups.length ? regex.exec(item.folded[f]) : null;
    if (!m) continue;
    // Folding keeps lengths for ASCII; elsewhere the folded text is shown.
    const shown = text.length === item.folded[f].length ? text : item.folded[f];
    const from = Math.max(0, m.index - SNIPPET_CONTEXT);
    const to = Math.min(shown.length, m.index + m[0].length + SNIPPET_CONTEXT);
    return `${from > 0 ? '…' : ''}${shown.slice(from, to).trim()}${to < shown.length ? '…' : ''}`;
  }
  const first = item.texts[2] || item.authors;
  return first.length > 2 * SNIPPET_CONTEXT
    ? `${first.slice(0, 2 * SNIPPET_CONTEXT).trim()}…`
    : first;
}

/** How the query's date reads back to the user, e.g. "July 2023". */
export function describeDate(query: string, now: Date): string | undefined {
  const {filter} = takeDateFilter(
    readQuery(takeIds(query.slice(0, MAX_QUERY_LENGTH)).rest).words,
    now,
  );
  if (!filter) return undefined;
  return filter.month
    ? `${MONTH_NAMES[filter.month - 1]} ${filter.year}`
    : String(filter.year);
}

/**
 * Searches the outline's entries. Any arXiv id or link in the query finds
 * its entry. The query's words (stop and field words aside), in any script, are
 * matched at word starts by their stem, their synonyms in the ML table and,
 * for a word found nowhere in the doc, its typo neighbours; in the doc's
 * text first, then in the cached abstract, categories and venue. Entries
 * with more of the words come first; ties go to the newest paper. A year
 * or a month ("2021", "last december") filters by the paper's date. One
 * hit per paper, each saying which words matched where.
 * @param query the words the user remembers; blank gives no hits
 */
export function searchOutline(
  outline: SearchOutline,
  query: string,
  options: SearchOptions = {},
): SearchHit[] {
  if (!query.slice(0, MAX_QUERY_LENGTH).trim()) return [];
  return searchPrepared(
    prepareOutline(outline, options.papers ?? {}),
    query,
    options,
  );
}

/**
 * searchOutline over an outline prepared once (prepareOutline, with the
 * papers): the same hits, without reading every entry again per query.
 * `options.papers` is not read: the preparation holds them.
 */
export function searchPrepared(
  prepared: PreparedOutline,
  query: string,
  options: Omit<SearchOptions, 'papers'> = {},
): SearchHit[] {
  const text = query.slice(0, MAX_QUERY_LENGTH);
  if (!text.trim()) return [];
  const now = options.now ?? new Date();
  // Ids and arXiv links first: their digits are neither words nor dates.
  const {ids, rest} = takeIds(text);
  const read = readQuery(rest);
  const {filter, words} = takeDateFilter(read.words, now);
  const items = filter
    ? prepared.items.filter(item => dateMatches(filter, item.date))
    : prepared.items;
  const wordGroups = parseGroups(words, read.typingLast && !filter);
  const groups = [...wordGroups, ...idGroups(ids, wordGroups.length)];
  let scores: number[];
  if (groups.length) {
    let tfs = scan(items, groups.length, compile(groups));
    const missing = groups.filter(
      (g, at) =>
        g.typoWord && !tfs.some(tf => tf && hasDocMatch(tf, at, groups.length)),
    );
    if (missing.length) {
      // Typo neighbours come from the doc's words, so only its fields are scanned again.
      const vocabulary = filter ? docVocabulary(items) : prepared.vocabulary();
      const added = missing.flatMap(g => addTypoNeighbours(g, vocabulary));
      if (added.length) {
        tfs = scan(items, groups.length, compileAlternatives(added), tfs);
      }
    }
    const averageLength = filter
      ? averageLengths(items)
      : prepared.averageLength;
    scores = scoreAll(items, tfs, groups.length, averageLength);
  } else {
    scores = items.map(() => (filter ? 1 : 0));
  }
  const best = Math.max(0, ...scores);
  const ranked: {item: Item; score: number; key?: string}[] = [];
  items.forEach((item, i) => {
    const score = scores[i];
    // Far weaker hits are one stray word of a long query: noise in the list.
    if (score > 0 && score >= best * MIN_SHARE_OF_BEST) {
      ranked.push({item, score});
    }
  });
  // Ties go to the newest id; each key is computed once, not per comparison.
  const keyOf = (r: (typeof ranked)[number]) =>
    (r.key ??= idSortKey(r.item.entry.id));
  ranked.sort((a, b) => {
    if (a.score !== b.score) return b.score - a.score;
    const ka = keyOf(a);
    const kb = keyOf(b);
    return ka === kb ? 0 : ka < kb ? 1 : -1;
  });
  // Snippets and whys only for the hits returned.
  return ranked
    .slice(0, options.limit ?? DEFAULT_LIMIT)
    .map(({item, score}) => {
      const hit: SearchHit = {
        id: item.entry.id,
        title: item.entry.title,
        section: item.section,
        authors: item.authors,
        snippet: snippetOf(item, groups),
        url: item.entry.url,
        score: Math.round(score * 1000) / 1000,
        why: groups.length ? whyOf(item, groups) : [],
      };
      if (item.date) hit.year = item.date.year;
      return hit;
    });
}

function hasDocMatch(tf: Float64Array, group: number, width: number): boolean {
  for (let f = 0; f < FIELDS.length; f++) {
    if (FIELDS[f].from === 'doc' && tf[f * width + group] > 0) return true;
  }
  return false;
}
