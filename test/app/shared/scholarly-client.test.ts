// ScholarlyClient over a logged HTTP port answered by the scholarly replay: batches, retries within the budget, plain errors, the API key.
import {
  S2_BATCH_LIMIT,
  ScholarlyClient,
} from '../../../src/app/shared/scholarly-client';
import {FakeClock, loggedHttp} from '../../support/arxiv-fakes';
import {
  S2_TOO_MANY_REQUESTS,
  scholarlyReplay,
} from '../../support/scholarly-replay';
import type {ReplayReply} from '../../support/arxiv-replay';

function setup(
  options: {
    s2?: (ids: string[]) => ReplayReply | undefined;
    budgetMs?: number;
    key?: string | null;
    fail?: (url: string) => ReplayReply | 'throw' | undefined;
  } = {},
) {
  const clock = new FakeClock();
  const start = clock.now();
  const replay = scholarlyReplay({s2: options.s2});
  const http = loggedHttp(clock, request => {
    const failure = options.fail?.(request.url);
    if (failure === 'throw') throw new Error('Timeout');
    const reply = failure ?? replay.handle(request);
    return {headers: {}, ...reply};
  });
  const client = new ScholarlyClient({
    http,
    clock,
    fits: ms => clock.now() + ms - start < (options.budgetMs ?? 300000),
    apiKey: () => options.key ?? null,
  });
  return {client, http, clock, replay};
}

describe('ScholarlyClient.batch', () => {
  it('asks for every id in one POST and keeps nulls in place', () => {
    const {client, http} = setup();
    const answer = client.batch([
      'DOI:10.48550/arXiv.2312.07559',
      'DOI:10.9999/unknown',
      'ARXIV:1605.08386',
    ]);
    if ('error' in answer) throw new Error(answer.error);
    expect(http.sent).toHaveLength(1);
    expect(http.sent[0]).toMatchObject({
      method: 'post',
      contentType: 'application/json',
      headers: {},
    });
    expect(http.sent[0].url).toMatch(
      /^https:\/\/api\.semanticscholar\.org\/graph\/v1\/paper\/batch\?fields=title,abstract,authors,/,
    );
    expect(answer.papers[0]?.arxivId).toBe('2312.07559');
    expect(answer.papers[1]).toBeNull();
    expect(answer.papers[2]?.arxivId).toBe('1605.08386');
  });

  it('splits more than 500 ids into requests of at most 500', () => {
    const {client, http} = setup();
    const ids = Array.from({length: 501}, (_, i) => `CorpusId:${i + 1}`);
    const answer = client.batch(ids);
    expect('papers' in answer && answer.papers).toHaveLength(501);
    expect(http.sent).toHaveLength(2);
    const sizes = http.sent.map(
      r => (JSON.parse(r.payload ?? '') as {ids: string[]}).ids.length,
    );
    expect(sizes).toEqual([S2_BATCH_LIMIT, 1]);
  });

  it('sends the user key as x-api-key', () => {
    const {client, http} = setup({key: ' abc '});
    client.batch(['CorpusId:470667']);
    expect(http.sent[0].headers).toEqual({'x-api-key': 'abc'});
  });

  it('retries a 429 (made-up stand-in) and then succeeds', () => {
    let calls = 0;
    const {client, http, clock} = setup({
      s2: () => (++calls <= 1 ? S2_TOO_MANY_REQUESTS : undefined),
    });
    const answer = client.batch(['CorpusId:470667']);
    expect('papers' in answer && answer.papers[0]?.year).toBe(2001);
    expect(http.sent).toHaveLength(2);
    expect(clock.slept).toBe(2000);
  });

  it('gives up after its bounded retries with a plain message', () => {
    const {client, http} = setup({s2: () => S2_TOO_MANY_REQUESTS});
    expect(client.batch(['CorpusId:470667'])).toEqual({
      error:
        'Semantic Scholar is rate-limiting requests; try again in a minute.',
    });
    expect(http.sent).toHaveLength(3);
  });

  it('does not retry when the wait would run past the time budget', () => {
    const {client, http} = setup({
      s2: () => S2_TOO_MANY_REQUESTS,
      budgetMs: 10000,
    });
    expect('error' in client.batch(['CorpusId:470667'])).toBe(true);
    expect(http.sent).toHaveLength(1);
  });

  it.each([
    [
      {status: 503, body: '<html>Service Unavailable</html>'},
      'having trouble (HTTP 503)',
    ],
    ['throw' as const, 'did not answer in time'],
    [{status: 200, body: '<html>Maintenance</html>'}, 'unreadable answer'],
    [
      {
        status: 400,
        body: '{"error":"Unrecognized or unsupported fields: [unknown]"}',
      },
      'Unrecognized or unsupported fields: [unknown] (HTTP 400)',
    ],
  ])('says plainly what went wrong: %j', (failure, said) => {
    const {client} = setup({fail: () => failure});
    const answer = client.batch(['CorpusId:470667']);
    expect(answer).toEqual({error: expect.stringContaining(said) as unknown});
  });

  it('names the key when Semantic Scholar refuses it', () => {
    const {client} = setup({
      key: 'wrong',
      fail: () => ({status: 403, body: '{"message":"Forbidden"}'}),
    });
    expect(client.batch(['CorpusId:1'])).toEqual({
      error: expect.stringContaining('refused your API key') as unknown,
    });
  });
});

describe('ScholarlyClient.crossrefWork and aclPaper', () => {
  it('reads a recorded work and calls an unknown DOI not found', () => {
    const {client, http} = setup();
    expect(client.crossrefWork('10.1038/s42256-024-00832-8')).toMatchObject({
      found: {venue: 'Nature Machine Intelligence'},
    });
    expect(http.sent[0].url).toBe(
      'https://api.crossref.org/works/10.1038/s42256-024-00832-8',
    );
    expect(client.crossrefWork('10.1371/notarealdoi')).toEqual({
      notFound: true,
    });
  });

  it('reads both recorded Anthology pages and a missing one', () => {
    const {client, http} = setup();
    expect(client.aclPaper('2021.naacl-main.208')).toMatchObject({
      found: {title: 'How many data points is a prompt worth?'},
    });
    expect(client.aclPaper('N04-1001')).toMatchObject({found: {year: 2004}});
    expect(http.sent[1].url).toBe('https://aclanthology.org/N04-1001/');
    expect(client.aclPaper('2099.acl-long.1')).toEqual({notFound: true});
  });

  it('calls an HTML page where JSON was due unreadable', () => {
    const {client} = setup({
      fail: () => ({status: 200, body: '<html></html>'}),
    });
    expect(client.crossrefWork('10.1/x')).toEqual({
      error: 'Crossref sent an unreadable answer.',
    });
  });
});
