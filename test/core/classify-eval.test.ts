// Guards the suggestion quality reported by `npm run eval:suggest`: leave-one-out on the sample doc.
import {evaluateLeaveOneOut} from '../../scripts/eval-suggest';

describe('section suggestions on samples/giant-doc.json (leave-one-out)', () => {
  const result = evaluateLeaveOneOut();

  it('evaluates every filed entry outside the Inbox', () => {
    expect(result.total).toBeGreaterThanOrEqual(150);
    expect(result.buckets.reduce((n, b) => n + b.count, 0)).toBe(result.total);
  });

  it('puts the right section first at least 80% of the time', () => {
    expect(result.top1).toBeGreaterThanOrEqual(0.8);
  });

  it('has the right section in the top 3 at least 95% of the time', () => {
    expect(result.top3).toBeGreaterThanOrEqual(0.95);
  });

  it('is calibrated: confident suggestions are right about as often as they say', () => {
    const confident = result.buckets[4];
    expect(confident.count).toBeGreaterThan(result.total / 2);
    expect(
      Math.abs(confident.accuracy - confident.meanConfidence),
    ).toBeLessThan(0.1);
  });
});
