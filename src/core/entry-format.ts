// Turns a paper, the user's gist and the entry format settings into the styled blocks of one entry.
import type {Block, ColorSpan, LinkRange, Span} from './doc-model';
import {entryPageUrl, hostOfUrl, refOfEntryId} from './paper-identity';
import type {EntryFormat} from './settings';
import type {Paper} from './types';

/** Grey of the abstract line: readable, yet clearly secondary to the user's gist. */
export const ABSTRACT_COLOR = '#666666';

/** A first sentence longer than this is cut at a word and ends with an ellipsis. */
const MAX_SENTENCE_LENGTH = 400;

/** Month abbreviations of an entry's byline date ("Nov 2021"). */
export const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

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

/** `Nov 2021` from an ISO date (UTC, as arXiv stamps it); empty when the date does not parse. */
export function formatMonth(iso: string): string {
  const date = new Date(iso);
  if (isNaN(date.getTime())) return '';
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
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

function block(
  format: EntryFormat,
  text: string,
  nesting: number,
  styles: {
    links?: LinkRange[];
    bold?: Span[];
    italic?: Span[];
    colors?: ColorSpan[];
  } = {},
): Block {
  if (format.style === 'paragraph') return {type: 'paragraph', text, ...styles};
  // Canonical DocJson: nesting 0 and the BULLET glyph are the defaults and left out.
  return nesting === 0
    ? {type: 'listItem', text, ...styles}
    : {type: 'listItem', text, nesting, glyph: 'HOLLOW_BULLET', ...styles};
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
  const headText = parts.length ? `${title} - ${parts.join(' · ')}` : title;
  const titleSpan = {start: 0, end: title.length};
  const blocks: Block[] = [
    block(format, headText, 0, {
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
    const all = {start: 0, end: abstract.length};
    blocks.push(
      block(format, abstract, 1, {
        italic: [all],
        colors: [{...all, color: ABSTRACT_COLOR}],
      }),
    );
  }
  return blocks;
}
