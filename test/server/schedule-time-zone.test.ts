// The daily reorganize runs at the hour the user picked in their own time zone: the trigger is built with inTimezone.
import giant from '../../samples/giant-doc.json';
import type {DocJson} from '../../src/core/doc-model';
import type {ScheduleState} from '../../src/core/types';
import {loadDist} from '../support/dist-bundle';

describe('setSchedule with the user time zone', () => {
  it('builds the daily trigger in that zone and reports it back', () => {
    const {env, fns} = loadDist({document: giant as DocJson});
    const on = env.scriptRun(fns, 'setSchedule', {
      enabled: true,
      hour: 9,
      timeZone: 'Europe/Paris',
    }) as ScheduleState;
    expect(on).toEqual({enabled: true, hour: 9, timeZone: 'Europe/Paris'});
    expect(env.triggers).toEqual([
      expect.objectContaining({
        handler: 'scheduledReorganize',
        atHour: 9,
        timezone: 'Europe/Paris',
      }),
    ]);
    expect(env.scriptRun(fns, 'getSchedule')).toEqual(on);
  });
});
