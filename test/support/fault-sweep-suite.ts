// The fault sweep's suite (issue 24): an insert, a reorganize, an undo and an apply cut at DocumentApp calls, then runs of every kind.
import fc from 'fast-check';
import {arxivReplay} from './arxiv-replay';
import {buildDoc, docSpec} from './reorganize-fixtures';
import {sweep, sweepHarness, type Miss, type SweepResult} from './fault-sweep';
import {
  INSERT_DOC as DOC,
  INSERT_REQUESTS as REQUESTS,
} from './fault-sweep-docs';

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

/** The swept operations. */
export type SweptOp = 'insert' | 'reorganize' | 'undo' | 'apply';

/**
 * Declares the sweep: each operation cut at up to `most[op]` of its
 * DocumentApp call numbers (Infinity: every one), in both modes, each before
 * each of the four kinds of later run; the figures are printed at the end.
 */
export function faultSweepSuite(
  title: string,
  most: Record<SweptOp, number>,
): void {
  describe(title, () => {
    const h = sweepHarness(handle);
    const results: SweepResult[] = [];
    const record = (result: SweepResult): Miss[] => {
      results.push(result);
      return result.misses;
    };
    const insert = () => h.run('insertPapers', REQUESTS);

    it('an insert', () => {
      arxiv.v3 = false;
      expect(
        record(sweep(h, 'insert', () => h.reset(DOC), insert, most.insert)),
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
            most.reorganize,
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
      const undo = () => h.run('undoLastHaul');
      expect(record(sweep(h, 'undo', setup, undo, most.undo))).toEqual([]);
    });

    it('an apply of version updates', () => {
      const setup = () => {
        arxiv.v3 = false;
        h.reset(DOC);
        insert();
        arxiv.v3 = true;
        h.run('checkVersions');
      };
      const apply = () => h.run('applyVersionUpdates', [HEAT]);
      expect(record(sweep(h, 'apply', setup, apply, most.apply))).toEqual([]);
    });

    afterAll(() => {
      // The figures the issue asks for: fault points swept per operation, trials, and how many ended unlike one clean run.
      const lines = results.map(
        r =>
          `${r.op}: ${r.calls} DocumentApp calls, ${r.points} fault points, ${r.trials} trials, ${r.misses.length} failed`,
      );
      const sum = (f: (r: SweepResult) => number) =>
        results.reduce((n, r) => n + f(r), 0);
      lines.push(
        `fault sweep: ${sum(r => r.points)} fault points, ${sum(r => r.trials)} trials, ${sum(r => r.misses.length)} failed`,
      );
      console.log(lines.join('\n'));
    });
  });
}
