// The reorganize use case over an in-memory body: dry run, lock, time budget, saving in chunks, resuming.
import {
  BUSY_MESSAGE,
  reorganize,
  type ReorganizeDeps,
} from '../../../src/app/reorganize/reorganize';
import type {ClockPort} from '../../../src/app/shared/ports';
import {FakeLock} from '../../support/fakes';
import type {Block} from '../../../src/core/doc-model';
import {DEFAULT_SETTINGS} from '../../../src/core/settings';
import {
  BLANK,
  StrictDocument,
  heading,
  note,
  writtenHead,
} from '../../support/reorganize-fixtures';

/** A clock whose time only moves when the document is edited. */
function fakeClock(start = Date.UTC(2026, 0, 5, 6)): ClockPort & {ms: number} {
  const clock = {
    ms: start,
    now: () => clock.ms,
    sleep: (ms: number) => {
      clock.ms += ms;
    },
  };
  return clock;
}

function fakeLock(free = true): FakeLock {
  return new FakeLock({free, reentrant: false});
}

/** A body whose every move costs `msPerMove` of the clock's time. */
class SlowDocument extends StrictDocument {
  constructor(
    blocks: Block[],
    private readonly clock: {ms: number},
    private readonly msPerMove: number,
  ) {
    super(blocks);
  }
  override moveRange(from: number, count: number, before: number): void {
    this.clock.ms += this.msPerMove;
    super.moveRange(from, count, before);
  }
}

/** Twelve entries in the NLP section, oldest first: sorting newest first moves eleven. */
function reversedDoc(): Block[] {
  const blocks: Block[] = [heading('NLP')];
  for (let i = 1; i <= 12; i++) {
    blocks.push(
      writtenHead(`2101.${10000 + i}`, `Paper ${i}`),
      note(`gist ${i}`),
    );
  }
  blocks.push(
    heading('Duplicates'),
    writtenHead('2001.00001', 'Twice'),
    writtenHead('2001.00001', 'Twice'),
    BLANK,
  );
  return blocks;
}

function deps(
  document: StrictDocument,
  overrides: Partial<ReorganizeDeps> = {},
): ReorganizeDeps {
  return {
    document,
    lock: fakeLock(),
    clock: fakeClock(),
    settings: DEFAULT_SETTINGS,
    ...overrides,
  };
}

describe('reorganize (use case)', () => {
  it('reports a dry run without changing the document or taking the lock', () => {
    const document = new StrictDocument(reversedDoc());
    const before = JSON.stringify(document.blocks);
    const lock = fakeLock();
    const report = reorganize({dryRun: true}, deps(document, {lock}));
    expect(report).toMatchObject({
      dryRun: true,
      complete: true,
      sortedSections: ['NLP'],
    });
    expect(report.moves).toBeGreaterThan(5);
    expect(report.duplicates).toEqual([
      {id: '2001.00001', sections: ['Duplicates', 'Duplicates']},
    ]);
    expect(JSON.stringify(document.blocks)).toBe(before);
    expect(document.calls.moveRange).toBeUndefined();
    expect(lock.releases).toBe(0);
  });

  it('applies the plan under the lock, saves, releases, and finds nothing left to do', () => {
    const document = new StrictDocument(reversedDoc());
    const lock = fakeLock();
    const dry = reorganize({dryRun: true}, deps(document, {lock}));
    const report = reorganize({}, deps(document, {lock}));
    expect(report).toMatchObject({
      dryRun: false,
      complete: true,
      moves: dry.moves,
    });
    expect(report.at).toBe('2026-01-05T06:00:00.000Z');
    expect(document.calls.moveRange).toBe(dry.moves);
    expect(document.calls.flush).toBe(1);
    expect(lock.held).toBe(false);
    expect(lock.releases).toBe(1);
    expect(reorganize({}, deps(document)).moves).toBe(0);
  });

  it('changes nothing and says so when another run holds the lock', () => {
    const document = new StrictDocument(reversedDoc());
    const before = JSON.stringify(document.blocks);
    const report = reorganize({}, deps(document, {lock: fakeLock(false)}));
    expect(report).toMatchObject({
      complete: false,
      moves: 0,
      message: BUSY_MESSAGE,
    });
    expect(JSON.stringify(document.blocks)).toBe(before);
    expect(document.calls.read).toBeUndefined();
  });

  it('stops between moves at the time budget and the next run ends where an uncut run does', () => {
    const uncut = new StrictDocument(reversedDoc());
    expect(reorganize({}, deps(uncut)).moves).toBe(11);

    const clock = fakeClock();
    const startedAt = clock.ms;
    const document = new SlowDocument(reversedDoc(), clock, 50_000);
    const limits = {budgetMs: 240_000};
    const first = reorganize({}, deps(document, {clock, limits}));
    expect(first.complete).toBe(false);
    // 50 s a move: a fifth would end past the 240 s budget, so it is not started.
    expect(first.moves).toBe(4);
    expect(clock.ms - startedAt).toBe(200_000);
    expect(first.message).toMatch(/Stopped after 4 of 11 moves/);
    const reports = [first];
    while (!reports[reports.length - 1].complete && reports.length < 5) {
      reports.push(reorganize({}, deps(document, {clock, limits})));
    }
    expect(reports.map(r => r.moves)).toEqual([4, 4, 3]);
    expect(document.blocks).toEqual(uncut.blocks);
  });

  it('counts the budget from the start of the execution', () => {
    const clock = fakeClock();
    const document = new StrictDocument(reversedDoc());
    const report = reorganize(
      {},
      deps(document, {clock, startedAt: clock.ms - 335_000}),
    );
    expect(report).toMatchObject({complete: false, moves: 0});
    expect(report.message).toBe(
      "Nothing was changed: this run had no time left before Apps Script's time limit. Run reorganize again.",
    );
  });

  it('saves every so many changed blocks', () => {
    const document = new StrictDocument(reversedDoc());
    const report = reorganize(
      {},
      deps(document, {limits: {flushEveryBlocks: 4}}),
    );
    // Each move carries a head and its gist: two blocks, so a save every second move.
    expect(document.calls.flush).toBe(Math.ceil(report.moves / 2));
  });

  it('reports a failed edit, keeps what was done, and releases the lock', () => {
    class FailingDocument extends StrictDocument {
      override moveRange(from: number, count: number, before: number): void {
        if ((this.calls.moveRange ?? 0) >= 3)
          throw new Error('Too many changes applied before saving document.');
        super.moveRange(from, count, before);
      }
    }
    const document = new FailingDocument(reversedDoc());
    const lock = fakeLock();
    const report = reorganize({}, deps(document, {lock}));
    expect(report.complete).toBe(false);
    expect(report.moves).toBe(3);
    expect(report.message).toMatch(/Stopped after 3 moves: Too many changes/);
    expect(lock.held).toBe(false);
    expect(document.calls.flush).toBe(1);
  });
});
