// Ranks the document's entries for a query by the doc's own text (title, authors, gist, notes, section) above the papers' cached arXiv metadata (abstract, categories, venue).
import {idSortKey} from './arxiv-id';
import type {Entry} from './doc-model';
import {MONTH_NAMES} from './entry-line';
import {entryAuthors} from './outline';
import {dateMatches, entryDate, takeDateFilter} from './search-dates';
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
import {isUnspaced} from './search-terms';
import {fold} from './text-words';
import {TAXONOMY_CODES} from './taxonomy-names';
import {taxonomyNameRows} from './taxonomy-names-data';
import type {Paper, SearchHit, SearchMatch} from './types';

/** Longest query read; the rest of a pasted paragraph adds nothing but time. */
export const MAX_QUERY_LENGTH = 200;
const DEFAULT_LIMIT = 20;
/** Characters of context shown on each side of the match in a snippet. */
const SNIPPET_CONTEXT = 60;
/** Hits scoring under this share of the best are left out. */
const MIN_SHARE_OF_BEST = 0.2;
/** Words shown in a hit's why. */
const MAX_WHY = 8;

type Field = SearchMatch['field'];

/**
 * How much a match in each field counts. The doc's own text weighs more than
 * arXiv's: the user wrote the gist, the title is what they see.
 */
const FIELDS: {
  field: Field;
  boost: number;
  from: 'doc' | 'arxiv';
  lengthNorm: number;
}[] = [
  {field: 'title', boost: 3, from: 'doc', lengthNorm: 0.3},
  {field: 'authors', boost: 2.5, from: 'doc', lengthNorm: 0.3},
  {field: 'notes', boost: 2, from: 'doc', lengthNorm: 0.5},
  {field: 'section', boost: 1.2, from: 'doc', lengthNorm: 0},
  {field: 'id', boost: 3, from: 'doc', lengthNorm: 0},
  {field: 'arxivTitle', boost: 1.5, from: 'arxiv', lengthNorm: 0.3},
  {field: 'abstract', boost: 1, from: 'arxiv', lengthNorm: 0.75},
  {field: 'categories', boost: 0.6, from: 'arxiv', lengthNorm: 0},
  {field: 'venue', boost: 0.6, from: 'arxiv', lengthNorm: 0},
];
/** The doc's own fields come first in FIELDS: title, authors, notes, section, id. */
const DOC_FIELDS = 5;
const K1 = 1.2;

interface Item {
  entry: Entry;
  section: string;
  authors: string;
  /** Original texts per field (index as FIELDS), '' when absent. */
  texts: string[];
  /** Folded texts, same indices. */
  folded: string[];
  date?: {year: number; month?: number};
}

/** What Find reads of a paper's arXiv metadata (a Paper has it all). */
export type SearchPaper = Pick<
  Paper,
  'title' | 'summary' | 'categories' | 'journalRef' | 'comment' | 'published'
>;

/** What Find reads of an outline: sections' titles and entries, and the loose entries (an Outline has it all). */
export interface SearchOutline {
  sections: {title: string; entries: Entry[]}[];
  looseEntries?: Entry[];
}

export interface SearchOptions {
  /** Most hits returned (default 20). */
  limit?: number;
  /** Cached arXiv metadata by id; papers not in it are searched by the doc's text only. */
  papers?: Record<string, SearchPaper>;
  /** The clock, for "last july" and "this year". */
  now?: Date;
}

let categoryNames: Map<string, string> | undefined;

/** "cs.LG" -> "Machine Learning", read once from the taxonomy. */
function categoryName(code: string): string {
  if (!categoryNames) {
    const {rows} = taxonomyNameRows();
    categoryNames = new Map(
      TAXONOMY_CODES.map((id, i) => [id, rows[i].split('|')[0]]),
    );
  }
  return categoryNames.get(code) ?? '';
}

