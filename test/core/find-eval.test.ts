// Guards the Find recall reported by `npm run eval:find` on the evaluation doc and query set.
import {evaluateFind} from '../../scripts/eval-find';

describe('find on the evaluation doc (test/fixtures/find-eval)', () => {
  const result = evaluateFind();
  const kind = (name: string) => {
    const found = result.kinds.find(k => k.kind === name);
    if (!found) throw new Error(`no ${name} queries`);
    return found;
  };

  it('asks at least 60 queries of every kind against the sample doc, the recorded feeds and a reading list', () => {
    expect(
      result.kinds.reduce((n, k) => n + k.queries, 0),
    ).toBeGreaterThanOrEqual(60);
    expect(result.kinds.map(k => k.kind).sort()).toEqual([
      'author',
      'date-section',
      'misspelled',
      'paraphrase',
      'remembered',
    ]);
    expect(result.entries).toBeGreaterThan(400);
    expect(result.cached).toBeGreaterThan(100);
  });

  it('finds remembered words in the top 3', () => {
    expect(kind('remembered').current.at3).toBeGreaterThanOrEqual(0.95);
  });
});
