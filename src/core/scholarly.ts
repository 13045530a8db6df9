// Reads Semantic Scholar, Crossref and ACL Anthology answers into one paper shape (pure: no fetching here).
import {absUrl, parseArxivId} from './arxiv-id';
import type {Paper, ScholarlyPaper} from './types';

/** A plain sentence when an answer cannot be read as what was asked. */
export interface Unreadable {
  error: string;
}

/** The fields Paper Haul asks Semantic Scholar for (a short list keeps answers small). */
export const S2_FIELDS = [
  'title',
  'abstract',
  'authors',
  'year',
  'venue',
  'publicationDate',
  'externalIds',
  'journal',
  'url',
];

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.replace(/\s+/g, ' ').trim();
  return trimmed || undefined;
}

const UNPARSED = Symbol('unparsed');

/** The body as JSON, or UNPARSED (an HTML error page or a proxy's text instead of JSON). */
function parseJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return UNPARSED;
  }
}

function arxivIdOf(value: unknown): string | undefined {
  const raw = text(value);
  if (!raw) return undefined;
  const parsed = parseArxivId(raw);
  return 'id' in parsed ? parsed.id : undefined;
}

/** One paper object of Semantic Scholar's Graph API, or null when it is null or has no title. */
export function fromS2Paper(value: unknown): ScholarlyPaper | null {
  if (!isObject(value)) return null;
  const title = text(value.title);
  if (!title) return null;
  const ids = isObject(value.externalIds) ? value.externalIds : {};
  const authors = Array.isArray(value.authors)
    ? value.authors
        .map(a => (isObject(a) ? text(a.name) : undefined))
        .filter((name): name is string => Boolean(name))
    : [];
  const journal = isObject(value.journal)
    ? text(value.journal.name)
    : undefined;
  const paper: ScholarlyPaper = {title, authors};
  const abstract = text(value.abstract);
  if (abstract) paper.abstract = abstract;
  if (typeof value.year === 'number') paper.year = value.year;
  const venue = text(value.venue) ?? journal;
  if (venue) paper.venue = venue;
  const date = text(value.publicationDate);
  if (date) paper.publicationDate = date;
  const doi = text(ids.DOI);
  if (doi) paper.doi = doi.toLowerCase();
  const arxivId = arxivIdOf(ids.ArXiv);
  if (arxivId) paper.arxivId = arxivId;
  const acl = text(ids.ACL);
  if (acl) paper.aclId = acl;
  const s2Id = text(value.paperId);
  if (s2Id) paper.s2Id = s2Id;
  const url = text(value.url);
  if (url) paper.url = url;
  return paper;
}

/** Semantic Scholar's error body (`{"error": ...}` or `{"message": ...}`), if it has one. */
function s2ErrorText(value: unknown): string | undefined {
  if (!isObject(value)) return undefined;
  return text(value.error) ?? text(value.message);
}

/**
 * The answer of `POST /graph/v1/paper/batch`: one paper or null per id asked,
 * in the order asked (null: Semantic Scholar does not know that id).
 */
export function parseS2Batch(
  body: string,
  expected: number,
): (ScholarlyPaper | null)[] | Unreadable {
  const json = parseJson(body);
  if (Array.isArray(json) && json.length === expected) {
    return json.map(fromS2Paper);
  }
  return s2Refusal(json);
}

function s2Refusal(json: unknown): Unreadable {
  const said = s2ErrorText(json);
  return {
    error: said
      ? `Semantic Scholar refused the request: ${said}`
      : 'Semantic Scholar sent an unreadable answer.',
  };
}

/** The answer of `GET /graph/v1/paper/{id}`. */
export function parseS2Paper(body: string): ScholarlyPaper | Unreadable {
  const json = parseJson(body);
  return fromS2Paper(json) ?? s2Refusal(json);
}

