// The schedule's target in user properties: kept for the trigger that is on, dropped with it, settings kept in step.
import type {TriggerPort} from '../../../src/app/shared/ports';
import {memoryStore} from '../../support/fakes';
import {SCHEDULE_HANDLER} from '../../../src/app/schedule/schedule';
import {
  getScheduleWithTarget,
  newerReport,
  readTarget,
  recordTriggerReport,
  refreshTargetSettings,
  setScheduleWithTarget,
} from '../../../src/app/schedule/schedule-target';
import {DEFAULT_SETTINGS} from '../../../src/core/settings';
import type {ReorganizeReport} from '../../../src/core/types';

function fakeTriggers(): TriggerPort & {all: {id: string; handler: string}[]} {
  let next = 1;
  const port = {
    all: [] as {id: string; handler: string}[],
    list: () => [...port.all],
    createDaily: (handler: string) => {
      const id = `uid-${next++}`;
      port.all.push({id, handler});
      return id;
    },
    remove: (id: string) => {
      port.all = port.all.filter(t => t.id !== id);
    },
  };
  return port;
}

const report = (at: string, moves: number): ReorganizeReport => ({
  dryRun: false,
  complete: true,
  moves,
  sortedSections: [],
  mergedSections: [],
  filed: [],
  duplicates: [],
  at,
});

function setup() {
  const deps = {
    triggers: fakeTriggers(),
    properties: memoryStore(),
    userProperties: memoryStore(),
    target: () => ({
      documentId: 'doc1',
      tabId: 't.2',
      settings: {...DEFAULT_SETTINGS, sortOrder: 'title' as const},
    }),
  };
  return deps;
}

describe('the schedule target', () => {
  it('is stored under the new trigger’s id, replaced with a new hour and dropped when turned off', () => {
    const deps = setup();
    setScheduleWithTarget({enabled: true, hour: 6}, deps);
    const [first] = deps.triggers.all;
    expect(first.handler).toBe(SCHEDULE_HANDLER);
    expect(readTarget(deps.userProperties, first.id)).toEqual(deps.target());

    setScheduleWithTarget({enabled: true, hour: 9}, deps);
    const [second] = deps.triggers.all;
    expect(second.id).not.toBe(first.id);
    expect(readTarget(deps.userProperties, first.id)).toBeNull();
    expect(readTarget(deps.userProperties, second.id)).toEqual(deps.target());

    setScheduleWithTarget({enabled: false}, deps);
    expect(readTarget(deps.userProperties, second.id)).toBeNull();
    expect(deps.userProperties.values.size).toBe(0);
  });

  it('takes the settings saved later; without a trigger id or with bad settings there is none', () => {
    const deps = setup();
    setScheduleWithTarget({enabled: true, hour: 6}, deps);
    const [{id}] = deps.triggers.all;
    refreshTargetSettings(deps, {...DEFAULT_SETTINGS, inboxName: 'To read'});
    expect(readTarget(deps.userProperties, id)?.settings.inboxName).toBe(
      'To read',
    );
    expect(readTarget(deps.userProperties, undefined)).toBeNull();
    const key = [...deps.userProperties.values.keys()][0];
    deps.userProperties.set(
      key,
      JSON.stringify({documentId: 'doc1', settings: {sectionLevel: 99}}),
    );
    expect(readTarget(deps.userProperties, id)).toBeNull();
  });

  it('getSchedule gives a schedule that is on but has no target (an older version’s) its target', () => {
    const deps = setup();
    setScheduleWithTarget({enabled: true, hour: 6}, deps);
    const [{id}] = deps.triggers.all;
    deps.userProperties.values.clear();
    expect(getScheduleWithTarget(deps).enabled).toBe(true);
    expect(readTarget(deps.userProperties, id)).toEqual(deps.target());
  });

  it('getSchedule shows the newer of the document’s report and the trigger’s', () => {
    const deps = setup();
    setScheduleWithTarget({enabled: true, hour: 6}, deps);
    const [{id}] = deps.triggers.all;
    recordTriggerReport(
      deps.userProperties,
      id,
      report('2026-12-02T06:00:00Z', 4),
    );
    expect(getScheduleWithTarget(deps).lastRun?.moves).toBe(4);
    expect(
      newerReport(report('2026-12-01T00:00:00Z', 1), undefined)?.moves,
    ).toBe(1);
    expect(
      newerReport(
        report('2026-12-02T00:00:00Z', 2),
        report('2026-12-01T00:00:00Z', 1),
      )?.moves,
    ).toBe(2);
  });
});
