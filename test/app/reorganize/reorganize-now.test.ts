// The Reorganize now flow over fakes: shown before applied, applied only on yes, and a stale plan shown again instead of applied.
import {
  KEEPS_CHANGING,
  MAX_STALE_ROUNDS,
  reorganizeNow,
} from '../../../src/app/reorganize/reorganize-now';
import type {ReorganizeReport} from '../../../src/core/types';

function planReport(token: string, lines: string[]): ReorganizeReport {
  return {
    dryRun: true,
    complete: true,
    moves: lines.length,
    sortedSections: ['RL'],
    mergedSections: [],
    filed: [],
    duplicates: [],
    changesNothing: false,
    planToken: token,
    planLines: lines,
  };
}

function flow(reports: ReorganizeReport[], answers: boolean[]) {
  const runs: {dryRun: boolean; expectPlan?: string}[] = [];
  const asked: string[] = [];
  const told: string[] = [];
  reorganizeNow({
    run: options => {
      runs.push(options);
      return reports.shift()!;
    },
    confirm: text => {
      asked.push(text);
      return answers.shift() ?? false;
    },
    tell: text => told.push(text),
  });
  return {runs, asked, told};
}

describe('reorganizeNow', () => {
  it('applies nothing when the user says no', () => {
    const {runs, asked, told} = flow(
      [planReport('t1', ['Sort “RL”: move “A”.'])],
      [false],
    );
    expect(runs).toEqual([{dryRun: true}]);
    expect(asked[0]).toBe(
      'Sort “RL”: move “A”.\nIn all: 1 move.\n\nApply exactly these changes?',
    );
    expect(told).toEqual([]);
  });

  it("applies the shown plan's token on yes", () => {
    const done = {...planReport('t1', []), dryRun: false, planLines: undefined};
    const {runs, told} = flow(
      [planReport('t1', ['Sort “RL”: move “A”.']), done],
      [true],
    );
    expect(runs).toEqual([{dryRun: true}, {dryRun: false, expectPlan: 't1'}]);
    // Short after Yes: the user has just seen the plan.
    expect(told).toEqual(['Moved 0 entries.\nSorted: RL.']);
  });

  it('shows the new plan, saying why, when the document changed, and applies that one on yes', () => {
    const stale: ReorganizeReport = {
      ...planReport('t2', ['Sort “RL”: move “A” and “B”.']),
      stale: true,
      message: 'The document changed since the preview.',
    };
    const done = {...planReport('t2', []), dryRun: false, planLines: undefined};
    const {runs, asked} = flow(
      [planReport('t1', ['Sort “RL”: move “A”.']), stale, done],
      [true, true],
    );
    expect(runs.map(r => r.expectPlan)).toEqual([undefined, 't1', 't2']);
    expect(asked[1]).toMatch(
      /^The document changed since the preview\.\nSort “RL”: move “A” and “B”\./,
    );
  });

  it('tells only, with no question, when the plan changes nothing (applying the empty plan, which finishes a cut write)', () => {
    const tidy = {...planReport('t0', []), changesNothing: true, moves: 0};
    const {runs, asked, told} = flow([tidy, tidy], []);
    expect(asked).toEqual([]);
    expect(told).toEqual([
      'Everything is already in order: nothing would move.\nWould sort: RL.',
    ]);
    expect(runs).toEqual([{dryRun: true}, {dryRun: false, expectPlan: 't0'}]);
  });

  it('asks about the new plan when applying an empty one finished a cut move and the plan changed', () => {
    const tidy = {...planReport('t0', []), changesNothing: true, moves: 0};
    const after = {...planReport('t1', ['Sort “RL”: move “A”.']), stale: true};
    const {asked} = flow([tidy, after, planReport('t1', [])], [true]);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatch(/Sort “RL”: move “A”\./);
  });

  it('gives up without applying when the plan keeps going stale', () => {
    const stale = (t: string) => ({
      ...planReport(t, ['Sort “RL”: move “A”.']),
      stale: true,
      message: 'changed',
    });
    const reports = [planReport('t0', ['x'])];
    for (let i = 1; i <= MAX_STALE_ROUNDS; i++) reports.push(stale(`t${i}`));
    const {runs, told} = flow(
      reports,
      Array<boolean>(MAX_STALE_ROUNDS).fill(true),
    );
    expect(runs.filter(r => !r.dryRun)).toHaveLength(MAX_STALE_ROUNDS);
    expect(told).toEqual([KEEPS_CHANGING]);
  });
});