/** The answer of `GET /graph/v1/paper/search/match`: the best match, or null when none. */
export function parseS2Match(body: string): ScholarlyPaper | null | Unreadable {
  const json = parseJson(body);
  if (!isObject(json) || !Array.isArray(json.data)) return s2Refusal(json);
  return json.data.length ? fromS2Paper(json.data[0]) : null;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** Decodes the character references of HTML and XML text. */
export function decodeEntities(value: string): string {
  return value.replace(
    /&(#x[\da-f]+|#\d+|[a-z]+);/gi,
    (whole, name: string) => {
      if (name[0] === '#') {
        const code =
          name[1] === 'x' || name[1] === 'X'
            ? parseInt(name.slice(2), 16)
            : parseInt(name.slice(1), 10);
        return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    },
  );
}

/**
 * Crossref's JATS abstract as plain text: the `Abstract` heading dropped,
 * paragraphs kept apart by one blank line, markup removed.
 */
export function jatsToText(jats: string): string {
  const withoutTitle = jats.replace(
    /<jats:title>\s*abstract\s*<\/jats:title>/gi,
    '',
  );
  const paragraphs = withoutTitle
    .split(/<\/?jats:(?:p|sec|title)\b[^>]*>/i)
    .map(part => decodeEntities(part.replace(/<[^>]*>/g, '')))
    .map(part => part.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return paragraphs.join('\n\n');
}

function datePartsOf(value: unknown): number[] | undefined {
  if (!isObject(value) || !Array.isArray(value['date-parts'])) return undefined;
  const first = value['date-parts'][0] as unknown;
  if (!Array.isArray(first)) return undefined;
  const parts = first.filter((n): n is number => typeof n === 'number');
  return parts.length ? parts : undefined;
}

function isoDate(parts: number[]): string {
  const [year, month, day] = parts;
  const pad = (n: number) => String(n).padStart(2, '0');
  let date = String(year);
  if (month) date += `-${pad(month)}`;
  if (month && day) date += `-${pad(day)}`;
  return date;
}

/** The answer of Crossref's `GET /works/{doi}`; its 404 body is the text `Resource not found.`. */
export function parseCrossrefWork(body: string): ScholarlyPaper | Unreadable {
  const json = parseJson(body);
  if (json === UNPARSED) return {error: 'Crossref sent an unreadable answer.'};
  const message =
    isObject(json) && isObject(json.message) ? json.message : null;
  const titles = message && Array.isArray(message.title) ? message.title : [];
  const title = text(titles[0]);
  if (!message || !title) return {error: 'Crossref sent no work.'};
  const authors = Array.isArray(message.author)
    ? message.author
        .map(a =>
          isObject(a)
            ? (text([a.given, a.family].filter(Boolean).join(' ')) ??
              text(a.name))
            : undefined,
        )
        .filter((name): name is string => Boolean(name))
    : [];
  const paper: ScholarlyPaper = {title: decodeEntities(title), authors};
  if (typeof message.abstract === 'string') {
    const abstract = jatsToText(message.abstract);
    if (abstract) paper.abstract = abstract;
  }
  const date =
    datePartsOf(message.issued) ??
    datePartsOf(message.published) ??
    datePartsOf(message['published-print']);
  if (date) {
    paper.year = date[0];
    paper.publicationDate = isoDate(date);
  }
  const containers = Array.isArray(message['container-title'])
    ? message['container-title']
    : [];
  const venue = text(containers[0]);
  if (venue) paper.venue = decodeEntities(venue);
  const doi = text(message.DOI);
  if (doi) {
    paper.doi = doi.toLowerCase();
    paper.url = `https://doi.org/${paper.doi}`;
  }
  return paper;
}

/** Every `<meta name=... content=...>` of a page, in order, quoted or not (the Anthology minifies its pages). */
function metaTags(html: string): {name: string; content: string}[] {
  const tags: {name: string; content: string}[] = [];
  const attr = (tag: string, name: string) => {
    const m = new RegExp(
      `\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>"']+))`,
      'i',
    ).exec(tag);
    return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
  };
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    const name = attr(tag, 'name');
    const content = attr(tag, 'content');
    if (name && content !== undefined) {
      tags.push({name: name.toLowerCase(), content: decodeEntities(content)});
    }
  }
  return tags;
}

/** An ACL Anthology paper page's `citation_*` meta tags. */
export function parseAclPage(
  html: string,
  aclId: string,
): ScholarlyPaper | Unreadable {
  const tags = metaTags(html);
  const first = (name: string) =>
    text(tags.find(t => t.name === name)?.content);
  const title = first('citation_title');
  if (!title) {
    return {error: 'The ACL Anthology page has no paper on it.'};
  }
  const authors = tags
    .filter(t => t.name === 'citation_author')
    .map(t => text(t.content))
    .filter((name): name is string => Boolean(name));
  const paper: ScholarlyPaper = {
    title,
    authors,
    aclId,
    url: `https://aclanthology.org/${aclId}/`,
  };
  const venue =
    first('citation_conference_title') ?? first('citation_journal_title');
  if (venue) paper.venue = venue;
  const date = /^(\d{4})(?:\/(\d{1,2}))?(?:\/(\d{1,2}))?/.exec(
    first('citation_publication_date') ?? '',
  );
  if (date) {
    paper.year = Number(date[1]);
    paper.publicationDate = isoDate(date.slice(1).filter(Boolean).map(Number));
  }
  const doi = first('citation_doi');
  if (doi) paper.doi = doi.toLowerCase();
  return paper;
}

/**
 * A scholarly paper in the shape the cards and the classifier read (Paper):
 * the arXiv id when the service named one, otherwise the caller's key; no
 * categories; the date as far as known.
 */
export function asPaper(paper: ScholarlyPaper, id: string): Paper {
  const date = paper.publicationDate ?? (paper.year ? String(paper.year) : '');
  const isArxiv = paper.arxivId === id;
  const page = isArxiv ? absUrl(id) : (paper.url ?? '');
  const result: Paper = {
    id,
    version: '',
    title: paper.title,
    authors: paper.authors,
    published: date,
    updated: date,
    summary: paper.abstract ?? '',
    primaryCategory: '',
    categories: [],
    absUrl: page,
    pdfUrl: isArxiv ? `https://arxiv.org/pdf/${id}` : '',
  };
  if (paper.venue) result.journalRef = paper.venue;
  if (paper.doi) result.doi = paper.doi;
  return result;
}
