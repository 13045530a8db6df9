// arXiv's answers read honestly through the built bundle: a 200 "Rate exceeded." is a rate limit, a full page is not "no paper".
import {arxivReplay} from '../support/arxiv-replay';
import {RATE_EXCEEDED_200, ignoringMaxResults} from '../support/arxiv-throttle';
import {loadDist} from '../support/dist-bundle';

const RATE_LIMITED = 'arXiv is rate-limiting requests; try again in a minute.';
const NOT_ANSWERED = 'arXiv did not answer for this id; try again in a minute.';

interface Preview {
  message?: string;
  items: {id?: string; status: string; message?: string}[];
}

describe('previewPapers on arXiv answers that are not a plain feed (bundle)', () => {
  it('takes a 200 "Rate exceeded." as a rate limit: backs off, retries, then says so, and calls no paper missing', () => {
    const {env, fns} = loadDist({fetch: () => RATE_EXCEEDED_200});
    const result = env.scriptRun(
      fns,
      'previewPapers',
      'arXiv:1605.08386 arXiv:2104.12255',
    ) as Preview;
    expect(result.message).toBe(RATE_LIMITED);
    expect(result.items.map(i => [i.status, i.message])).toEqual([
      ['error', RATE_LIMITED],
      ['error', RATE_LIMITED],
    ]);
    // One request and three retries to arXiv, each after the 429 back-off (Semantic Scholar, asked next, is throttled too).
    const arxiv = env.fetchLog.filter(r =>
      r.url.startsWith('https://export.arxiv.org/'),
    );
    expect(arxiv).toHaveLength(4);
    const gaps = arxiv.slice(1).map((r, i) => r.at - arxiv[i].at);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(4000);
  });

  it('leaves the papers a full page did not hold unanswered, then fetches only them on the next preview', () => {
    const replay = arxivReplay();
    const {env, fns} = loadDist({
      fetch: ignoringMaxResults(r => replay.handle(r), 10),
    });
    const ids = replay.ids.slice(0, 20);
    const first = env.scriptRun(
      fns,
      'previewPapers',
      ids.join('\n'),
    ) as Preview;
    const statuses = first.items.map(i => i.status);
    expect(statuses.filter(s => s === 'ready')).toHaveLength(10);
    expect(statuses).not.toContain('not_found');
    for (const item of first.items.filter(i => i.status !== 'ready')) {
      expect(item).toMatchObject({status: 'error', message: NOT_ANSWERED});
    }

    const second = env.scriptRun(
      fns,
      'previewPapers',
      ids.join('\n'),
    ) as Preview;
    expect(second.items.map(i => i.status)).toEqual(Array(20).fill('ready'));
    expect(replay.requests.map(r => r.ids.length)).toEqual([20, 10]);
  });
});
