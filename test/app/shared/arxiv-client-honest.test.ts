// The arXiv client reads arXiv's answers honestly: a 200 "Rate exceeded." is a 429, a full page does not mean "no paper".
import {ArxivClient, RATE_LIMITED} from '../../../src/app/shared/arxiv-client';
import type {HttpRequest, HttpResponse} from '../../../src/app/shared/ports';
import {parseXml} from '../../../src/core/atom-xml';
import {FakeClock, MemoryCache, loggedHttp} from '../../support/arxiv-fakes';
import {MemoryStore} from '../../support/fakes';
import {arxivReplay} from '../../support/arxiv-replay';
import {
  RATE_EXCEEDED_200,
  ignoringMaxResults,
} from '../../support/arxiv-throttle';

type Handler = (request: HttpRequest) => HttpResponse;

function setup(handler: Handler) {
  const clock = new FakeClock();
  const http = loggedHttp(clock, handler);
  const client = new ArxivClient({
    http,
    clock,
    cache: new MemoryCache(clock),
    spacing: new MemoryStore(),
    xml: {parse: parseXml},
  });
  return {clock, http, client};
}

function gaps(sent: {at: number}[]): number[] {
  return sent.slice(1).map((r, i) => r.at - sent[i].at);
}

describe('ArxivClient on a 200 "Rate exceeded."', () => {
  const replay = arxivReplay();
  const answer: Handler = r => ({headers: {}, ...replay.handle(r)});

  it('backs off and retries as after a 429, then reads the feed', () => {
    let calls = 0;
    const {client, http} = setup(r =>
      ++calls <= 2 ? {headers: {}, ...RATE_EXCEEDED_200} : answer(r),
    );
    const result = client.lookup(['2104.12255']);
    expect(result.error).toBeUndefined();
    expect(result.papers['2104.12255'].title).toBe('0');
    expect(http.sent).toHaveLength(3);
    // The back-off of a 429 (4 s, then 8 s) on top of the 3 s spacing.
    const [first, second] = gaps(http.sent);
    expect(first).toBeGreaterThanOrEqual(4000);
    expect(second).toBeGreaterThanOrEqual(8000);
  });

  it('gives up with the rate-limit message, as many tries as for a 429, and calls nothing missing', () => {
    const {client, http} = setup(() => ({headers: {}, ...RATE_EXCEEDED_200}));
    expect(client.lookup(['2104.12255', '1605.08386'])).toEqual({
      papers: {},
      missing: [],
      error: RATE_LIMITED,
    });
    expect(http.sent).toHaveLength(4);
  });

  it('reads it so with any status and surrounding whitespace', () => {
    const {client} = setup(() => ({
      status: 503,
      body: '\n  Rate exceeded.\n',
      headers: {},
    }));
    expect(client.lookup(['2104.12255']).error).toBe(RATE_LIMITED);
  });

  it('sends each batch once with retry off, still as a rate limit', () => {
    const {client, http} = setup(() => ({headers: {}, ...RATE_EXCEEDED_200}));
    expect(client.lookup(['2104.12255'], {retry: false}).error).toBe(
      RATE_LIMITED,
    );
    expect(http.sent).toHaveLength(1);
  });
});

describe('ArxivClient on a full page with more pages after it', () => {
  it('leaves the ids not on the page unanswered, never missing, and asks only for them next time', () => {
    const replay = arxivReplay();
    const ids = replay.ids.slice(0, 20);
    const {client, http} = setup(
      ignoringMaxResults(r => ({headers: {}, ...replay.handle(r)}), 10),
    );
    const first = client.lookup(ids);
    expect(first.error).toBeUndefined();
    expect(first.missing).toEqual([]);
    expect(Object.keys(first.papers)).toHaveLength(10);
    expect(http.sent).toHaveLength(1);

    // The ten that came are cached: the next lookup asks for the other ten only.
    const second = client.lookup(ids);
    expect(Object.keys(second.papers).sort()).toEqual([...ids].sort());
    expect(second.missing).toEqual([]);
    expect(replay.requests.map(r => r.ids.length)).toEqual([20, 10]);
  });

  it('still reports unknown ids missing when the page holds all the feed matched', () => {
    const replay = arxivReplay();
    const {client} = setup(
      ignoringMaxResults(r => ({headers: {}, ...replay.handle(r)}), 10),
    );
    const result = client.lookup([...replay.ids.slice(0, 3), '2601.99999']);
    expect(Object.keys(result.papers)).toHaveLength(3);
    expect(result.missing).toEqual(['2601.99999']);
  });
});
