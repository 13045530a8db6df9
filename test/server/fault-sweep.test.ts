// Fault sweep (issue 24): an insert, a reorganize, an undo and an apply cut at DocumentApp calls, then runs of every kind.
import fc from 'fast-check';
import {arxivReplay} from '../support/arxiv-replay';
import {buildDoc, docSpec} from '../support/reorganize-fixtures';
import {sweep, sweepHarness, type Miss} from '../support/fault-sweep';
import {
  INSERT_DOC as DOC,
  INSERT_REQUESTS as REQUESTS,
} from '../support/fault-sweep-docs';

const replay = arxivReplay();
const HEAT = REQUESTS[1].id;

/** Once `v3` is on, 1605.08386 answers as version 3 (version-watch.test.ts's fake). */
const arxiv = {v3: false};
function handle(request: {url: string; method: string; payload?: string}) {
  const reply = replay.handle(request);
  if (!arxiv.v3) return reply;
  return {
    ...reply,
    body: reply.body.replace(
      /<entry>\s*<id>http:\/\/arxiv\.org\/abs\/1605\.08386v1<\/id>[\s\S]*?<\/entry>/,
      entry => entry.replace(/1605\.08386v1/g, '1605.08386v3'),
    ),
  };
}

/** Call numbers swept per operation and mode (each with the four kinds after it). */
const MOST = 12;

describe('fault sweep: cut at a DocumentApp call, then a run of another kind (bundle)', () => {
  const h = sweepHarness(handle);
  const all: Miss[] = [];
  let trials = 0;
  const record = (result: {trials: number; misses: Miss[]}) => {
    trials += result.trials;
    all.push(...result.misses);
    return result.misses;
  };
  const insert = () => h.env.scriptRun(h.fns, 'insertPapers', REQUESTS);

  it('an insert', () => {
    arxiv.v3 = false;
    expect(
      record(sweep(h, 'insert', () => h.reset(DOC), insert, MOST)),
    ).toEqual([]);
  });

  it('a reorganize from the menu', () => {
    const messy = fc
      .sample(docSpec({maxSections: 4}), {seed: 13, numRuns: 40})
      .map(buildDoc)
      .filter(doc => doc.length >= 12);
    // A document the reorganize moves blocks in, and which a second run leaves alone.
    const doc = messy.find(d => {
      h.reset(d);
      h.later('menu');
      const once = JSON.stringify(h.body());
      h.later('menu');
      return once !== JSON.stringify(d) && once === JSON.stringify(h.body());
    })!;
    expect(
      record(
        sweep(
          h,
          'reorganize',
          () => h.reset(doc),
          () => h.later('menu'),
          MOST,
        ),
      ),
    ).toEqual([]);
  });

  it('an undo', () => {
    arxiv.v3 = false;
    const setup = () => {
      h.reset(DOC);
      insert();
    };
    const undo = () => h.env.scriptRun(h.fns, 'undoLastHaul');
    expect(record(sweep(h, 'undo', setup, undo, MOST))).toEqual([]);
  });

  it('an apply of version updates', () => {
    const setup = () => {
      arxiv.v3 = false;
      h.reset(DOC);
      insert();
      arxiv.v3 = true;
      h.env.scriptRun(h.fns, 'checkVersions');
    };
    const apply = () => h.env.scriptRun(h.fns, 'applyVersionUpdates', [HEAT]);
    expect(record(sweep(h, 'apply', setup, apply, MOST))).toEqual([]);
  });

  afterAll(() => {
    // The figures the issue asks for: points swept and how many ended unlike one uninterrupted run.
    console.log(`fault sweep: ${trials} trials, ${all.length} failed`);
  });
});
