// Find as it was before issue 18 (src/core/search.ts at 3f11828, verbatim below this line but for entriesOf, which is unchanged since and shared): the baseline npm run eval:find compares against.
import MiniSearch from 'minisearch';
import {idSortKey} from '../src/core/arxiv-id';
import type {Entry, Outline} from '../src/core/doc-model';
import {entriesOf} from '../src/core/search';
import type {SearchHit} from '../src/core/types';

/** Longest query read; the rest of a pasted paragraph adds nothing but time. */
export const MAX_QUERY_LENGTH = 200;
const DEFAULT_LIMIT = 20;
/** Characters of context shown on each side of the match in a snippet. */
const SNIPPET_CONTEXT = 60;

interface IndexedEntry {
  key: number;
  title: string;
  authors: string;
  notes: string;
  arxivId: string;
}

/** The authors part of a byline: written entries separate authors, date and category with " · ". */
function authorsOf(entry: Entry): string {
  return entry.written ? entry.byline.split(' · ')[0] : entry.byline;
}

/** Text around the first place a matched term (or its prefix) appears, from the best field that has one. */
function snippetFor(
  item: IndexedEntry,
  terms: string[],
  fields: string[],
): string {
  const order = ['notes', 'title', 'authors'].filter(f => fields.includes(f));
  for (const field of order) {
    const text = item[field as 'notes' | 'title' | 'authors'];
    const lower = text.toLowerCase();
    for (const term of terms) {
      const at = lower.indexOf(term.toLowerCase());
      if (at < 0) continue;
      const from = Math.max(0, at - SNIPPET_CONTEXT);
      const to = Math.min(text.length, at + term.length + SNIPPET_CONTEXT);
      return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
    }
  }
  const first = item.notes || item.authors;
  return first.length > 2 * SNIPPET_CONTEXT
    ? `${first.slice(0, 2 * SNIPPET_CONTEXT).trim()}…`
    : first;
}

/**
 * Searches the outline's entries. Every word of the query must match (with
 * typos and prefixes allowed) in some field; when no entry has them all, the
 * best partial matches are returned. Title counts most, then authors, then
 * gist and notes; ties go to the newest paper. One hit per paper.
 * @param query the words the user remembers; blank gives no hits
 * @param options limit: most hits returned (default 20)
 */
export function baselineSearchOutline(
  outline: Outline,
  query: string,
  options: {limit?: number} = {},
): SearchHit[] {
  const text = query.slice(0, MAX_QUERY_LENGTH).trim();
  if (!text) return [];
  const entries = entriesOf(outline);
  const items: IndexedEntry[] = entries.map(({entry}, key) => ({
    key,
    title: entry.title,
    authors: authorsOf(entry),
    notes: entry.notes.join('\n'),
    arxivId: entry.id,
  }));
  const index = new MiniSearch<IndexedEntry>({
    idField: 'key',
    fields: ['title', 'authors', 'notes', 'arxivId'],
    searchOptions: {
      boost: {title: 3, authors: 2, arxivId: 3},
      fuzzy: term => (term.length >= 4 ? 0.2 : false),
      prefix: term => term.length >= 2,
      // A word being typed ("transfor") is more likely the start of the word
      // meant ("transformer") than a typo of another ("transfer").
      weights: {prefix: 0.6, fuzzy: 0.3},
    },
    // Accents folded, so "Ångström" is found by "angstrom".
    processTerm: term =>
      term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase(),
    // An id like 2111.11432 stays one token; decimals too.
    tokenize: (s, field) =>
      field === 'arxivId'
        ? [s]
        : s.split(/[^\p{L}\p{N}.]+|\.(?!\p{N})/u).filter(Boolean),
  });
  index.addAll(items);
  let results = index.search(text, {combineWith: 'AND'});
  if (!results.length) results = index.search(text, {combineWith: 'OR'});
  const hits = results.map(result => {
    const {entry, section} = entries[result.id as number];
    const item = items[result.id as number];
    const fields = Array.from(new Set(Object.values(result.match).flat()));
    return {
      id: entry.id,
      title: entry.title,
      section,
      authors: item.authors,
      snippet: snippetFor(item, result.terms, fields),
      url: entry.url,
      score: Math.round(result.score * 1000) / 1000,
    };
  });
  hits.sort((a, b) => {
    if (a.score !== b.score) return b.score - a.score;
    const ka = idSortKey(a.id);
    const kb = idSortKey(b.id);
    return ka === kb ? 0 : ka < kb ? 1 : -1;
  });
  return hits.slice(0, options.limit ?? DEFAULT_LIMIT);
}
