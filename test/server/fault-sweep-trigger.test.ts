// Issue 24, case 1: a write the menu or sidebar left half done is finished by the daily trigger (no document properties).
import fc from 'fast-check';
import {arxivReplay} from '../support/arxiv-replay';
import {buildDoc, docSpec} from '../support/reorganize-fixtures';
import {sweep, sweepHarness} from '../support/fault-sweep';
import {INSERT_DOC, INSERT_REQUESTS} from '../support/fault-sweep-docs';

const replay = arxivReplay();

describe('the daily trigger after a cut menu or sidebar write, at every DocumentApp call (bundle)', () => {
  const h = sweepHarness(r => replay.handle(r));

  it('a reorganize from the menu cut mid-move: the trigger finishes the move, no line stands twice', () => {
    const doc = fc
      .sample(docSpec({maxSections: 4}), {seed: 13, numRuns: 40})
      .map(buildDoc)
      .filter(d => d.length >= 12)
      .find(d => {
        h.reset(d);
        h.later('menu');
        return JSON.stringify(h.body()) !== JSON.stringify(d);
      })!;
    const result = sweep(
      h,
      'reorganize',
      () => h.reset(doc),
      () => h.later('menu'),
      30,
      ['trigger'],
    );
    expect(result.trials).toBeGreaterThanOrEqual(50);
    expect(result.misses).toEqual([]);
  });

  it('an insert from the sidebar cut mid-entry: the trigger finishes it (no title line left a heading)', () => {
    const insert = () =>
      h.env.scriptRun(h.fns, 'insertPapers', INSERT_REQUESTS);
    const result = sweep(
      h,
      'insert',
      () => h.reset(INSERT_DOC),
      insert,
      Infinity,
      ['trigger'],
    );
    expect(result.trials).toBeGreaterThan(100);
    expect(result.misses).toEqual([]);
  });
});
