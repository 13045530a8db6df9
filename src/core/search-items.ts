// Find's searchable items: each entry's texts per field, folded once, with the field weights and the averages ranking needs; prepared once per index so a keystroke only matches and ranks.
import type {Entry} from './doc-model';
import {entryAuthors} from './outline';
import {entryDate} from './search-dates';
import {isUnspaced} from './search-terms';
import {fold} from './text-words';
import {TAXONOMY_CODES} from './taxonomy-names';
import {taxonomyNameRows} from './taxonomy-names-data';
import type {Paper, SearchMatch} from './types';

/** A field a match can be found in. */
export type Field = SearchMatch['field'];

/**
 * How much a match in each field counts. The doc's own text weighs more than
 * arXiv's: the user wrote the gist, the title is what they see.
 */
export const FIELDS: {
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
export const DOC_FIELDS = 5;

/** One entry as Find reads it. */
export interface Item {
  entry: Entry;
  section: string;
  authors: string;
  /** Original texts per field (index as FIELDS), '' when absent. */
  texts: string[];
  /** Folded texts, same indices. */
  folded: string[];
  /**
   * Every folded field in one string, '\n' between them, when prepared for
   * many queries: a match in any field is a match here too (word starts and
   * ends see '\n' as a string's edge), so an item this does not match has
   * no match in any field. One search does without: joining costs more
   * than it saves once.
   */
  all?: string;
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

/**
 * An outline's items with what every query needs of them, built once by
 * prepareOutline: a keystroke in the sidebar reuses it instead of folding
 * thousands of entries again.
 */
export interface PreparedOutline {
  items: Item[];
  /** Average folded length per field over the items that have it (1 when none). */
  averageLength: number[];
  /** The words of every item's doc fields, for typo neighbours; built on first need. */
  vocabulary(): Set<string>;
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
  joined: boolean,
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
  // arXiv's fields are read as sent, matched case-insensitively: folding
  // 2,500 abstracts would cost more than the whole search may take, and
  // accents there rarely carry the memory (the doc's own fields fold them).
  const folded = texts.map((text, f) =>
    FIELDS[f].from === 'doc' ? fold(text) : text,
  );
  const item: Item = {
    entry,
    section,
    authors,
    texts,
    folded,
    date: entryDate(entry, paper?.published),
  };
  if (joined) item.all = folded.join('\n');
  return item;
}

/** The words of the items' doc fields, for typo neighbours. */
export function docVocabulary(items: Item[]): Set<string> {
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

/** Average folded length per field over the items that have the field. */
export function averageLengths(items: Item[]): number[] {
  return FIELDS.map((_, f) => {
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
}

/**
 * The outline's items, read with the cached papers, ready for any number of
 * queries. The outline and papers are read now: a later change to them
 * needs a new preparation. `many`: the items will answer many queries (the
 * sidebar's keystrokes), so each also gets its fields joined for a quick
 * test that rules most of them out per query.
 */
export function prepareOutline(
  outline: SearchOutline,
  papers: Record<string, SearchPaper> = {},
  many = false,
): PreparedOutline {
  const items = entriesOf(outline).map(({entry, section}) =>
    itemOf(entry, section, papers[entry.id], many),
  );
  let vocabulary: Set<string> | undefined;
  return {
    items,
    averageLength: averageLengths(items),
    vocabulary: () => (vocabulary ??= docVocabulary(items)),
  };
}
