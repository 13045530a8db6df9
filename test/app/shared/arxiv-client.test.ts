// The arXiv client over fake ports and the replayed API: batching, matching by id, spacing, retries, cache.
import {
  ArxivClient,
  LAST_REQUEST_KEY,
  RATE_LIMITED,
  TIMED_OUT,
} from '../../../src/app/shared/arxiv-client';
import type {HttpRequest, HttpResponse} from '../../../src/app/shared/ports';
import {FakeClock, MemoryCache, loggedHttp} from '../../support/arxiv-fakes';
import {MemoryStore} from '../../support/fakes';
import {arxivReplay} from '../../support/arxiv-replay';
import {parseXml} from '../../../src/core/atom-xml';

type Handler = (request: HttpRequest) => HttpResponse & {latencyMs?: number};

function setup(handler?: Handler, spacing = new MemoryStore()) {
  const replay = arxivReplay();
  const clock = new FakeClock();
  const cache = new MemoryCache(clock);
  const http = loggedHttp(
    clock,
    handler ?? (r => ({headers: {}, ...replay.handle(r)})),
  );
  const deps = {http, clock, cache, spacing, xml: {parse: parseXml}};
  return {
    replay,
    clock,
    cache,
    http,
    spacing,
    deps,
    client: new ArxivClient(deps),
  };
}

/** Gaps between consecutive requests, in virtual ms. */
function gaps(sent: {at: number}[]): number[] {
  return sent.slice(1).map((r, i) => r.at - sent[i].at);
}

/** Well-formed new-style ids arXiv has no paper for. */
function unknownIds(count: number): string[] {
  return Array.from({length: count}, (_, i) => `2601.${String(90000 + i)}`);
}

const ok = (body: string): HttpResponse => ({status: 200, body, headers: {}});
const status = (code: number): HttpResponse => ({
  status: code,
  body: code === 429 ? 'Rate exceeded.' : '<html>Service Unavailable</html>',
  headers: {},
});

