// Issue 24, case 3: removals (undo) and replaced lines (version updates) are journaled; a cut one is finished next run.
import type {Block} from '../../src/core/doc-model';
import {arxivReplay} from '../support/arxiv-replay';
import {
  LATER_MS,
  attempt,
  sweepHarness,
  type Kind,
} from '../support/fault-sweep';
import {INSERT_DOC, INSERT_REQUESTS} from '../support/fault-sweep-docs';

const replay = arxivReplay();
const HEAT = INSERT_REQUESTS[1].id;
/** The version arXiv answers for 1605.08386. */
const arxiv = {version: 1};
function handle(request: {url: string; method: string; payload?: string}) {
  const reply = replay.handle(request);
  return {
    ...reply,
    body: reply.body.replace(/1605\.08386v1/g, `1605.08386v${arxiv.version}`),
  };
}
const texts = (body: Block[]) =>
  body.map(b => (b.type === 'table' ? '' : b.text));

describe('journaled removals and replacements (bundle)', () => {
  const h = sweepHarness(handle);
  const insert = () => h.env.scriptRun(h.fns, 'insertPapers', INSERT_REQUESTS);
  const undo = () => h.env.scriptRun(h.fns, 'undoLastHaul');
  /** The second block an undo removes: the entry's title is gone, its gist not yet. */
  const killAtSecondRemoval = () =>
    h.env.faults.failAt(2, {method: 'removeFromParent', restOfExecution: true});

  it.each<Kind>(['trigger', 'second user'])(
    'an undo killed between two blocks of an entry: the %s run finishes the removal; a second undo ends as one clean undo',
    kind => {
      arxiv.version = 1;
      h.reset(INSERT_DOC);
      insert();
      undo();
      h.later(kind);
      const expected = h.body();
      h.reset(INSERT_DOC);
      insert();
      killAtSecondRemoval();
      attempt(undo);
      h.env.faults.clear();
      h.later(kind);
      attempt(undo);
      expect(h.body()).toEqual(expected);
    },
  );

  it('an apply killed between the new "Update:" line and the old one: the trigger leaves one line, a retry replaces it', () => {
    const setup = () => {
      arxiv.version = 1;
      h.reset(INSERT_DOC);
      insert();
      arxiv.version = 3;
      h.env.scriptRun(h.fns, 'checkVersions');
      h.env.scriptRun(h.fns, 'applyVersionUpdates', [HEAT]);
      arxiv.version = 4;
      h.env.scriptRun(h.fns, 'checkVersions');
    };
    const apply = () => h.env.scriptRun(h.fns, 'applyVersionUpdates', [HEAT]);
    setup();
    apply();
    h.later('trigger');
    const expected = h.body();
    const updates = texts(expected).filter(t => /^Update:/.test(t));
    expect(updates).toEqual([expect.stringContaining('v4')]);
    setup();
    // The old line's removal, after the new line is in.
    h.env.faults.failAt(1, {method: 'removeFromParent', restOfExecution: true});
    attempt(apply);
    h.env.faults.clear();
    h.later('trigger');
    attempt(apply);
    expect(h.body()).toEqual(expected);
  });

  it('an undo killed between two blocks of an entry, then "Reorganize now" from the menu (a plan first) and Undo again: one clean undo', () => {
    const run = () => {
      arxiv.version = 1;
      h.reset(INSERT_DOC);
      h.run('insertPapers', INSERT_REQUESTS);
    };
    run();
    h.run('undoLastHaul');
    h.later('menu');
    const expected = h.body();
    run();
    // Killed: nothing after the cut is written, not even the journal's end.
    h.env.faults.failAt(2, {method: 'removeFromParent', kill: true});
    attempt(() => h.run('undoLastHaul'));
    h.env.faults.clear();
    h.env.clock.advance(LATER_MS);
    h.later('menu');
    // The undo finishes the removal it was cut in before it reads, rather than journal over it.
    attempt(() => h.run('undoLastHaul'));
    expect(texts(h.body())).toEqual(texts(expected));
    expect(h.body()).toEqual(expected);
  });

  it('Undo whose getActiveTab fails once still finds its haul in the one tab: it undoes it, and keeps the record until then', () => {
    arxiv.version = 1;
    h.reset(INSERT_DOC);
    h.run('insertPapers', INSERT_REQUESTS);
    h.env.faults.failAt(1, {method: 'getActiveTab'});
    // It was read as "the tab no longer exists", and the record cleared: the haul could never be undone.
    expect(h.run('undoLastHaul')).toMatchObject({
      removed: INSERT_REQUESTS.map(r => r.id),
      kept: [],
    });
    expect(texts(h.body()).slice(0, 6)).toEqual(texts(INSERT_DOC));
  });
});
