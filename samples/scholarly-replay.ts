// A stand-in for Semantic Scholar, Crossref and the ACL Anthology built from their recorded answers (test/fixtures/scholarly), shared by the tests, the playground and the bench.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The recorded answers (see their SOURCES.md): read from disk, never imported, so tools may use them too. */
export const SCHOLARLY_FIXTURES = path.join(
  __dirname,
  '../test/fixtures/scholarly',
);

/** A request as the emulator's UrlFetchApp hands it to a fetch handler. */
export interface ReplayRequest {
  url: string;
  method?: string;
  payload?: string;
}

/** An answer as a fetch handler gives it back. */
export interface ReplayReply {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

/**
 * MADE UP, no recording exists: Semantic Scholar's 429, from the body quoted
 * in several projects' notes (see test/fixtures/scholarly/SOURCES.md).
 */
export const S2_TOO_MANY_REQUESTS: ReplayReply = {
  status: 429,
  body: '{"message": "Too Many Requests. Please wait and try again or apply for a key for higher rate limits. https://www.semanticscholar.org/product/api#api-key-form", "code": "429"}',
  headers: {'content-type': 'application/json'},
};

export interface ScholarlyReplay {
  /** Answers one request to any of the three hosts: a FetchHandler for the emulator. */
  handle(request: ReplayRequest): ReplayReply;
  /** Whether the request is for one of the three hosts. */
  serves(url: string): boolean;
  /** Requests answered so far, by host, with the ids of each Semantic Scholar batch. */
  requests: {host: string; url: string; ids?: string[]}[];
}

function recordedBatch(read: (file: string) => string): Map<string, unknown> {
  const batch = JSON.parse(
    read('batch_full_fields_with_null.body.json'),
  ) as (Record<string, unknown> | null)[];
  const papers = new Map<string, unknown>();
  // The cassette asked for CorpusId:211530585 (null), CorpusId:470667, 10.2139/ssrn.2250500 and a paper id.
  papers.set('CorpusId:470667', batch[1]);
  papers.set('DOI:10.2139/ssrn.2250500', batch[2]);
  papers.set('0f40b1f08821e22e859c6050916cec3667778613', batch[3]);
  papers.set(
    'DOI:10.48550/arxiv.2312.07559',
    JSON.parse(read('get_paper_DOI_10.48550_arxiv.2312.07559.body.json')),
  );
  papers.set(
    'DOI:10.1038/s42256-024-00832-8',
    JSON.parse(read('get_paper_DOI_10.1038_s42256-024-00832-8.body.json')),
  );
  // The title match's paper (a recorded answer of /search/match), asked for by its paper id.
  const match = (
    JSON.parse(read('search_match_attention_is_all_you_need.body.json')) as {
      data: Record<string, unknown>[];
    }
  ).data[0];
  const attention = {...match};
  delete attention.matchScore;
  papers.set(String(attention.paperId), attention);
  return papers;
}

function tag(entry: string, name: string): string {
  const m = new RegExp(`<${name}[^>]*>([\\s\\S]*?)</${name}>`).exec(entry);
  return m ? m[1].replace(/\s+/g, ' ').trim() : '';
}

/**
 * MADE UP from recorded data: Semantic Scholar's batch element for an arXiv
 * paper of the recorded arXiv feeds, in the recorded element's shape (title,
 * authors, abstract, year, venue "arXiv.org", publicationDate, externalIds).
 */
export function fromArxivEntry(
  id: string,
  entry: string,
): Record<string, unknown> {
  const published = tag(entry, 'published').slice(0, 10);
  const authors = [...entry.matchAll(/<name>([^<]*)<\/name>/g)].map(m => ({
    authorId: null,
    name: m[1].trim(),
  }));
  return {
    paperId: null,
    externalIds: {ArXiv: id, DOI: `10.48550/arXiv.${id}`},
    url: null,
    title: tag(entry, 'title'),
    abstract: tag(entry, 'summary'),
    venue: 'arXiv.org',
    year: Number(published.slice(0, 4)) || null,
    publicationDate: published || null,
    journal: {name: 'ArXiv'},
    authors,
  };
}

const HOSTS = [
  'https://api.semanticscholar.org/',
  'https://api.crossref.org/',
  'https://aclanthology.org/',
];

/**
 * The three services as the recordings answer them: Semantic Scholar's batch
 * (recorded papers, arXiv ids `arxivEntry` has an Atom entry for, in the
 * recorded element's shape, null for anything else),
 * Crossref's works (two recorded works, the recorded 404 text otherwise), the
 * Anthology's two recorded pages (404 otherwise). `s2` overrides Semantic
 * Scholar's answer (e.g. S2_TOO_MANY_REQUESTS) while it returns a reply.
 */
export function scholarlyReplay(
  options: {
    s2?: (ids: string[]) => ReplayReply | undefined;
    /** The Atom entry of an arXiv id, when Semantic Scholar should know the paper (the tests: the recorded feeds; the bench: its synthetic arXiv). */
    arxivEntry?: (id: string) => string | undefined;
    /** Where the recordings are (default SCHOLARLY_FIXTURES). */
    dir?: string;
  } = {},
): ScholarlyReplay {
  const dir = options.dir ?? SCHOLARLY_FIXTURES;
  const read = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
  const recorded = recordedBatch(read);
  const arxivEntry = options.arxivEntry ?? (() => undefined);
  const requests: ScholarlyReplay['requests'] = [];
  const json = {'content-type': 'application/json'};
  const notFound = read('works_10.1371_notarealdoi_404.body.txt');
  const works: Record<string, string> = {
    '10.1038/s42256-024-00832-8': 'works_10.1038_s42256-024-00832-8.body.json',
    '10.1371/journal.pone.0033693':
      'works_10.1371_journal.pone.0033693.body.json',
  };
  const pages: Record<string, string> = {
    '2021.naacl-main.208': 'landing_2021.naacl-main.208.html',
    'N04-1001': 'landing_N04-1001.html',
  };
  const s2Paper = (id: string): unknown => {
    if (recorded.has(id)) return recorded.get(id);
    const doi = /^DOI:(.*)$/i.exec(id);
    if (doi && recorded.has(`DOI:${doi[1].toLowerCase()}`)) {
      return recorded.get(`DOI:${doi[1].toLowerCase()}`);
    }
    const arxivId = /^ARXIV:(.*)$/i.exec(id);
    // A recorded paper whose externalIds name this arXiv id answers for it, as Semantic Scholar would.
    const tied = arxivId
      ? [...recorded.values()].find(
          p =>
            (p as {externalIds?: {ArXiv?: string}} | null)?.externalIds
              ?.ArXiv === arxivId[1],
        )
      : undefined;
    if (tied) return tied;
    const entry = arxivId ? arxivEntry(arxivId[1]) : undefined;
    return arxivId && entry ? fromArxivEntry(arxivId[1], entry) : null;
  };
  return {
    requests,
    serves: url => HOSTS.some(host => url.startsWith(host)),
    handle(request) {
      const url = request.url;
      const host = /^https:\/\/([^/]+)/.exec(url)?.[1] ?? '';
      if (url.startsWith(`${HOSTS[0]}graph/v1/paper/batch`)) {
        let ids: string[] = [];
        try {
          ids = (JSON.parse(request.payload ?? '') as {ids: string[]}).ids;
        } catch {
          return {
            status: 400,
            body: '{"error":"Unacceptable JSON"}',
            headers: json,
          };
        }
        requests.push({host, url, ids});
        const forced = options.s2?.(ids);
        if (forced) return forced;
        return {
          status: 200,
          body: JSON.stringify(ids.map(s2Paper)),
          headers: json,
        };
      }
      requests.push({host, url});
      if (url.startsWith(`${HOSTS[0]}graph/v1/paper/search/match?`)) {
        // The recorded match answers any title about attention (as a fuzzy match would); any other title gets the recorded empty answer.
        const query = /[?&]query=([^&]*)/.exec(url)?.[1] ?? '';
        const title = decodeURIComponent(query.replace(/\+/g, ' '));
        const file = /attention/i.test(title)
          ? 'search_match_attention_is_all_you_need.body.json'
          : 'search_match_empty.body.json';
        return {status: 200, body: read(file), headers: json};
      }
      if (url.startsWith(`${HOSTS[1]}works/`)) {
        const doi = decodeURI(url.slice(`${HOSTS[1]}works/`.length));
        const file = works[doi.toLowerCase()];
        return file
          ? {status: 200, body: read(file), headers: json}
          : {
              status: 404,
              body: notFound,
              headers: {'content-type': 'text/plain'},
            };
      }
      if (url.startsWith(HOSTS[2])) {
        const id = decodeURIComponent(
          url.slice(HOSTS[2].length).replace(/\/$/, ''),
        );
        const file = pages[id];
        return file
          ? {
              status: 200,
              body: read(file),
              headers: {'content-type': 'text/html'},
            }
          : {status: 404, body: '<html><body>Not Found</body></html>'};
      }
      return {status: 404, body: 'Not Found'};
    },
  };
}
