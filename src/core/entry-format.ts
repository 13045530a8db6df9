// Turns a paper, the user's gist and the entry format settings into the styled blocks of one entry.
import type {Block} from './doc-model';
import {
  entryBlock,
  formatMonth,
  greyNoteStyles,
  headText,
  type BlockStyles,
  type HeadPlace,
} from './entry-line';
import {entryPageUrl, hostOfUrl, refOfEntryId} from './paper-identity';
import type {EntryFormat} from './settings';
import type {Paper} from './types';

/** A first sentence longer than this is cut at a word and ends with an ellipsis. */
const MAX_SENTENCE_LENGTH = 400;

/**
 * Words a period follows without ending the sentence. Not "etc.": a capital
 * after it starts a new sentence ("..., etc. By analyzing").
 */
const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'et al',
  'al',
  'vs',
  'cf',
  'fig',
  'figs',
  'eq',
  'eqs',
  'ref',
  'refs',
  'sec',
  'no',
  'approx',
  'resp',
  'dr',
  'prof',
  'mr',
  'ms',
  'st',
  'viz',
]);

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The visible author list: the first `maxAuthors` names then "et al." when
 * there are more (0 shows all).
 */
export function formatAuthors(authors: string[], maxAuthors: number): string {
  const names = authors.map(collapse).filter(Boolean);
  if (maxAuthors > 0 && names.length > maxAuthors) {
    return `${names.slice(0, maxAuthors).join(', ')}, et al.`;
  }
  return names.join(', ');
}

/**
 * The abstract's first sentence. A period ends a sentence only when followed
 * by a space and a capital, digit, quote or bracket, and not after an
 * abbreviation ("e.g.", "et al.") or an initial ("J. Smith"); decimals never
 * qualify. Over-long sentences are cut at a word.
 */
export function firstSentence(abstract: string): string {
  const text = collapse(abstract);
  const boundary = /([.!?])["')\]]?\s+(?=[A-Z0-9"'([$\\])/g;
  let sentence = text;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const before = text.slice(0, match.index);
    const word = /([\w.]*)$/.exec(before)![1].toLowerCase();
    const isAbbreviation =
      match[1] === '.' &&
      (ABBREVIATIONS.has(word) ||
        ABBREVIATIONS.has(word.replace(/^.*\./, '')) ||
        /(?:^|\s)et al$/i.test(before) ||
        /^[a-z]$/.test(word));
    if (!isAbbreviation) {
      sentence = text.slice(0, match.index + match[0].trimEnd().length);
      break;
    }
  }
  if (sentence.length <= MAX_SENTENCE_LENGTH) return sentence;
  const cut = sentence.slice(0, MAX_SENTENCE_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_SENTENCE_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

/** The link an entry's title carries, from its id alone (the outline reads the id back from it). */
function entryUrl(paper: Paper): string {
  return entryPageUrl(paper.id);
}

/** `Jun 2021` from a full or year-month date, `2004` from a year alone. */
function formatVenueDate(date: string): string {
  if (/^\d{4}$/.test(date)) return date;
  return /^\d{4}-\d{2}/.test(date) ? formatMonth(date) : '';
}

/** The byline of a paper not filed by an arXiv id: authors · venue · date · DOI:… (a link's host, always last). */
function otherBylineParts(paper: Paper, format: EntryFormat): string[] {
  const ref = refOfEntryId(paper.id)!;
  const parts: string[] = [];
  const authors = formatAuthors(paper.authors, format.maxAuthors);
  if (authors) parts.push(authors);
  const venue = collapse(paper.journalRef ?? '');
  if (venue) parts.push(venue);
  const date = format.showDate ? formatVenueDate(paper.published) : '';
  if (date) parts.push(date);
  // A link entry always names its host: the outline tells it from a hand-written line by it.
  if (ref.kind === 'url') parts.push(hostOfUrl(ref.id) || ref.id);
  else if (format.showIdLabel && ref.kind !== 's2') {
    parts.push(`${ref.kind.toUpperCase()}:${ref.id}`);
  }
  return parts;
}

/** The head's parts after the title: authors · date · category · arXiv:id. */
function bylineParts(paper: Paper, format: EntryFormat): string[] {
  if (refOfEntryId(paper.id)) return otherBylineParts(paper, format);
  const parts: string[] = [];
  const authors = formatAuthors(paper.authors, format.maxAuthors);
  if (authors) parts.push(authors);
  const month = format.showDate ? formatMonth(paper.published) : '';
  if (month) parts.push(month);
  const category = paper.primaryCategory || paper.categories[0] || '';
  if (format.showCategories && category) parts.push(category);
  if (format.showIdLabel) parts.push(`arXiv:${paper.id}`);
  return parts;
}

/** Where the entry format puts a head: a top-level list item, or a paragraph. */
function headPlace(format: EntryFormat): HeadPlace {
  return {listItem: format.style !== 'paragraph', nesting: 0};
}

function block(
  format: EntryFormat,
  text: string,
  depth: 0 | 1,
  styles: BlockStyles = {},
): Block {
  return entryBlock(headPlace(format), depth, text, styles);
}

/**
 * The blocks of one entry: the head (bold title linked to the abs page, then
 * the byline), the gist, and the abstract (italic, grey) as nested items, or
 * as plain paragraphs in the paragraph style. Offsets are end-exclusive.
 * @param paper the paper as read from arXiv
 * @param gist the user's one-line gist; blank or undefined writes none
 * @param format the entry format settings
 */
export function formatEntry(
  paper: Paper,
  gist: string | undefined,
  format: EntryFormat,
): Block[] {
  const title = collapse(paper.title) || paper.id;
  const parts = bylineParts(paper, format);
  const titleSpan = {start: 0, end: title.length};
  const blocks: Block[] = [
    block(format, headText(title, parts), 0, {
      links: [{...titleSpan, url: entryUrl(paper)}],
      bold: [titleSpan],
    }),
  ];
  const note = collapse(gist ?? '');
  if (note) blocks.push(block(format, note, 1));
  const abstract =
    format.abstract === 'full'
      ? collapse(paper.summary)
      : format.abstract === 'first-sentence'
        ? firstSentence(paper.summary)
        : '';
  if (abstract) {
    blocks.push(block(format, abstract, 1, greyNoteStyles(abstract)));
  }
  return blocks;
}
