// previewPapers through the built bundle in the emulator, with arXiv replayed from the recorded feeds.
import type {FetchHandler} from '../../emulator';
import type {PreviewResult} from '../../src/core/types';
import {arxivReplay} from '../support/arxiv-replay';
import {loadDist} from '../support/dist-bundle';

const RATE_LIMITED = 'arXiv is rate-limiting requests; try again in a minute.';

function unknownIds(count: number): string[] {
  return Array.from({length: count}, (_, i) => `2601.${90000 + i}`);
}

function setup(handler?: FetchHandler) {
  const replay = arxivReplay();
  const {env, fns} = loadDist({fetch: handler ?? (r => replay.handle(r))});
  const preview = (text: string) =>
    env.scriptRun(fns, 'previewPapers', text) as PreviewResult;
  // arXiv's spacing rule concerns arXiv's requests; unanswered ids then go to Semantic Scholar (preview-sources.test.ts).
  const arxivLog = () =>
    env.fetchLog.filter(r => r.url.startsWith('https://export.arxiv.org/'));
  const gaps = () =>
    arxivLog()
      .slice(1)
      .map((r, i) => r.at - arxivLog()[i].at);
  return {replay, env, preview, gaps, arxivLog};
}

describe('previewPapers (bundle)', () => {
  it('costs one request for 20 ids and reports each one', () => {
    const {replay, env, preview} = setup();
    const found = replay.ids.slice(0, 17);
    const links = [...found, ...unknownIds(3)].map(
      id => `https://arxiv.org/abs/${id}`,
    );
    const result = preview(links.join('\n'));
    expect(env.fetchLog).toHaveLength(1);
    expect(env.fetchLog[0].url).toMatch(
      /^https:\/\/export\.arxiv\.org\/api\/query\?id_list=.*&max_results=20$/,
    );
    expect(result.items.map(i => i.status)).toEqual([
      ...Array(17).fill('ready'),
      'not_found',
      'not_found',
      'not_found',
    ]);
    expect(result.items.map(i => i.id)).toEqual([...found, ...unknownIds(3)]);
    expect(result.items[0].paper?.id).toBe(found[0]);
  });

  it('costs at most 3 requests for 250 ids, never closer than 3 s', () => {
    const {replay, env, preview, gaps} = setup();
    const ids = [...replay.ids, ...unknownIds(250 - replay.ids.length)];
    const result = preview(ids.join(' '));
    expect(env.fetchLog.length).toBeLessThanOrEqual(3);
    for (const gap of gaps()) expect(gap).toBeGreaterThanOrEqual(3000);
    const ready = result.items.filter(i => i.status === 'ready');
    expect(ready).toHaveLength(replay.ids.length);
    expect(result.items).toHaveLength(250);
  });

  it('keeps 3 s between requests across two previewPapers calls, and fetches a paper once', () => {
    const {env, preview, gaps} = setup();
    preview('arXiv:1605.08386');
    preview('arXiv:1707.08567 https://arxiv.org/abs/1605.08386v1');
    preview('1707.08567 1605.08386');
    expect(env.fetchLog).toHaveLength(2);
    expect(env.fetchLog[1].url).toContain('id_list=1707.08567&');
    expect(gaps()[0]).toBeGreaterThanOrEqual(3000);
  });

  it('succeeds after two 429s', () => {
    const replay = arxivReplay();
    let calls = 0;
    const {env, preview, gaps} = setup(r =>
      ++calls <= 2 ? {status: 429, body: 'Rate exceeded.'} : replay.handle(r),
    );
    const result = preview('https://arxiv.org/abs/2104.12255v1');
    expect(env.fetchLog.map(r => r.status)).toEqual([429, 429, 200]);
    expect(result.items[0]).toMatchObject({
      status: 'ready',
      paper: {title: '0'},
    });
    expect(result.message).toBeUndefined();
    for (const gap of gaps()) expect(gap).toBeGreaterThanOrEqual(3000);
  });

  it('ends 429 forever with the plain message within a bounded virtual time', () => {
    const {env, preview, gaps, arxivLog} = setup(() => ({
      status: 429,
      body: 'Rate exceeded.',
    }));
    const start = env.clock.now();
    const result = preview('2104.12255 1605.08386 2313.12345');
    const spent = env.clock.now() - start;
    expect(result.message).toBe(RATE_LIMITED);
    expect(result.items.map(i => i.status)).toEqual([
      'error',
      'error',
      'invalid',
    ]);
    expect(arxivLog().length).toBeLessThanOrEqual(4);
    // The handler throttles Semantic Scholar too: its bounded retries follow.
    expect(env.fetchLog.length - arxivLog().length).toBeLessThanOrEqual(3);
    expect(spent).toBeLessThanOrEqual(60_000);
    for (const gap of gaps()) expect(gap).toBeGreaterThanOrEqual(3000);
  });

  it('ends timeouts with a plain message too', () => {
    const {env, preview, arxivLog} = setup(() => {
      throw new Error('Timeout');
    });
    const result = preview('2104.12255');
    expect(result.message).toBe(
      'arXiv did not answer in time; try again in a minute.',
    );
    expect(result.items[0].status).toBe('error');
    expect(arxivLog().length).toBeLessThanOrEqual(4);
    expect(env.fetchLog.length - arxivLog().length).toBeLessThanOrEqual(3);
  });

  it('decodes the 34 non-ASCII authors through the bundled XML parser', () => {
    const {preview} = setup();
    const paper = preview('arXiv:1707.08567').items[0].paper;
    expect(paper?.authors).toHaveLength(34);
    expect(paper?.authors).toContain('Dirk Wübben');
  });

  it('answers an oversized paste with a message and no request', () => {
    const {env, preview} = setup();
    const result = preview('2104.12255 '.repeat(20000));
    expect(result.items).toEqual([]);
    expect(result.message).toMatch(/paste at most 200 KB/);
    expect(env.fetchLog).toHaveLength(0);
  });
});
