// Issue 24: "Reorganize now" from the menu finishes a move a killed run left half done, even when the plan is empty.
import fc from 'fast-check';
import {buildDoc, docSpec} from '../support/reorganize-fixtures';
import {LATER_MS, attempt, sweepHarness} from '../support/fault-sweep';

describe('Reorganize now after a killed move (bundle)', () => {
  const h = sweepHarness();

  it("a reorganize killed in one of its last moves, then the menu's Reorganize now: as one clean run", () => {
    const messy = fc
      .sample(docSpec({maxSections: 4}), {seed: 13, numRuns: 40})
      .map(buildDoc)
      .filter(doc => doc.length >= 12);
    // The fault sweep's document: the reorganize moves blocks, a second run leaves it alone.
    const doc = messy.find(d => {
      h.reset(d);
      h.later('menu');
      const once = JSON.stringify(h.body());
      h.later('menu');
      return once !== JSON.stringify(d) && once === JSON.stringify(h.body());
    })!;
    h.reset(doc);
    h.env.calls.reset();
    h.later('menu');
    const expected = h.body();
    const calls = Object.entries(h.env.calls.byMethod())
      .filter(([method]) => method.startsWith('DocumentApp.'))
      .reduce((sum, [, n]) => sum + n, 0);
    const misses: number[] = [];
    // Killed in the last move, the blocks stand twice and the plan made on them was empty: the menu said
    // "The document is already in order" and never finished the move.
    for (let n = calls - 20; n <= calls; n++) {
      h.reset(doc);
      h.env.faults.failAt(n, {service: 'DocumentApp', kill: true});
      attempt(() => h.later('menu'));
      h.env.faults.clear();
      h.env.clock.advance(LATER_MS);
      h.later('menu');
      if (JSON.stringify(h.body()) !== JSON.stringify(expected)) misses.push(n);
    }
    expect(misses).toEqual([]);
  });
});
