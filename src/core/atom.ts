// Reads an arXiv API Atom feed (parsed by atom-xml.ts, seen through XmlElementLike) into Paper objects, or the error arXiv reported.
import {absUrl as absPageUrl, parseArxivId} from './arxiv-id';
import {isArxivCategory} from './categories';
import {readableLatex} from './latex-text';
import type {Paper} from './types';
import type {XmlElementLike} from './xml-element';

const ATOM = 'http://www.w3.org/2005/Atom';
const ARXIV = 'http://arxiv.org/schemas/atom';
const OPENSEARCH = 'http://a9.com/-/spec/opensearch/1.1/';

/** Finds an element's children by name and namespace, indexed once since an entry's fields are each looked up by name. */
type Children = (name: string, namespace: string) => XmlElementLike[];

function childIndex(parent: XmlElementLike): Children {
  const byKey = new Map<string, XmlElementLike[]>();
  for (const child of parent.children()) {
    const key = `${child.namespace()} ${child.name()}`;
    const list = byKey.get(key);
    if (list) list.push(child);
    else byKey.set(key, [child]);
  }
  return (name, namespace) => byKey.get(`${namespace} ${name}`) ?? [];
}

/** The collapsed text of the first such child, or undefined when it is absent or blank. */
function childText(
  children: Children,
  name: string,
  namespace: string,
): string | undefined {
  const child = children(name, namespace)[0];
  const text = child ? collapse(child.text()) : '';
  return text === '' ? undefined : text;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** arXiv's links were `http` before 2025 and are `https` now: one form for all feeds. */
function https(url: string): string {
  return url.replace(/^http:\/\/arxiv\.org\//i, 'https://arxiv.org/');
}

/**
 * The abstract and PDF links. Read from rel/title/type when present; the
 * migration-day feeds lost those attributes, so then by the href's path, and
 * failing that derived from the id, in the shape arXiv's own links have.
 */
function links(
  children: Children,
  versioned: string,
): {absUrl: string; pdfUrl: string} {
  let absUrl: string | undefined;
  let pdfUrl: string | undefined;
  for (const link of children('link', ATOM)) {
    const href = link.attr('href');
    if (!href) continue;
    const rel = link.attr('rel');
    const isPdf =
      link.attr('title') === 'pdf' ||
      link.attr('type') === 'application/pdf' ||
      (rel === null && /arxiv\.org\/pdf\//i.test(href));
    const isAbs =
      rel === 'alternate' || (rel === null && /arxiv\.org\/abs\//i.test(href));
    if (isPdf && pdfUrl === undefined) pdfUrl = https(href);
    else if (isAbs && absUrl === undefined) absUrl = https(href);
  }
  return {
    absUrl: absUrl ?? absPageUrl(versioned),
    pdfUrl: pdfUrl ?? `https://arxiv.org/pdf/${versioned}`,
  };
}

function parseEntry(children: Children): Paper | null {
  const entryId = childText(children, 'id', ATOM);
  // The legacy backend sent an empty <entry> for each unknown id: nothing to read.
  if (!entryId) return null;
  const abs = /arxiv\.org\/abs\/(.+)$/i.exec(entryId);
  if (!abs) return null;
  const parsed = parseArxivId(abs[1]);
  if ('error' in parsed) return null;
  const version = parsed.version ?? '';
  const versioned = version ? `${parsed.id}v${version}` : parsed.id;

  const terms = children('category', ATOM)
    .map(c => collapse(c.attr('term') ?? ''))
    .filter(term => term !== '');
  const primaryTerm = collapse(
    children('primary_category', ARXIV)[0]?.attr('term') ?? '',
  );
  const arxivTerms = terms.filter(isArxivCategory);
  const primaryCategory = primaryTerm || arxivTerms[0] || '';
  const categories = unique(
    isArxivCategory(primaryCategory)
      ? [primaryCategory, ...arxivTerms]
      : arxivTerms,
  );
  const otherCategories = unique(terms.filter(t => !isArxivCategory(t)));

  const paper: Paper = {
    id: parsed.id,
    version,
    // Titles carry LaTeX ($\omega$, \emph{}); cards and entries show it as text.
    title: readableLatex(childText(children, 'title', ATOM) ?? ''),
    authors: children('author', ATOM)
      .map(author => childText(childIndex(author), 'name', ATOM))
      .filter((name): name is string => name !== undefined),
    published: childText(children, 'published', ATOM) ?? '',
    updated: childText(children, 'updated', ATOM) ?? '',
    summary: childText(children, 'summary', ATOM) ?? '',
    primaryCategory,
    categories,
    ...links(children, versioned),
  };
  if (otherCategories.length) paper.otherCategories = otherCategories;
  const comment = childText(children, 'comment', ARXIV);
  if (comment !== undefined) paper.comment = comment;
  const journalRef = childText(children, 'journal_ref', ARXIV);
  if (journalRef !== undefined) paper.journalRef = journalRef;
  const doi = childText(children, 'doi', ARXIV);
  if (doi !== undefined) paper.doi = doi;
  return paper;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** An opensearch count of the feed, or undefined when absent or not a number. */
function countOf(feed: Children, name: string): number | undefined {
  const text = childText(feed, name, OPENSEARCH);
  const value = text === undefined ? NaN : Number(text);
  return Number.isInteger(value) && value >= 0 ? value : undefined;
}

/**
 * Whether the feed answers for fewer results than it matched: `totalResults`
 * above `startIndex` plus the entries that came. Either the page had room
 * left (legacy-2025-08_nonexistent-1201.56789_totalResults-1-no-entry), or
 * the page is full (`itemsPerPage` entries) and more pages follow, as when
 * arXiv ignores `max_results`. The ids such a feed lacks were not answered,
 * which is not the same as unknown.
 */
function isCutShort(feed: Children, entryCount: number): boolean {
  const total = countOf(feed, 'totalResults');
  if (total === undefined) return false;
  const start = countOf(feed, 'startIndex') ?? 0;
  return total > start + entryCount;
}

/** True when the root element is an Atom feed (an HTML error page is not). */
export function isAtomFeed(root: XmlElementLike): boolean {
  return root.name() === 'feed' && root.namespace() === ATOM;
}

/**
 * The papers of an arXiv API feed, in feed order, or the error arXiv reported
 * (an entry whose id contains `/api/errors#`, whatever the HTTP status).
 * Values stay strings as sent, whitespace collapsed, titles' LaTeX read as
 * text (latex-text.ts); optional fields
 * are omitted when absent. `absUrl`/`pdfUrl` are arXiv's versioned https
 * links (for the version-less page use `absUrl(id)` from arxiv-id).
 * `cutShort` is set when the feed holds fewer entries than its own
 * `totalResults` says, a full page with more to follow included: then a
 * missing id is unanswered, not unknown.
 */
export function parseFeed(
  root: XmlElementLike,
): {papers: Paper[]; cutShort?: boolean} | {error: string} {
  if (!isAtomFeed(root)) {
    return {error: 'arXiv sent something that is not an Atom feed.'};
  }
  const feed = childIndex(root);
  const entries = feed('entry', ATOM).map(childIndex);
  for (const children of entries) {
    const id = childText(children, 'id', ATOM) ?? '';
    if (id.indexOf('/api/errors#') >= 0) {
      const detail =
        childText(children, 'summary', ATOM) ?? id.slice(id.indexOf('#') + 1);
      return {error: `arXiv reported an error: ${detail}.`};
    }
  }
  const papers: Paper[] = [];
  for (const children of entries) {
    const paper = parseEntry(children);
    if (paper) papers.push(paper);
  }
  return isCutShort(feed, entries.length) ? {papers, cutShort: true} : {papers};
}