/** Every entry with its section title (empty for entries outside sections), one per id. */
export function entriesOf(
  outline: SearchOutline,
): {entry: Entry; section: string}[] {
  const all: {entry: Entry; section: string}[] = [];
  const seen = new Set<string>();
  const add = (entry: Entry, section: string) => {
    if (seen.has(entry.id)) return;
    seen.add(entry.id);
    all.push({entry, section});
  };
  for (const section of outline.sections) {
    for (const entry of section.entries) add(entry, section.title);
  }
  for (const entry of outline.looseEntries ?? []) add(entry, '');
  return all;
}

function itemOf(
  entry: Entry,
  section: string,
  paper: SearchPaper | undefined,
): Item {
  const authors = entryAuthors(entry);
  const notes = entry.notes.join('\n');
  const sameTitle = paper && fold(paper.title) === fold(entry.title);
  const codes = paper ? paper.categories : entry.categories;
  const texts = [
    entry.title,
    authors,
    notes,
    section,
    entry.id,
    paper && !sameTitle ? paper.title : '',
    paper?.summary ?? '',
    codes.map(code => `${code} ${categoryName(code)}`).join('\n'),
    paper ? [paper.journalRef, paper.comment].filter(Boolean).join('\n') : '',
  ];
  return {
    entry,
    section,
    authors,
    texts,
    // arXiv's fields are read as sent, matched case-insensitively: folding
    // 2,500 abstracts would cost more than the whole search may take, and
    // accents there rarely carry the memory (the doc's own fields fold them).
    folded: texts.map((text, f) =>
      FIELDS[f].from === 'doc' ? fold(text) : text,
    ),
    date: entryDate(entry, paper?.published),
  };
}

/** The words of the doc's own fields, for typo neighbours. */
function docVocabulary(items: Item[]): Set<string> {
  const words = new Set<string>();
  for (const item of items) {
    for (let f = 0; f < DOC_FIELDS - 1; f++) {
      for (const word of item.folded[f].match(/[\p{L}\p{N}]{4,}/gu) ?? []) {
        // Unspaced scripts have no words to misspell: a run is a sentence.
        if (!isUnspaced(word)) words.add(word);
      }
    }
  }
  return words;
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
): number[] {
  const n = items.length;
  const averageLength = FIELDS.map((_, f) => {
    let total = 0;
    let count = 0;
    for (const item of items) {
      if (item.folded[f]) {
        total += item.folded[f].length;
        count++;
      }
    }
    return count ? total / count : 1;
  });
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
  const text = query.slice(0, MAX_QUERY_LENGTH);
  if (!text.trim()) return [];
  const now = options.now ?? new Date();
  const papers = options.papers ?? {};
  // Ids and arXiv links first: their digits are neither words nor dates.
  const {ids, rest} = takeIds(text);
  const read = readQuery(rest);
  const {filter, words} = takeDateFilter(read.words, now);
  let items = entriesOf(outline).map(({entry, section}) =>
    itemOf(entry, section, papers[entry.id]),
  );
  if (filter) items = items.filter(item => dateMatches(filter, item.date));
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
      const vocabulary = docVocabulary(items);
      const added = missing.flatMap(g => addTypoNeighbours(g, vocabulary));
      if (added.length) {
        tfs = scan(items, groups.length, compileAlternatives(added), tfs);
      }
    }
    scores = scoreAll(items, tfs, groups.length);
  } else {
    scores = items.map(() => (filter ? 1 : 0));
  }
  const best = Math.max(0, ...scores);
  const ranked = items
    .map((item, i) => ({item, score: scores[i]}))
    // Far weaker hits are one stray word of a long query: noise in the list.
    .filter(r => r.score > 0 && r.score >= best * MIN_SHARE_OF_BEST)
    .sort((a, b) => {
      if (a.score !== b.score) return b.score - a.score;
      const ka = idSortKey(a.item.entry.id);
      const kb = idSortKey(b.item.entry.id);
      return ka === kb ? 0 : ka < kb ? 1 : -1;
    })
    .slice(0, options.limit ?? DEFAULT_LIMIT);
  return ranked.map(({item, score}) => {
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
