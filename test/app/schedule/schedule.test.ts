// The schedule use case over a fake trigger list and an in-memory property store.
import type {TriggerPort} from '../../../src/app/shared/ports';
import {memoryStore} from '../../support/fakes';
import {
  LAST_REPORT_KEY,
  MAX_REPORT_BYTES,
  SCHEDULE_HANDLER,
  fitReport,
  getSchedule,
  readLastReport,
  recordReport,
  setSchedule,
} from '../../../src/app/schedule/schedule';
import type {ReorganizeReport} from '../../../src/core/types';

/** Triggers as Apps Script keeps them for add-ons: one time trigger per document, no more. */
type FakeTrigger = {
  id: string;
  handler: string;
  hour: number;
  timeZone?: string;
};

function fakeTriggers(): TriggerPort & {all: FakeTrigger[]} {
  let next = 1;
  const port = {
    all: [] as FakeTrigger[],
    list: () => port.all.map(({id, handler}) => ({id, handler})),
    createDaily: (handler: string, hour: number, timeZone?: string) => {
      if (port.all.length)
        throw new Error(
          'This add-on has created too many time-based triggers.',
        );
      const id = `t${next++}`;
      port.all.push(
        timeZone ? {id, handler, hour, timeZone} : {id, handler, hour},
      );
      return id;
    },
    remove: (id: string) => {
      port.all = port.all.filter(t => t.id !== id);
    },
  };
  return port;
}

function report(overrides: Partial<ReorganizeReport> = {}): ReorganizeReport {
  return {
    dryRun: false,
    complete: true,
    moves: 2,
    sortedSections: ['NLP'],
    mergedSections: [],
    filed: [],
    duplicates: [],
    at: '2026-01-05T06:00:00.000Z',
    ...overrides,
  };
}

describe('setSchedule and getSchedule', () => {
  it('installs one daily trigger, keeps it on a repeat call and replaces it for a new hour', () => {
    const triggers = fakeTriggers();
    const properties = memoryStore();
    expect(
      setSchedule({enabled: true, hour: 7}, {triggers, properties}),
    ).toEqual({enabled: true, hour: 7});
    expect(triggers.all).toEqual([
      {id: 't1', handler: SCHEDULE_HANDLER, hour: 7},
    ]);
    setSchedule({enabled: true, hour: 7}, {triggers, properties});
    expect(triggers.all.map(t => t.id)).toEqual(['t1']);
    setSchedule({enabled: true}, {triggers, properties});
    expect(triggers.all.map(t => t.id)).toEqual(['t1']);
    setSchedule({enabled: true, hour: 22}, {triggers, properties});
    expect(triggers.all).toEqual([
      {id: 't2', handler: SCHEDULE_HANDLER, hour: 22},
    ]);
    expect(getSchedule({triggers, properties})).toEqual({
      enabled: true,
      hour: 22,
    });
  });

  it('removes the trigger when turned off and remembers the hour', () => {
    const triggers = fakeTriggers();
    const properties = memoryStore();
    setSchedule({enabled: true, hour: 3}, {triggers, properties});
    expect(setSchedule({enabled: false}, {triggers, properties})).toEqual({
      enabled: false,
      hour: 3,
    });
    expect(triggers.all).toEqual([]);
    setSchedule({enabled: true}, {triggers, properties});
    expect(triggers.all).toEqual([
      {id: 't2', handler: SCHEDULE_HANDLER, hour: 3},
    ]);
  });

  it('repairs a lost trigger and reports the schedule off while it is missing', () => {
    const triggers = fakeTriggers();
    const properties = memoryStore();
    setSchedule({enabled: true, hour: 5}, {triggers, properties});
    triggers.all = [];
    expect(getSchedule({triggers, properties}).enabled).toBe(false);
    setSchedule({enabled: true, hour: 5}, {triggers, properties});
    expect(triggers.all).toHaveLength(1);
  });

  it('rejects malformed requests with a readable message and changes nothing', () => {
    const triggers = fakeTriggers();
    const properties = memoryStore();
    for (const bad of [
      null,
      {},
      {enabled: 'yes'},
      {enabled: true, hour: 24},
      {enabled: true, hour: 1.5},
    ]) {
      expect(() => setSchedule(bad as never, {triggers, properties})).toThrow(
        /turned on or off|hour must be/,
      );
    }
    expect(triggers.all).toEqual([]);
    expect(properties.values.size).toBe(0);
  });

  it('shows the last recorded run', () => {
    const triggers = fakeTriggers();
    const properties = memoryStore();
    recordReport(properties, report());
    expect(readLastReport(properties)).toEqual(report());
    expect(getSchedule({triggers, properties})).toEqual({
      enabled: false,
      hour: 6,
      lastRun: report(),
    });
    properties.set(LAST_REPORT_KEY, 'not json');
    expect(readLastReport(properties)).toBeUndefined();
  });
});

