// ScriptApp triggers under the add-on rules: one time trigger per user and document, hourly at most, FULL only, never from a trigger.
import {load} from './load';

const SCRIPT = `
function daily(hour) {
  return ScriptApp.newTrigger('scheduledReorganize').timeBased().everyDays(1).atHour(hour).create().getUniqueId();
}
function hourly() { return ScriptApp.newTrigger('scheduledReorganize').timeBased().everyHours(1).create().getUniqueId(); }
function everyMinute() { return ScriptApp.newTrigger('tick').timeBased().everyMinutes(5).create(); }
function noSchedule() { return ScriptApp.newTrigger('tick').timeBased().create(); }
function list() {
  return ScriptApp.getProjectTriggers().map(function (t) {
    return [t.getHandlerFunction(), String(t.getEventType()), t.getUniqueId()];
  });
}
function removeAll() { ScriptApp.getProjectTriggers().forEach(function (t) { ScriptApp.deleteTrigger(t); }); }
function dailyAtSix() { return daily(6); }
function dailyIn(hour, zone) {
  return ScriptApp.newTrigger('scheduledReorganize').timeBased().everyDays(1).atHour(hour).inTimezone(zone).create().getUniqueId();
}
function scheduledReorganize(e) { return daily(3); }
function authModeSeen(e) { return e.authMode === ScriptApp.AuthMode.LIMITED; }
`;

describe('ScriptApp triggers', () => {
  test('ClockTriggerBuilder.inTimezone: the trigger keeps its zone, so its hour is read in it', () => {
    const {env, fns} = load(SCRIPT);
    const id = fns.dailyIn(23, 'Europe/Paris');
    expect(env.triggers).toEqual([
      {
        id,
        handler: 'scheduledReorganize',
        eventType: 'CLOCK',
        everyDays: 1,
        atHour: 23,
        timezone: 'Europe/Paris',
      },
    ]);
  });

  test('a second time-driven trigger throws; after deleting, one can be created again', () => {
    const {env, fns} = load(SCRIPT);
    const id = fns.daily(6);
    expect(fns.list()).toEqual([['scheduledReorganize', 'CLOCK', id]]);
    expect(env.triggers).toEqual([
      {
        id,
        handler: 'scheduledReorganize',
        eventType: 'CLOCK',
        everyDays: 1,
        atHour: 6,
      },
    ]);
    expect(() => fns.hourly()).toThrow(/too many time-based triggers/);
    fns.removeAll();
    expect(fns.list()).toEqual([]);
    expect(fns.hourly()).not.toBe(id);
  });

  test('more often than hourly, or without a recurrence, throws', () => {
    const {env, fns} = load(SCRIPT);
    expect(() => fns.everyMinute()).toThrow(/at most once per hour/);
    expect(() => fns.noSchedule()).toThrow(/no recurrence/);
    expect(env.triggers).toEqual([]);
  });

  test('creating needs FULL and is refused inside a simple or time-driven trigger', () => {
    const {env, fns} = load(SCRIPT);
    expect(() => env.simpleTrigger(fns, 'dailyAtSix', 'LIMITED')).toThrow(
      /ScriptApp.newTrigger in AuthMode.LIMITED/,
    );
    expect(() => env.simpleTrigger(fns, 'dailyAtSix', 'FULL')).toThrow(
      /inside a trigger execution \(simple\)/,
    );
    expect(() => env.timeTrigger(fns, 'scheduledReorganize')).toThrow(
      /inside a trigger execution \(time\)/,
    );
    expect(env.triggers).toEqual([]);
  });

  test('the trigger event carries its AuthMode as ScriptApp.AuthMode', () => {
    const {env, fns} = load(SCRIPT);
    expect(env.simpleTrigger(fns, 'authModeSeen', 'LIMITED')).toBe(true);
  });
});
