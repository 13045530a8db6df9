// Finds every paper reference in pasted text: arXiv ids (as arxiv-id.ts finds them), DOIs, ACL Anthology and Semantic Scholar links.
import {extractIds, type IdMatch, type InvalidMatch} from './arxiv-id';
import type {PaperRefId} from './types';

/** A reference to a paper not named by an arXiv id, found in text. */
export interface RefMatch extends PaperRefId {
  /** The fragment of the text it came from (a link or a bare DOI). */
  input: string;
  /** Offset of `input` in the text. */
  index: number;
}

/** What a paste names: arXiv ids exactly as extractIds finds them, and the other references. */
export interface PaperRefs {
  ids: IdMatch[];
  invalid: InvalidMatch[];
  refs: RefMatch[];
}

const URL_HEAD = '(?:https?://)?(?:www\\.)?';
/** The Anthology's ids: new (`2021.naacl-main.208`) and old (`N04-1001`). */
const ACL_ID = '\\d{4}\\.[a-z\\d]+-[a-z\\d]+\\.\\d+|[A-Z]\\d{2}-\\d{4}';
const ACL_LINK = new RegExp(
  `${URL_HEAD}(?:aclanthology\\.org|aclweb\\.org/anthology)/(?:anthology/)?(${ACL_ID})(?:v\\d+)?(?:\\.pdf|\\.bib)?/?`,
  'gi',
);
const S2_LINK = new RegExp(
  `${URL_HEAD}(?:api\\.)?semanticscholar\\.org/(?:paper/|graph/v1/paper/)(?:[^\\s/?#]+/)?([0-9a-f]{40})\\b/?`,
  'gi',
);
/** A DOI (registrant prefix, slash, suffix), with or without its resolver link or `doi:` label. */
const DOI = new RegExp(
  `(?:${URL_HEAD}(?:dx\\.)?doi\\.org/|doi:\\s?)?(10\\.\\d{4,9}/[^\\s"'<>]+)`,
  'gi',
);

/** Strips what ends a sentence or a bracketed aside but is not part of a DOI. */
function trimDoi(doi: string): string {
  let trimmed = doi.replace(/[.,;:!?]+$/, '');
  while (/[)\]]$/.test(trimmed)) {
    const close = trimmed.slice(-1);
    const open = close === ')' ? '(' : '[';
    if (trimmed.split(open).length >= trimmed.split(close).length) break;
    trimmed = trimmed.slice(0, -1).replace(/[.,;:!?]+$/, '');
  }
  return trimmed;
}

/** Every match of a global pattern (ES2019 has no matchAll). */
function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  const re = new RegExp(pattern.source, 'gi');
  for (let m = re.exec(text); m; m = re.exec(text)) found.push(m);
  return found;
}

function overlaps(
  taken: {index: number; input: string}[],
  index: number,
  length: number,
): boolean {
  return taken.some(
    t => index < t.index + t.input.length && t.index < index + length,
  );
}

/**
 * Every paper reference in `text`: arXiv ids and look-alikes exactly as
 * extractIds gives them (so arXiv's own DOIs `10.48550/arXiv.*` are arXiv
 * ids), then ACL Anthology links, Semantic Scholar paper links and DOIs that
 * are not part of any of those, each once, in first-seen order. An ACL
 * Anthology DOI (`10.18653/v1/...`) stays a DOI. Never throws.
 */
export function findPaperRefs(text: string): PaperRefs {
  const {ids, invalid} = extractIds(text);
  const taken: {index: number; input: string}[] = [...ids, ...invalid];
  const refs: RefMatch[] = [];
  const seen = new Set<string>();
  const add = (ref: RefMatch) => {
    if (overlaps(taken, ref.index, ref.input.length)) return;
    taken.push(ref);
    const key = `${ref.kind}:${ref.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    refs.push(ref);
  };
  for (const m of allMatches(ACL_LINK, text)) {
    add({kind: 'acl', id: m[1], input: m[0], index: m.index});
  }
  for (const m of allMatches(S2_LINK, text)) {
    const id = m[1].toLowerCase();
    add({kind: 's2', id, input: m[0], index: m.index});
  }
  for (const m of allMatches(DOI, text)) {
    const doi = trimDoi(m[1]);
    if (/^10\.48550\/arxiv\./i.test(doi)) continue;
    const input = m[0].slice(0, m[0].length - m[1].length) + doi;
    add({kind: 'doi', id: doi.toLowerCase(), input, index: m.index});
  }
  refs.sort((a, b) => a.index - b.index);
  return {ids, invalid, refs};
}

/** The id Semantic Scholar's Graph API takes for a reference (`DOI:...`, `ACL:...`, a paper id). */
export function s2IdOf(ref: PaperRefId): string {
  if (ref.kind === 'doi') return `DOI:${ref.id}`;
  if (ref.kind === 'acl') return `ACL:${ref.id}`;
  return ref.id;
}

/** The paper's own page for a reference: the DOI resolver, the Anthology page, the Semantic Scholar page. */
export function refUrl(ref: PaperRefId): string {
  if (ref.kind === 'doi') return `https://doi.org/${ref.id}`;
  if (ref.kind === 'acl') return `https://aclanthology.org/${ref.id}/`;
  return `https://www.semanticscholar.org/paper/${ref.id}`;
}