describe('fitReport', () => {
  it('keeps a report of 5,000 filed papers under the property size limit, saying what it left out', () => {
    const big = report({
      filed: Array.from({length: 5000}, (_, i) => ({
        id: `2101.${10000 + i}`,
        from: 'Inbox',
        to: 'Natural language processing',
      })),
      duplicates: Array.from({length: 300}, (_, i) => ({
        id: `2001.${10000 + i}`,
        sections: ['NLP', 'RL'],
      })),
    });
    const properties = memoryStore();
    recordReport(properties, big);
    const stored = properties.values.get(LAST_REPORT_KEY)!;
    expect(Buffer.byteLength(stored, 'utf8')).toBeLessThanOrEqual(
      MAX_REPORT_BYTES,
    );
    const back = readLastReport(properties)!;
    expect(back.filed.length).toBeGreaterThan(10);
    expect(back.filed[0]).toEqual(big.filed[0]);
    expect(back.message).toMatch(/Not shown: \d+ more filed papers/);
    expect(
      back.filed.length + Number(/(\d+) more filed/.exec(back.message!)![1]),
    ).toBe(5000);
  });

  it('leaves a small report as it is', () => {
    expect(fitReport(report(), MAX_REPORT_BYTES)).toEqual(report());
  });
});

describe("the schedule in the user's time zone", () => {
  it('sets the trigger in the time zone the sidebar sends, keeps it, and replaces it when the zone changes', () => {
    const triggers = fakeTriggers();
    const properties = memoryStore();
    const deps = {triggers, properties};
    expect(
      setSchedule({enabled: true, hour: 9, timeZone: 'Europe/Paris'}, deps),
    ).toEqual({enabled: true, hour: 9, timeZone: 'Europe/Paris'});
    expect(triggers.all).toEqual([
      {id: 't1', handler: SCHEDULE_HANDLER, hour: 9, timeZone: 'Europe/Paris'},
    ]);
    setSchedule({enabled: true, hour: 9}, deps);
    expect(triggers.all.map(t => t.id)).toEqual(['t1']);
    expect(getSchedule(deps)).toMatchObject({timeZone: 'Europe/Paris'});
    setSchedule(
      {enabled: true, timeZone: 'America/Argentina/Buenos_Aires'},
      deps,
    );
    expect(triggers.all).toEqual([
      {
        id: 't2',
        handler: SCHEDULE_HANDLER,
        hour: 9,
        timeZone: 'America/Argentina/Buenos_Aires',
      },
    ]);
  });

  it('refuses a time zone that is not an IANA name', () => {
    const deps = {triggers: fakeTriggers(), properties: memoryStore()};
    for (const timeZone of ['', 'Paris; drop', '../etc', 'x'.repeat(65)]) {
      expect(() => setSchedule({enabled: true, timeZone}, deps)).toThrow(
        'The time zone must be a name like Europe/Paris.',
      );
    }
    expect(deps.triggers.all).toEqual([]);
  });
});
