// Utilities, Session and logging: dates in the script's time zone, encodings, digests, captured logs.
import {load} from './load';

const SCRIPT = `
function stamp(tz, pattern) { return Utilities.formatDate(new Date(), tz, pattern); }
function encode(text) { return Utilities.base64Encode(text); }
function digest(text) { return Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, text); }
function who() { return [Session.getActiveUser().getEmail(), Session.getScriptTimeZone()]; }
function logIt() { Logger.log('fetched %s papers', 3); console.warn('slow', {ms: 5}); }
`;

describe('Utilities, Session, Logger', () => {
  test('formatDate follows SimpleDateFormat in the given time zone', () => {
    const {fns} = load(SCRIPT, {now: Date.UTC(2021, 10, 22, 15, 4, 5, 7)});
    expect(fns.stamp('Etc/UTC', "yyyy-MM-dd'T'HH:mm:ss.SSSXXX")).toBe(
      '2021-11-22T15:04:05.007Z',
    );
    expect(fns.stamp('America/New_York', 'EEE, d MMM yyyy h:mm a Z')).toBe(
      'Mon, 22 Nov 2021 10:04 AM -0500',
    );
    expect(fns.stamp('Asia/Kolkata', "MMMM yy XXX ''")).toBe(
      "November 21 +05:30 '",
    );
  });

  test('base64 and digests match Apps Script (signed bytes)', () => {
    const {fns} = load(SCRIPT);
    expect(fns.encode('Café')).toBe('Q2Fmw6k=');
    // MD5("abc") = 90 01 50 98 ...: 0x90 is -112 as a Java byte.
    expect(fns.digest('abc').slice(0, 4)).toEqual([-112, 1, 80, -104]);
  });

  test('Session reads the manifest time zone; logs are captured with their virtual time', () => {
    const {env, fns} = load(SCRIPT, {
      now: 1000,
      manifest: {timeZone: 'Europe/Paris'},
      userEmail: 'me@example.org',
    });
    expect(fns.who()).toEqual(['me@example.org', 'Europe/Paris']);
    fns.logIt();
    expect(env.logs).toEqual([
      {level: 'log', message: 'fetched 3 papers', at: 1000},
      {level: 'warn', message: 'slow { ms: 5 }', at: 1000},
    ]);
  });
});