describe('ArxivClient.lookup', () => {
  it('fetches 20 ids in one request with max_results 20 and matches results by id', () => {
    const {client, http, replay} = setup();
    const ids = [...replay.ids.slice(0, 15), ...unknownIds(5)];
    const result = client.lookup(ids);
    expect(http.sent).toHaveLength(1);
    expect(http.sent[0].method).toBe('get');
    expect(http.sent[0].url).toBe(
      `https://export.arxiv.org/api/query?id_list=${ids.join(',')}&start=0&max_results=20`,
    );
    expect(Object.keys(result.papers).sort()).toEqual(ids.slice(0, 15).sort());
    for (const id of ids.slice(0, 15)) expect(result.papers[id].id).toBe(id);
    expect(result.missing).toEqual(unknownIds(5));
    expect(result.error).toBeUndefined();
  });

  it('fetches 250 ids in 3 requests of 100, 100 and 50, at least 3 s apart', () => {
    const {client, http, replay} = setup();
    const ids = [...replay.ids, ...unknownIds(250 - replay.ids.length)];
    expect(ids).toHaveLength(250);
    const result = client.lookup(ids);
    expect(http.sent).toHaveLength(3);
    expect(replay.requests.map(r => r.ids.length)).toEqual([100, 100, 50]);
    expect(replay.requests.map(r => r.maxResults)).toEqual([100, 100, 50]);
    for (const gap of gaps(http.sent)) expect(gap).toBeGreaterThanOrEqual(3000);
    for (const r of http.sent) expect(r.url.length).toBeLessThanOrEqual(2048);
    expect(Object.keys(result.papers)).toHaveLength(replay.ids.length);
    expect(result.missing).toHaveLength(250 - replay.ids.length);
  });

  it('sends a batch as a POST form when its GET URL would pass UrlFetch limits', () => {
    const {deps, http, replay} = setup();
    const ids = [...replay.ids, ...unknownIds(200 - replay.ids.length)];
    const result = new ArxivClient(deps, {batchSize: 200}).lookup(ids);
    expect(http.sent).toHaveLength(1);
    expect(http.sent[0]).toMatchObject({
      method: 'post',
      url: 'https://export.arxiv.org/api/query',
      contentType: 'application/x-www-form-urlencoded',
      payload: `id_list=${ids.join(',')}&start=0&max_results=200`,
    });
    expect(Object.keys(result.papers)).toHaveLength(replay.ids.length);
  });

  it('keeps 3 s from the last request of an earlier execution', () => {
    const spacing = new MemoryStore();
    const first = setup(undefined, spacing);
    first.client.lookup(['1605.08386']);
    const second = setup(undefined, spacing);
    second.clock.time = first.clock.now() + 1000;
    second.client.lookup(['1707.08567']);
    expect(
      second.http.sent[0].at - first.http.sent[0].at,
    ).toBeGreaterThanOrEqual(3000);
    expect(second.clock.slept).toBe(2000);
  });

  it('counts the 3 s from when a slow answer arrived', () => {
    const replay = arxivReplay();
    const {client, http} = setup(r => ({
      headers: {},
      ...replay.handle(r),
      latencyMs: 2500,
    }));
    client.lookup([...replay.ids.slice(0, 100), ...replay.ids.slice(100, 101)]);
    expect(gaps(http.sent)).toEqual([5500]);
  });

  it('never waits more than 3 s for a stamp from a clock in the future', () => {
    const {client, clock, spacing} = setup();
    spacing.set(LAST_REQUEST_KEY, String(clock.now() + 3_600_000));
    client.lookup(['1605.08386']);
    expect(clock.slept).toBe(3000);
  });

  it('succeeds after two 429s, backing off between attempts', () => {
    const replay = arxivReplay();
    let calls = 0;
    const {client, http} = setup(r =>
      ++calls <= 2 ? status(429) : {headers: {}, ...replay.handle(r)},
    );
    const result = client.lookup(['2104.12255']);
    expect(http.sent).toHaveLength(3);
    expect(result.error).toBeUndefined();
    expect(result.papers['2104.12255'].title).toBe('0');
    for (const gap of gaps(http.sent)) expect(gap).toBeGreaterThanOrEqual(3000);
  });

  it('gives up on 429 forever with the plain message, within a bounded time', () => {
    const {client, http, clock} = setup(() => status(429));
    const start = clock.now();
    const result = client.lookup(['2104.12255', '1605.08386']);
    expect(result).toEqual({papers: {}, missing: [], error: RATE_LIMITED});
    expect(http.sent).toHaveLength(4);
    expect(clock.now() - start).toBeLessThanOrEqual(60_000);
    for (const gap of gaps(http.sent)) expect(gap).toBeGreaterThanOrEqual(3000);
  });

  it('retries 5xx and says so plainly', () => {
    const {client, http} = setup(() => status(503));
    const result = client.lookup(['2104.12255']);
    expect(http.sent).toHaveLength(4);
    expect(result.error).toBe(
      'arXiv is having trouble (HTTP 503); try again in a minute.',
    );
  });

  it('treats a request that gets no answer like a 5xx', () => {
    const {client, http} = setup(() => {
      throw new Error('Timeout: https://export.arxiv.org/api/query');
    });
    expect(client.lookup(['2104.12255'])).toEqual({
      papers: {},
      missing: [],
      error: TIMED_OUT,
    });
    expect(http.sent).toHaveLength(4);
  });

  it('recovers when a timeout is followed by an answer', () => {
    const replay = arxivReplay();
    let calls = 0;
    const {client} = setup(r => {
      if (++calls === 1) throw new Error('Timeout');
      return {headers: {}, ...replay.handle(r)};
    });
    expect(Object.keys(client.lookup(['1605.08386']).papers)).toEqual([
      '1605.08386',
    ]);
  });

  it("reports arXiv's error feed without retrying, whatever its status", () => {
    const {client, http} = setup();
    const result = client.lookup(['abc']);
    expect(http.sent).toHaveLength(1);
    expect(result).toEqual({
      papers: {},
      missing: [],
      error: 'arXiv reported an error: incorrect id format for abc.',
    });
  });

  it('reports other refusals without retrying', () => {
    const {client, http} = setup(() => ({status: 414, body: '', headers: {}}));
    expect(client.lookup(['1605.08386']).error).toBe(
      'arXiv refused the request (HTTP 414).',
    );
    expect(http.sent).toHaveLength(1);
  });

  it('reports a 403 HTML error page as a refusal, not as a broken feed (issue 16 item 8)', () => {
    const page =
      '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>403 Forbidden</title></head><body><h1>Access denied</h1></body></html>';
    const {client, http} = setup(() => ({
      status: 403,
      body: page,
      headers: {'Content-Type': 'text/html'},
    }));
    expect(client.lookup(['1605.08386']).error).toBe(
      'arXiv refused the request (HTTP 403).',
    );
    expect(http.sent).toHaveLength(1);
  });

  it('retries an unreadable 200 and then says so', () => {
    // A feed cut off mid-way ("Rate exceeded." is a rate limit: arxiv-client-honest.test.ts).
    const {client, http} = setup(() =>
      ok(
        '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/abs/1605.08386v1',
      ),
    );
    expect(client.lookup(['1605.08386']).error).toBe(
      'arXiv sent an unreadable answer; try again in a minute.',
    );
    expect(http.sent).toHaveLength(4);
  });

  it('reports nothing as missing when a later batch fails, and keeps what earlier batches found', () => {
    const replay = arxivReplay();
    let calls = 0;
    const {client} = setup(r =>
      ++calls === 1 ? {headers: {}, ...replay.handle(r)} : status(429),
    );
    const ids = [...replay.ids.slice(0, 100), '2601.99999'];
    const result = client.lookup(ids);
    expect(result.error).toBe(RATE_LIMITED);
    expect(result.missing).toEqual([]);
    expect(Object.keys(result.papers)).toHaveLength(100);
  });

  it('decodes non-ASCII names', () => {
    const {client} = setup();
    const paper = client.lookup(['1707.08567']).papers['1707.08567'];
    expect(paper.authors).toHaveLength(34);
    expect(paper.authors).toContain('Dirk Wübben');
  });

  it('serves a second lookup from the cache, for the maximum expiry', () => {
    const {client, http, cache} = setup();
    const first = client.lookup(['1605.08386', '2104.12255', '2601.99999']);
    const second = client.lookup(['2104.12255', '1605.08386']);
    expect(http.sent).toHaveLength(1);
    expect(second.papers).toEqual({
      '1605.08386': first.papers['1605.08386'],
      '2104.12255': first.papers['2104.12255'],
    });
    const expiries = [...cache.items.values()].map(i => i.expiresAt);
    expect(expiries).toHaveLength(2);
    for (const at of expiries) expect(at).toBe(http.sent[0].at + 21600 * 1000);
  });

  it('asks arXiv only for what the cache lacks, and still works when the cache fails', () => {
    const {client, http, cache} = setup();
    client.lookup(['1605.08386']);
    client.lookup(['1605.08386', '2104.12255']);
    expect(http.sent[1].url).toContain('id_list=2104.12255&');
    const broken = () => {
      throw new Error('Service invoked too many times: cache');
    };
    cache.getAll = broken;
    cache.putAll = broken;
    const result = client.lookup(['1605.08386']);
    expect(Object.keys(result.papers)).toEqual(['1605.08386']);
    expect(http.sent).toHaveLength(3);
  });

  it('makes no request for an empty or fully cached list', () => {
    const {client, http} = setup();
    expect(client.lookup([])).toEqual({papers: {}, missing: []});
    expect(http.sent).toHaveLength(0);
  });
});
