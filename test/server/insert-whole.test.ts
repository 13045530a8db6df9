// Issue 24, case 2: a paper whose write failed twice is made whole before the next paper's place is chosen.
import type {InsertResult} from '../../src/core/types';
import {arxivReplay} from '../support/arxiv-replay';
import {sweepHarness} from '../support/fault-sweep';
import {INSERT_DOC, INSERT_REQUESTS} from '../support/fault-sweep-docs';

const replay = arxivReplay();

describe("two failures in one paper's write (bundle)", () => {
  const h = sweepHarness(r => replay.handle(r));
  const insert = () =>
    h.env.scriptRun(h.fns, 'insertPapers', INSERT_REQUESTS) as InsertResult[];

  it('the paper is finished, reported inserted and in the undo record; the next paper is not split in', () => {
    h.reset(INSERT_DOC);
    insert();
    const clean = h.body();
    h.env.scriptRun(h.fns, 'undoLastHaul');
    const undone = h.body();
    h.reset(INSERT_DOC);
    // The first paper's head: its styling fails, and again when the write is tried once more.
    h.env.faults.failAt(1, {method: 'ListItem.setNestingLevel'});
    h.env.faults.failAt(2, {method: 'ListItem.setNestingLevel'});
    const results = insert();
    expect(results.map(r => r.status)).toEqual([
      'inserted',
      'inserted',
      'inserted',
    ]);
    expect(results[0].message).toMatch(/finished/);
    expect(h.body()).toEqual(clean);
    // All three are in the undo record: undo ends as after a clean haul's undo.
    h.env.scriptRun(h.fns, 'undoLastHaul');
    expect(h.body()).toEqual(undone);
  });
});
