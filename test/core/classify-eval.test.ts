// Guards the suggestion quality reported by `npm run eval:suggest`: floors just under today's figures, per corpus, so accuracy and calibration cannot silently regress.
import {
  type Evaluation,
  bestBaseline,
  evaluateAll,
  evaluateOffTopic,
} from '../../scripts/eval-suggest';

/** Floors per corpus (top-1, top-3, most share wrong among suggestions >= 0.8), a little under what eval:suggest prints. */
const FLOORS: Record<string, {top1: number; top3: number; sureWrong: number}> =
  {
    'sample doc (leave-one-out)': {top1: 0.83, top3: 0.95, sureWrong: 0.06},
    'reading lists, all': {top1: 0.63, top3: 0.82, sureWrong: 0.11},
    speech: {top1: 0.84, top3: 0.92, sureWrong: 0.08},
    'headings only (cold start)': {top1: 0.62, top3: 0.95, sureWrong: 0},
    // Top-3 0.80 -> 0.76 (one of 25 papers) when the calibration was refitted for the linear scorer (stop 34):
    // that paper's Inbox now ranks among its three; the refit brought the abstracts list's ECE back under 0.06.
    'hand-written "Title - gist"': {top1: 0.52, top3: 0.76, sureWrong: 0.2},
    'gaussian-splatting, title only': {top1: 0.58, top3: 0.76, sureWrong: 0.19},
    'gaussian-splatting, abstracts': {top1: 0.64, top3: 0.82, sureWrong: 0.1},
  };

describe('section suggestions on every corpus of eval:suggest', () => {
  let results: Evaluation[];
  beforeAll(() => {
    results = evaluateAll();
  });
  const get = (name: string) => {
    const found = results.find(e => e.name === name);
    if (!found) throw new Error(`no corpus named ${name}`);
    return found;
  };

  it('evaluates every corpus, every filed entry of the sample doc outside the Inbox', () => {
    expect(get('sample doc (leave-one-out)').total).toBeGreaterThanOrEqual(250);
    expect(get('reading lists, all').total).toBeGreaterThanOrEqual(600);
    for (const e of results) {
      expect(e.buckets.reduce((n, b) => n + b.count, 0)).toBe(e.total);
    }
  });

  for (const [name, floor] of Object.entries(FLOORS)) {
    it(`${name}: top-1 >= ${floor.top1}, top-3 >= ${floor.top3}, sure and wrong <= ${floor.sureWrong}`, () => {
      const e = get(name);
      expect(e.top1).toBeGreaterThanOrEqual(floor.top1);
      expect(e.top3).toBeGreaterThanOrEqual(floor.top3);
      expect(e.sureWrong).toBeLessThanOrEqual(floor.sureWrong);
    });
  }

  it('beats both baselines on the real reading lists', () => {
    const e = get('reading lists, all');
    expect(e.top1).toBeGreaterThan(e.nearestTop1 * 1.1);
    expect(e.top1).toBeGreaterThan(e.largestTop1 * 1.5);
  });

  it("is ahead of the field's reference baselines (arxiv-sanity's SVM, TF-IDF centroid) on the reading lists and the sample doc", () => {
    for (const name of ['reading lists, all', 'sample doc (leave-one-out)']) {
      const e = get(name);
      expect(e.top1).toBeGreaterThanOrEqual(bestBaseline(e).top1);
    }
  });

  it('is calibrated on the reading lists: expected calibration error under 0.06', () => {
    expect(get('reading lists, all').ece).toBeLessThan(0.06);
  });

  it('with real abstracts: calibrated (ECE under 0.06), no worse than the TF-IDF centroid reading the filed full abstracts', () => {
    const e = get('gaussian-splatting, abstracts');
    expect(e.ece).toBeLessThan(0.06);
    expect(e.top1).toBeGreaterThanOrEqual(bestBaseline(e).top1 - 0.01);
    expect(e.inboxFirst).toBeLessThanOrEqual(10);
  });

  it('sends papers from fields no section covers to the Inbox (at least 7 in 8), naming no digit', () => {
    const off = evaluateOffTopic();
    expect(off.total).toBeGreaterThanOrEqual(30);
    expect(off.inboxFirst / off.total).toBeGreaterThanOrEqual(7 / 8);
    for (const reason of off.reasons) expect(reason).not.toMatch(/share: .*\d/);
    expect(get('sample doc (leave-one-out)').top1).toBeGreaterThanOrEqual(0.82);
  });
});
