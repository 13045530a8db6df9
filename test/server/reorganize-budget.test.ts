// Issue 16 item 5 through the bundle: a large document at a realistic call latency is reorganized over several runs, each making progress.
import {buildOutline} from '../../src/core/outline';
import {entryOrder} from '../../src/core/entry-order';
import type {ReorganizeReport} from '../../src/core/types';
import {generateDoc} from '../../samples/generate-doc';
import {loadDist} from '../support/dist-bundle';
import {multiset} from '../support/reorganize-fixtures';
import {summarize} from '../support/memory-document';
import {WITHOUT_DOCS_API} from '../support/manifest';
import {expectSameJson} from '../support/same-json';

/** About the most entries of our format that fit Docs' 1.02 M characters: 2,500 here take 654 K. */
const LARGEST_REALISTIC = 2500;

describe("reorganize of a large document at 6.5 ms a call on DocumentApp's read path (issue 16 item 5)", () => {
  it('finishes over several runs, each making real progress and ending within the limit', () => {
    const doc = generateDoc(LARGEST_REALISTIC, {seed: 3, shuffled: true});
    const {env, fns} = loadDist({
      document: doc,
      callLatencyMs: 6.5,
      manifest: WITHOUT_DOCS_API,
    });
    const before = env.document.toJSON().body;
    const reports: ReorganizeReport[] = [];
    let last: number | undefined;
    while (reports.length < 10) {
      const start = env.clock.now();
      const report = env.scriptRun(fns, 'reorganize') as ReorganizeReport;
      // Each run ends well within Apps Script's 6 minutes (the emulator throws past them).
      expect(env.clock.now() - start).toBeLessThan(6 * 60_000);
      reports.push(report);
      if (report.complete) break;
      expect(report.moves).toBeGreaterThan(0);
      expect(report.message).toMatch(
        new RegExp(`^Stopped after ${report.moves} of \\d+ moves`),
      );
      if (last !== undefined) expect(report.moves).toBeGreaterThan(last / 2);
      last = report.moves;
    }
    expect(reports.length).toBeGreaterThan(2);
    expect(reports[reports.length - 1].complete).toBe(true);
    const after = env.document.toJSON().body;
    expect(multiset(after)).toEqual(multiset(before));
    for (const section of buildOutline(summarize(after)).sections) {
      for (const run of section.runs) {
        for (let i = 1; i < run.entries.length; i++) {
          expect(
            entryOrder(run.entries[i - 1], run.entries[i], 'newest'),
          ).toBeLessThanOrEqual(0);
        }
      }
    }
  });

  it('says plainly, changing nothing, when reading the document leaves no time for a move', () => {
    const doc = generateDoc(LARGEST_REALISTIC, {seed: 3, shuffled: true});
    const {env, fns} = loadDist({
      document: doc,
      callLatencyMs: 7.8,
      manifest: WITHOUT_DOCS_API,
    });
    const before = env.document.toJSON();
    const report = env.scriptRun(fns, 'reorganize') as ReorganizeReport;
    expect(report).toMatchObject({complete: false, moves: 0});
    expect(report.message).toMatch(
      /^Nothing was changed: this document is too large to reorganize within Apps Script's time limit\. Reading it takes \d+ s of the 330 s/,
    );
    expect(report.message).not.toMatch(/continues/);
    expectSameJson(env.document.toJSON(), before);
  });
});
