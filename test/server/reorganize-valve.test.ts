// The safety valve through the bundle: a settings change that would reorder many entries says how many; a daily plan over the limit waits.
import type {DocJson} from '../../src/core/doc-model';
import type {ReorganizeReport, ScheduleState} from '../../src/core/types';
import giant from '../../samples/giant-doc.json';
import {loadDist} from '../support/dist-bundle';

type Check = {problems: unknown[]; questions: string[]};

describe('the safety valve (bundle)', () => {
  it('checkSettings says how many moves a new sort order would make before it is saved', () => {
    const {env, fns} = loadDist({document: giant as DocJson});
    env.scriptRun(fns, 'reorganize');
    const settings = env.scriptRun(fns, 'getSettings') as {sortOrder: string};
    const same = env.scriptRun(fns, 'checkSettings', settings) as Check;
    expect(same.questions).toEqual([]);
    const check = env.scriptRun(fns, 'checkSettings', {
      ...settings,
      sortOrder: 'title',
    }) as Check;
    expect(check.questions).toEqual([
      expect.stringMatching(
        /^With these settings the next reorganize would make \d+ moves \(0 with the settings now\)\./,
      ),
    ]);
    const moves = Number(/make (\d+) moves/.exec(check.questions[0])![1]);
    expect(moves).toBeGreaterThan(5);
  });

  it('a daily run whose plan moves more than scheduleMaxMoves applies nothing and records the plan for the sidebar', () => {
    const {env, fns} = loadDist({document: giant as DocJson});
    const settings = env.scriptRun(fns, 'getSettings') as object;
    env.scriptRun(fns, 'saveSettings', {...settings, scheduleMaxMoves: 3});
    env.scriptRun(fns, 'setSchedule', {enabled: true, hour: 6});
    const before = env.document.toJSON().body;
    env.timeTrigger(fns, 'scheduledReorganize', {activeDocument: false});
    expect(env.document.toJSON().body).toEqual(before);
    const state = env.scriptRun(fns, 'getSchedule') as ScheduleState;
    const held = state.lastRun as ReorganizeReport;
    expect(held).toMatchObject({held: true, dryRun: true});
    expect(held.message).toMatch(
      /^The daily reorganize changed nothing: its plan makes \d+ moves, more than the 3 you allow/,
    );
    expect(held.planLines?.length).toBeGreaterThan(0);
    // Applied from the sidebar with its token, it is exactly that plan.
    const done = env.scriptRun(fns, 'reorganize', {
      dryRun: false,
      expectPlan: held.planToken,
    }) as ReorganizeReport;
    expect(done).toMatchObject({
      dryRun: false,
      complete: true,
      moves: held.moves,
    });
  });

  it('a daily run within the limit (default 50) applies its plan', () => {
    const {env, fns} = loadDist({document: giant as DocJson});
    env.scriptRun(fns, 'setSchedule', {enabled: true, hour: 6});
    const before = env.document.toJSON().body;
    env.timeTrigger(fns, 'scheduledReorganize', {activeDocument: false});
    expect(env.document.toJSON().body).not.toEqual(before);
  });
});
