// Reads an entry's head block on its own: the id it heads an entry with, its title and byline, and what the byline says (entry-line's codec).
import {absUrl, findArxivIdInUrl, parseArxivId} from './arxiv-id';
import type {BlockSummary, LinkRange} from './doc-model';
import {
  BYLINE_SEPARATOR,
  isWrittenHead,
  readByline,
  TITLE_SEPARATOR,
  type EntryMonth,
} from './entry-line';
import {hostOfUrl, refIdOfPageUrl} from './paper-identity';

/** The id a head block heads an entry with, the URL it was read from, and its link (null for a visible id). */
export interface HeadId {
  id: string;
  url: string;
  link: LinkRange | null;
}

/** A visible `arXiv:2111.11432` label (hand-written entries without a link). */
const VISIBLE_ID =
  /\barXiv:\s*(\d{4}\.\d{4,5}(?:v\d+)?|[a-z]+(?:-[a-z]+)?(?:\.[A-Z]{2})?\/\d{7}(?:v\d+)?)(?![\w.])/i;

/** Link texts that name the link rather than the paper; the title is then the text around them. */
const NOT_A_TITLE =
  /^(?:\[?(?:pdf|abs|link|paper|arxiv|html)\]?|https?:\/\/\S*|www\.\S*|arxiv\.org\S*|(?:arxiv:\s*)?[\w.-]*\d{4}\.?\d{3,5}(?:v\d+)?)$/i;

/** Separators trimmed from both ends of a title or byline. */
const EDGE_SEPARATORS = /^[\s\-–—:·,|]+|[\s\-–—:·,|]+$/g;

/**
 * A head of a paper not on arXiv: its title (the text from the start) links
 * to a DOI resolver, an Anthology or a Semantic Scholar page; or, as the
 * add-on writes a titled link, to any page whose host ends the byline
 * ("Title - Author · ai.stanford.edu"). A link inside running text is not.
 */
function otherEntryIdOf(
  block: BlockSummary,
): {id: string; url: string; link: LinkRange} | null {
  const link = block.links[0];
  if (!link || link.start !== 0 || link.end <= 0) return null;
  const ref = refIdOfPageUrl(link.url);
  if (ref) return {id: ref, url: link.url, link};
  const host = hostOfUrl(link.url);
  const after = block.text.slice(link.end);
  if (!host || !after.startsWith(TITLE_SEPARATOR)) return null;
  const last = after
    .slice(TITLE_SEPARATOR.length)
    .split(BYLINE_SEPARATOR)
    .pop();
  return last === host ? {id: `url:${link.url}`, url: link.url, link} : null;
}

/** The arXiv id a block would head an entry with: its first arXiv link, else a visible `arXiv:` label. */
export function entryIdOf(block: BlockSummary): HeadId | null {
  for (const link of block.links) {
    const id = findArxivIdInUrl(link.url);
    if (id) return {id, url: link.url, link};
  }
  const visible = VISIBLE_ID.exec(block.text);
  const parsed = visible ? parseArxivId(visible[1]) : null;
  if (parsed && 'id' in parsed) {
    return {id: parsed.id, url: absUrl(parsed.id), link: null};
  }
  return otherEntryIdOf(block);
}

/** What an entry's head block says on its own, wherever it stands. */
export interface HeadReading {
  title: string;
  byline: string;
  /** The byline's authors part as written, '' when it names none. */
  authors: string;
  month?: EntryMonth;
  categories: string[];
  written: boolean;
}

/**
 * Remembers what each block says on its own (the arXiv id it would head an
 * entry with; as a head, the entry's title, byline and categories), for
 * callers that outline the same block objects again after moving them, as
 * reorganize does after each phase: parsing every head again was most of
 * each outline. The blocks' kind, text and links must not change meanwhile.
 */
export class BlockReadings {
  private readonly ids = new Map<BlockSummary, ReturnType<typeof entryIdOf>>();
  private readonly heads = new Map<BlockSummary, HeadReading>();

  /** The block's entryIdOf, worked out once. */
  entryId(block: BlockSummary): ReturnType<typeof entryIdOf> {
    let found = this.ids.get(block);
    if (found === undefined) {
      found = entryIdOf(block);
      this.ids.set(block, found);
    }
    return found;
  }

  /** The head's readHead, worked out once; the categories are the caller's own copy. */
  head(block: BlockSummary, head: HeadId): HeadReading {
    let reading = this.heads.get(block);
    if (!reading) {
      reading = readHead(block, head);
      this.heads.set(block, reading);
    }
    return {...reading, categories: reading.categories.slice()};
  }

  /** Lets `copy`, a block with `block`'s kind, text and links (another index), answer from what `block` was read as. */
  carry(block: BlockSummary, copy: BlockSummary): void {
    const id = this.ids.get(block);
    if (id !== undefined) this.ids.set(copy, id);
    const reading = this.heads.get(block);
    if (reading) this.heads.set(copy, reading);
  }
}

/** Title and byline of a head: the link text and what follows, or the text around a link that is only a URL or id. */
function titleAndByline(
  text: string,
  link: LinkRange | null,
  label: RegExpExecArray | null,
): {title: string; byline: string} {
  const clean = (s: string) => s.replace(EDGE_SEPARATORS, '');
  const cut =
    link ??
    (label ? {start: label.index, end: label.index + label[0].length} : null);
  if (!cut) return {title: clean(text), byline: ''};
  const inside = text.slice(cut.start, cut.end).trim();
  const before = clean(text.slice(0, cut.start));
  const after = clean(text.slice(cut.end));
  if (link && inside && !NOT_A_TITLE.test(inside)) {
    return {title: clean(inside), byline: after};
  }
  if (before) return {title: before, byline: after};
  const split = after.search(/\s[-–—]\s/);
  return split < 0
    ? {title: after, byline: ''}
    : {title: clean(after.slice(0, split)), byline: clean(after.slice(split))};
}

/** Title, byline, what the byline says and whether the add-on wrote it: what a head says on its own. */
export function readHead(block: BlockSummary, head: HeadId): HeadReading {
  const label = head.link ? null : VISIBLE_ID.exec(block.text);
  const {title, byline} = titleAndByline(block.text, head.link, label);
  const written = isWrittenHead(block.text, head.link, head.url, head.id);
  return {title, byline, ...readByline(title, byline, written), written};
}
