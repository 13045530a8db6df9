// The entry line's codec: how an entry's head (title - authors · month · category · arXiv:id) and its nested notes are written, and how every reader reads them back.
import type {
  Block,
  BlockSummary,
  ColorSpan,
  Entry,
  LinkRange,
  Span,
} from './doc-model';
import {entryPageUrl} from './paper-identity';
import {TAXONOMY_CODES} from './taxonomy-names';

/** Grey of the abstract line: readable, yet clearly secondary to the user's gist. */
export const ABSTRACT_COLOR = '#666666';

/** Month names, January first: Find reads and says them, the byline writes their first three letters. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Month abbreviations of an entry's byline date ("Nov 2021"). */
export const MONTHS = MONTH_NAMES.map(name => name.slice(0, 3));

/** Between the title and the byline of a head the add-on writes. */
export const TITLE_SEPARATOR = ' - ';

/** Between the parts of a byline the add-on writes. */
export const BYLINE_SEPARATOR = ' · ';

/** A year and month (1-12), as a byline's "Nov 2021" says it. */
export type EntryMonth = NonNullable<Entry['month']>;

/** `Nov 2021` from an ISO date (UTC, as arXiv stamps it); empty when the date does not parse. */
export function formatMonth(iso: string): string {
  const date = new Date(iso);
  if (isNaN(date.getTime())) return '';
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** The head's text: the title, then the byline's parts when there are any. */
export function headText(title: string, parts: string[]): string {
  return parts.length
    ? `${title}${TITLE_SEPARATOR}${parts.join(BYLINE_SEPARATOR)}`
    : title;
}

/**
 * True when a head carries the add-on's own format: the title from the
 * start links to the entry's page, and the byline (if any) follows " - ".
 * @param text the head block's text
 * @param link the head's entry link, null for a visible id
 * @param url that link's URL
 * @param id the entry's id
 */
export function isWrittenHead(
  text: string,
  link: LinkRange | null,
  url: string,
  id: string,
): boolean {
  return (
    link !== null &&
    link.start === 0 &&
    url === entryPageUrl(id) &&
    (text.length <= link.end || text.startsWith(TITLE_SEPARATOR, link.end))
  );
}

/**
 * arXiv category codes as they appear in a byline: `cs.CV`, `math.AG`,
 * `hep-th`, `quant-ph`. Built from the generated taxonomy: any class of an
 * archive that has classes, and each archive that is a category on its own.
 */
const CATEGORY_CODE = (() => {
  const codes = TAXONOMY_CODES;
  const archives = [
    ...new Set(codes.filter(c => c.includes('.')).map(c => c.split('.')[0])),
  ];
  const bare = codes.filter(c => !c.includes('.'));
  return new RegExp(
    `(?:^|[\\s,;·(|])((?:${archives.join('|')})\\.[A-Za-z][A-Za-z-]*|${bare.join('|')})(?=$|[\\s,;·)|])`,
    'g',
  );
})();

/** The arXiv category codes a byline shows, first seen first, each once. */
export function categoriesIn(byline: string): string[] {
  const found: string[] = [];
  const pattern = new RegExp(CATEGORY_CODE.source, 'g');
  for (let match = pattern.exec(byline); match; match = pattern.exec(byline)) {
    if (!found.includes(match[1])) found.push(match[1]);
  }
  return found;
}

/** "Nov 2021", "November 2021": a month and a year as text says them. */
const WRITTEN_MONTH = new RegExp(
  `\\b(${MONTHS.join('|')})[a-z]* ((?:19|20)\\d\\d)\\b`,
  'i',
);

/** The first month and year the text names ("Nov 2021"), or undefined. */
export function monthIn(text: string): EntryMonth | undefined {
  const written = WRITTEN_MONTH.exec(text);
  if (!written) return undefined;
  const abbreviation = written[1].toLowerCase();
  return {
    year: Number(written[2]),
    month: MONTHS.findIndex(m => m.toLowerCase() === abbreviation) + 1,
  };
}

/** "A. Author, B. Author et al." rather than a gist: each comma- or and-separated piece is one to four capitalized words. */
function looksLikeAuthors(text: string): boolean {
  if (/\bet al\.?$/i.test(text.trim())) return true;
  const pieces = text.split(/\s*,\s*|\s+and\s+/).filter(p => p);
  return (
    pieces.length > 0 &&
    pieces.every(p => {
      const names = p.split(/\s+/);
      return names.length <= 4 && names.every(n => /^\p{Lu}/u.test(n));
    })
  );
}

/** A byline part the add-on writes after the authors: a month or year, a category code, an id label. */
function isLaterPart(part: string): boolean {
  return (
    monthIn(part) !== undefined ||
    /^\d{4}$/.test(part) ||
    categoriesIn(part).join() === part ||
    /^[A-Za-z]+:\S+$/.test(part)
  );
}

/**
 * The authors part of a byline, as written ("A. Author, B. Author, et al."),
 * or '' when the byline names none. The add-on's head is "Title - authors ·
 * date · category", but a person's "Title - my gist" looks the same (and
 * counts as written when its link is the entry's page): a part is the
 * authors only in a byline of three parts, or in a written head of two, or
 * when it reads as names; never when it is a month, category or id label.
 * @param byline the head's text after the title
 * @param written whether the head has the add-on's format
 */
export function authorsIn(byline: string, written: boolean): string {
  const parts = byline.replace(/^[\s\-–—:]+/, '').split(/\s+·\s+/);
  const isByline =
    parts.length >= 3 ||
    (written && (parts.length === 2 || looksLikeAuthors(parts[0])));
  return isByline && !isLaterPart(parts[0]) ? parts[0] : '';
}

/**
 * A byline's own words: what a person wrote after the title ("my gist"), or
 * '' when the byline names authors or says only what the add-on writes
 * after them (month, category, id label).
 */
export function ownWordsIn(byline: string, authors: string): string {
  if (authors) return '';
  const text = byline.replace(/^[\s\-–—:]+/, '');
  return text.split(/\s+·\s+/).every(isLaterPart) ? '' : text;
}

/** The names of an authors part: split at commas and "and", "et al." left out. */
export function authorNames(authors: string): string[] {
  return authors
    .split(/\s*,\s*|\s+and\s+/)
    .map(a => a.trim())
    .filter(a => a && !/^et al\.?$/i.test(a));
}

/** What a head's byline says: its authors part, its month (byline, else title), its category codes. */
export function readByline(
  title: string,
  byline: string,
  written: boolean,
): {authors: string; month?: EntryMonth; categories: string[]} {
  const month = monthIn(`${byline} ${title}`);
  return {
    authors: authorsIn(byline, written),
    ...(month ? {month} : {}),
    categories: categoriesIn(byline),
  };
}

/** Bold, italic, colour and link spans of a block the add-on writes. */
export interface BlockStyles {
  links?: LinkRange[];
  bold?: Span[];
  italic?: Span[];
  colors?: ColorSpan[];
}

/** Where a head stands: a list item at a nesting, or a paragraph. */
export interface HeadPlace {
  listItem: boolean;
  nesting: number;
}

/** The place of a head in the document, as the summary reads it. */
export function headPlaceOf(head: BlockSummary): HeadPlace {
  return head.kind === 'listItem'
    ? {listItem: true, nesting: head.nesting ?? 0}
    : {listItem: false, nesting: 0};
}

/**
 * A block at a head's place (nested 0 more levels) or a note under it (1):
 * a list item one level deeper with the hollow glyph, or a plain paragraph
 * under a paragraph head. Canonical DocJson: nesting 0 and the BULLET glyph
 * are the defaults and left out.
 */
export function entryBlock(
  head: HeadPlace,
  depth: 0 | 1,
  text: string,
  styles: BlockStyles = {},
): Block {
  if (!head.listItem) return {type: 'paragraph', text, ...styles};
  const nesting = head.nesting + depth;
  return nesting === 0
    ? {type: 'listItem', text, ...styles}
    : {type: 'listItem', text, nesting, glyph: 'HOLLOW_BULLET', ...styles};
}

/** The styles of a grey italic note: the abstract line, and version watch's update line. */
export function greyNoteStyles(text: string): BlockStyles {
  const all = {start: 0, end: text.length};
  return {italic: [all], colors: [{...all, color: ABSTRACT_COLOR}]};
}

/** What a block of an entry the add-on wrote is: the head, the gist, or the abstract. */
export type BlockRole = 'head' | 'gist' | 'abstract';

/** The role of the k-th block of an entry formatEntry wrote, told by its shape: the abstract is the grey one. */
export function writtenBlockRole(block: Block, k: number): BlockRole {
  if (k === 0) return 'head';
  const grey =
    block.type !== 'table' &&
    (block.colors ?? []).some(c => c.color === ABSTRACT_COLOR);
  return grey ? 'abstract' : 'gist';
}
