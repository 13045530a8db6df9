// One identity for every paper an entry can hold: an arXiv id, or `doi:`, `acl:`, `s2:` and `url:` keys, and the page each links to.
import {absUrl} from './arxiv-id';
import {findPaperRefs, refUrl} from './paper-ref';
import type {Paper, PaperRefId, ScholarlyPaper} from './types';

/** What a non-arXiv entry id names: a reference, or a link the user titled (a blog post, a repository). */
export type EntryRef = PaperRefId | {kind: 'url'; id: string};

const KEYED = /^(doi|acl|s2|url):(.+)$/;

/**
 * The reference an entry id names, or null for an arXiv id (arXiv ids,
 * old-style ones included, never start with one of these keys).
 */
export function refOfEntryId(id: string): EntryRef | null {
  const m = KEYED.exec(id);
  return m ? ({kind: m[1], id: m[2]} as EntryRef) : null;
}

/** True when the id is an arXiv id: only those may be asked of arXiv. */
export function isArxivEntryId(id: string): boolean {
  return !KEYED.test(id);
}

/** The entry id of a reference: `doi:10.18653/...`, `acl:N04-1001`, `s2:<40 hex>`, `url:<link>`. */
export function entryIdOfRef(ref: EntryRef): string {
  return `${ref.kind}:${ref.id}`;
}

/**
 * The page an entry's title links to, and which the outline reads the id
 * back from: arXiv's abs page, the DOI resolver, the Anthology page, the
 * Semantic Scholar page, or the user's link itself.
 */
export function entryPageUrl(id: string): string {
  const ref = refOfEntryId(id);
  if (!ref) return absUrl(id);
  return ref.kind === 'url' ? ref.id : refUrl(ref);
}

/**
 * The entry id a link to a paper's page stands for (DOI resolver, Anthology
 * page, Semantic Scholar page), or null when the whole link is none of them.
 */
export function refIdOfPageUrl(url: string): string | null {
  const {ids, refs} = findPaperRefs(url);
  if (ids.length || refs.length !== 1) return null;
  const ref = refs[0];
  const whole = url.replace(/\/$/, '');
  if (ref.index !== 0 || ref.input.replace(/\/$/, '') !== whole) return null;
  return entryIdOfRef(ref);
}

/**
 * The one id a paper is filed under, whatever named it: its arXiv id when a
 * service ties it to one, else its DOI, else its Anthology id, else the
 * reference it was asked by. So a DOI and an Anthology link of one paper
 * are found as duplicates of each other.
 */
export function canonicalId(paper: ScholarlyPaper, asked: PaperRefId): string {
  if (paper.arxivId) return paper.arxivId;
  if (paper.doi && !/^10\.48550\/arxiv\./i.test(paper.doi)) {
    return `doi:${paper.doi.toLowerCase()}`;
  }
  if (paper.aclId) return `acl:${paper.aclId}`;
  return entryIdOfRef(asked);
}

/** The host of a link without `www.`, as a link entry's byline names it. */
export function hostOfUrl(url: string): string {
  const m = /^https?:\/\/([^/?#:]+)/i.exec(url);
  return m ? m[1].toLowerCase().replace(/^www\./, '') : '';
}

/** A link the user titled (`url:` id) as a paper: its title and link only, no authors, no abstract, nothing looked up. */
export function titledLinkPaper(id: string, title: string): Paper {
  return {
    id,
    version: '',
    title,
    authors: [],
    published: '',
    updated: '',
    summary: '',
    primaryCategory: '',
    categories: [],
    absUrl: id.slice('url:'.length),
    pdfUrl: '',
  };
}
