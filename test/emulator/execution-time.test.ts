// The virtual clock: Utilities.sleep advances it, and executions stop past 6 minutes (30 s for simple triggers).
import {load} from './load';

const SCRIPT = `
function sleepy(ms) { var t0 = Date.now(); Utilities.sleep(ms); return Date.now() - t0; }
function busy(rounds) {
  var done = 0;
  for (var i = 0; i < rounds; i++) {
    Utilities.sleep(60000);
    PropertiesService.getScriptProperties().setProperty('done', String(++done));
  }
  return done;
}
function slowMenu() { Utilities.sleep(20000); Utilities.sleep(20000); DocumentApp.getUi(); }
`;

describe('virtual time', () => {
  test('Utilities.sleep advances the virtual clock without waiting, up to 5 minutes per call', () => {
    const {env, fns} = load(SCRIPT);
    const before = env.clock.now();
    const realStart = Date.now();
    expect(fns.sleepy(120_000)).toBe(120_000);
    expect(env.clock.now() - before).toBe(120_000);
    expect(Date.now() - realStart).toBeLessThan(60_000);
    expect(() => fns.sleepy(300_001)).toThrow(
      'Argument too large: milliseconds',
    );
  });

  test('an execution stops with "Exceeded maximum execution time" past 6 minutes', () => {
    const {env, fns} = load(SCRIPT);
    expect(fns.busy(6)).toBe(6);
    expect(() => fns.busy(7)).toThrow('Exceeded maximum execution time');
    // It stopped at the first call past the limit: the 7th sleep.
    expect(env.properties.script.values.get('done')).toBe('6');
  });

  test('each call is its own execution; a call latency counts toward the limit', () => {
    const {fns} = load(SCRIPT, {callLatencyMs: 1000});
    expect(fns.busy(5)).toBe(5);
    expect(fns.busy(5)).toBe(5);
    expect(() => fns.busy(6)).toThrow('Exceeded maximum execution time');
  });

  test('a simple trigger stops past 30 s', () => {
    const {env, fns} = load(SCRIPT);
    expect(() => env.simpleTrigger(fns, 'slowMenu', 'LIMITED')).toThrow(
      'Exceeded maximum execution time',
    );
    expect(() => fns.slowMenu()).not.toThrow();
  });
});
