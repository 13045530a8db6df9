// A stand-in for export.arxiv.org/api/query built from the recorded feeds and the sample doc's papers: answers any id_list as arXiv would.
import * as fs from 'node:fs';
import * as path from 'node:path';
import {parseArxivId} from '../../src/core/arxiv-id';
import {samplePaperEntries} from './sample-paper-entries';

/** What the replay reads of a request (the emulator's FetchRequest fits). */
export interface ReplayRequest {
  url: string;
  method: string;
  payload?: string;
}

/** Its answer (the emulator's FetchReply fits). */
export interface ReplayReply {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

export interface ArxivReplay {
  /** Answers one request: a FetchHandler for the emulator. */
  handle(request: ReplayRequest): ReplayReply;
  /** Every id the recorded feeds hold, in file order. */
  ids: string[];
  /** Ids answered from the sample doc's own metadata (samples/papers.ts), not recorded. */
  sampleIds: string[];
  /** Whether the replay can answer for this normalized id. */
  holds(id: string): boolean;
  /** Requests answered so far, with the id lists they asked for. */
  requests: {method: string; ids: string[]; maxResults: number}[];
}

const DEFAULT_DIR = path.join(__dirname, '../fixtures/arxiv');
const ENDPOINT = 'https://export.arxiv.org/api/query';

function feed(entries: string[], query: string): string {
  const escaped = query.replace(/&/g, '&amp;');
  return `<?xml version='1.0' encoding='UTF-8'?>
<feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">
  <id>https://arxiv.org/api/replay</id>
  <title>arXiv Query: ${escaped}</title>
  <updated>2026-04-12T22:09:36Z</updated>
  <opensearch:itemsPerPage>${entries.length}</opensearch:itemsPerPage>
  <opensearch:totalResults>${entries.length}</opensearch:totalResults>
  <opensearch:startIndex>0</opensearch:startIndex>
  ${entries.join('\n  ')}
</feed>
`;
}

function errorFeed(badId: string): string {
  const slug = badId.replace(/[^\w.]/g, '_');
  return feed(
    [
      `<entry>
    <id>https://arxiv.org/api/errors#incorrect_id_format_for_${slug}</id>
    <title>Error</title>
    <updated>2026-04-12T22:59:06Z</updated>
    <summary>incorrect id format for ${badId.replace(/[<&]/g, '_')}</summary>
    <author><name>arXiv api core</name></author>
  </entry>`,
    ],
    'error',
  );
}

/** Every paper entry of the recorded feeds by normalized id; the first file (the 2026 shape) wins. */
function loadEntries(dir: string): Map<string, string> {
  const entries = new Map<string, string>();
  const files = fs
    .readdirSync(dir)
    .filter(f => f.endsWith('.xml'))
    .sort();
  for (const file of files) {
    const xml = fs.readFileSync(path.join(dir, file), 'utf8');
    for (const entry of xml.match(/<entry>[\s\S]*?<\/entry>/g) ?? []) {
      const id = /<id>\s*https?:\/\/arxiv\.org\/abs\/([^<\s]+)\s*<\/id>/.exec(
        entry,
      );
      if (!id) continue;
      const parsed = parseArxivId(id[1]);
      if ('id' in parsed && !entries.has(parsed.id)) {
        entries.set(parsed.id, entry);
      }
    }
  }
  return entries;
}

/**
 * A replay of the arXiv API over the recorded feeds, and over the sample
 * doc's papers with the metadata the sample holds. Like arXiv it honours
 * max_results (default 10), leaves unknown ids out, answers a malformed id
 * with the error feed and HTTP 400, and does not keep the request's order
 * (it answers in reverse, so clients must match by id).
 */
export function arxivReplay(dir: string = DEFAULT_DIR): ArxivReplay {
  const entries = loadEntries(dir);
  const ids = [...entries.keys()];
  const sampleIds: string[] = [];
  for (const [id, entry] of samplePaperEntries()) {
    if (entries.has(id)) continue;
    entries.set(id, entry);
    sampleIds.push(id);
  }
  const requests: ArxivReplay['requests'] = [];
  return {
    ids,
    sampleIds,
    holds: id => entries.has(id),
    requests,
    handle(request) {
      const [base, search = ''] = request.url.split('?');
      if (base !== ENDPOINT) return {status: 404, body: 'Not Found'};
      const query =
        request.method.toLowerCase() === 'post'
          ? (request.payload ?? '')
          : search;
      const params = new URLSearchParams(query);
      const ids = (params.get('id_list') ?? '').split(',').filter(Boolean);
      const maxResults = Number(params.get('max_results') ?? '10');
      requests.push({method: request.method.toLowerCase(), ids, maxResults});
      const headers = {'content-type': 'application/atom+xml; charset=utf-8'};
      const bad = ids.find(id => 'error' in parseArxivId(id));
      if (bad !== undefined) {
        return {status: 400, body: errorFeed(bad), headers};
      }
      const found = ids
        .map(id => entries.get((parseArxivId(id) as {id: string}).id))
        .filter((entry): entry is string => entry !== undefined)
        .slice(0, maxResults)
        .reverse();
      return {status: 200, body: feed(found, query), headers};
    },
  };
}

/** What an offline card says for an id the replay does not hold: never "arXiv has no paper". */
export function notRecordedMessage(id: string): string {
  return `${id} is not in the offline recordings: with no network, only recorded papers can be fetched.`;
}

/**
 * Rewords a preview answered by the replay: an id it does not hold is "not
 * in the offline recordings", since arXiv itself was never asked. Items the
 * document already holds (duplicates) keep their wording.
 */
export function offlinePreview<
  R extends {items: {id?: string; status: string; message?: string}[]},
>(result: R, replay: Pick<ArxivReplay, 'holds'>): R {
  for (const item of result.items) {
    if (item.status !== 'not_found' || !item.id) continue;
    if (!replay.holds(item.id)) item.message = notRecordedMessage(item.id);
  }
  return result;
}

const NO_RECORD =
  /arXiv has no record of ((?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:, (?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7}))*)/g;

/** One sentence's "arXiv has no record of A, B" said truthfully offline: the ids the replay lacks are "not in the offline recordings". */
export function offlineSentence(
  text: string,
  replay: Pick<ArxivReplay, 'holds'>,
): string {
  return text.replace(NO_RECORD, (whole, list: string) => {
    const ids = list.split(', ');
    if (ids.some(id => replay.holds(id))) return whole;
    const verb = ids.length === 1 ? 'is' : 'are';
    return `${list} ${verb} not in the offline recordings (with no network, only recorded papers can be fetched)`;
  });
}

/**
 * Rewords any answer the replay served: previews as offlinePreview does, and
 * every other "arXiv has no record of …" (the BibTeX export's header, the
 * version check's note) as offlineSentence does.
 */
export function offlineAnswer(
  name: string,
  value: unknown,
  replay: Pick<ArxivReplay, 'holds'>,
): unknown {
  if (name === 'previewPapers' && value && typeof value === 'object') {
    return offlinePreview(
      value as Parameters<typeof offlinePreview>[0],
      replay,
    );
  }
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return offlineSentence(v, replay);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.entries(v).map(([k, x]) => [k, walk(x)]),
      );
    }
    return v;
  };
  return walk(value);
}
