// Session, Utilities, Logger and console: the small services, on the virtual clock, with logs captured.
import {createHash, randomUUID} from 'node:crypto';
import {format} from 'node:util';
import type {EmulatorContext} from '../context';

/** One line the code logged (Logger.log or console.*), at a virtual time. */
export interface LogEntry {
  level: 'log' | 'info' | 'warn' | 'error' | 'debug';
  message: string;
  at: number;
}

/** Utilities.sleep's ceiling: five minutes per call. */
export const SLEEP_MAX_MS = 300_000;

const DIGESTS: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

/** Java bytes are signed: Apps Script returns -128..127. */
function signedBytes(buffer: Buffer): number[] {
  return Array.from(buffer, byte => (byte > 127 ? byte - 256 : byte));
}

function toBuffer(data: string | number[]): Buffer {
  return typeof data === 'string'
    ? Buffer.from(data, 'utf8')
    : Buffer.from(data.map(byte => byte & 255));
}

interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
  offsetMinutes: number;
}

/** English names as Java's SimpleDateFormat writes them (MMMM, EEEE): Intl's en-US ones are the same. */
const englishNames = (
  field: 'month' | 'weekday',
  count: number,
  nth: (n: number) => number,
) => {
  const format = new Intl.DateTimeFormat('en-US', {
    [field]: 'long',
    timeZone: 'UTC',
  });
  return Array.from({length: count}, (_, n) => format.format(nth(n)));
};
/** January first. */
const MONTHS = englishNames('month', 12, m => Date.UTC(2000, m, 1));
/** Sunday first: 2 January 2000 was a Sunday. */
const WEEKDAYS = englishNames('weekday', 7, d => Date.UTC(2000, 0, 2 + d));

function partsIn(ms: number, timeZone: string): DateParts {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(ms));
  const get = (type: string) =>
    Number(parts.find(p => p.type === type)?.value ?? 0);
  const local = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  const wholeSeconds = Math.floor(ms / 1000) * 1000;
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
    weekday: new Date(local).getUTCDay(),
    offsetMinutes: Math.round((local - wholeSeconds) / 60_000),
  };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function offset(minutes: number, colon: boolean): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60), 2)}${colon ? ':' : ''}${pad(abs % 60, 2)}`;
}

/**
 * Utilities.formatDate for the SimpleDateFormat letters people use:
 * y M d E H h m s S a Z X, and 'quoted text'.
 */
export function formatDate(ms: number, timeZone: string, pattern: string) {
  const p = partsIn(ms, timeZone);
  const field = (letter: string, n: number): string => {
    switch (letter) {
      case 'y':
        return n === 2 ? pad(p.year % 100, 2) : pad(p.year, n);
      case 'M':
        if (n >= 4) return MONTHS[p.month - 1];
        if (n === 3) return MONTHS[p.month - 1].slice(0, 3);
        return pad(p.month, n);
      case 'd':
        return pad(p.day, n);
      case 'E':
        return n >= 4 ? WEEKDAYS[p.weekday] : WEEKDAYS[p.weekday].slice(0, 3);
      case 'H':
        return pad(p.hour, n);
      case 'h':
        return pad(p.hour % 12 || 12, n);
      case 'm':
        return pad(p.minute, n);
      case 's':
        return pad(p.second, n);
      case 'S':
        return pad(((ms % 1000) + 1000) % 1000, 3).slice(0, Math.max(n, 3));
      case 'a':
        return p.hour < 12 ? 'AM' : 'PM';
      case 'Z':
        return offset(p.offsetMinutes, false);
      case 'X':
        return p.offsetMinutes === 0 ? 'Z' : offset(p.offsetMinutes, n >= 3);
      default:
        throw new Error(`Illegal pattern character '${letter}'`);
    }
  };
  let out = '';
  for (let i = 0; i < pattern.length;) {
    const ch = pattern[i];
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      const literal = pattern.slice(i + 1, end < 0 ? pattern.length : end);
      out += literal === '' ? "'" : literal;
      i = end < 0 ? pattern.length : end + 1;
    } else if (/[a-zA-Z]/.test(ch)) {
      let n = 1;
      while (pattern[i + n] === ch) n++;
      out += field(ch, n);
      i += n;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** Session, Utilities, Logger and console for one environment. */
export function createBaseServices(
  ctx: EmulatorContext,
  options: {userEmail: string; timeZone: string; logs: LogEntry[]},
) {
  const log = (level: LogEntry['level'], message: string) =>
    options.logs.push({level, message, at: ctx.clock.now()});

  const user = {getEmail: () => options.userEmail};
  const Session = {
    getActiveUser() {
      ctx.call('Session.getActiveUser', 'utility');
      return user;
    },
    getEffectiveUser() {
      ctx.call('Session.getEffectiveUser', 'utility');
      return user;
    },
    getActiveUserLocale() {
      ctx.call('Session.getActiveUserLocale', 'utility');
      return 'en';
    },
    getScriptTimeZone() {
      ctx.call('Session.getScriptTimeZone', 'utility');
      return options.timeZone;
    },
    getTemporaryActiveUserKey() {
      ctx.call('Session.getTemporaryActiveUserKey', 'utility');
      return createHash('sha256')
        .update(options.userEmail)
        .digest('base64')
        .slice(0, 43);
    },
  };

  const Utilities = {
    Charset: {US_ASCII: 'US_ASCII', UTF_8: 'UTF_8'},
    DigestAlgorithm: Object.fromEntries(Object.keys(DIGESTS).map(k => [k, k])),
    /** Advances the virtual clock; nothing waits for real. */
    sleep(milliseconds: number) {
      ctx.call('Utilities.sleep', 'utility');
      if (milliseconds > SLEEP_MAX_MS) {
        throw new Error('Argument too large: milliseconds');
      }
      ctx.clock.advance(Number(milliseconds) || 0);
      ctx.checkDeadline();
    },
    formatDate(date: Date, timeZone: string, pattern: string): string {
      ctx.call('Utilities.formatDate', 'utility');
      return formatDate(date.getTime(), timeZone, pattern);
    },
    getUuid(): string {
      ctx.call('Utilities.getUuid', 'utility');
      return randomUUID();
    },
    base64Encode(data: string | number[]): string {
      ctx.call('Utilities.base64Encode', 'utility');
      return toBuffer(data).toString('base64');
    },
    base64EncodeWebSafe(data: string | number[]): string {
      ctx.call('Utilities.base64EncodeWebSafe', 'utility');
      return toBuffer(data)
        .toString('base64')
        .replace(/\+/g, '-')
        .replace(/\//g, '_');
    },
    base64Decode(encoded: string): number[] {
      ctx.call('Utilities.base64Decode', 'utility');
      return signedBytes(Buffer.from(encoded, 'base64'));
    },
    base64DecodeWebSafe(encoded: string): number[] {
      ctx.call('Utilities.base64DecodeWebSafe', 'utility');
      return signedBytes(Buffer.from(encoded, 'base64url'));
    },
    computeDigest(algorithm: string, value: string | number[]): number[] {
      ctx.call('Utilities.computeDigest', 'utility');
      const hash = DIGESTS[algorithm];
      if (!hash) throw new Error(`Invalid argument: algorithm (${algorithm})`);
      return signedBytes(createHash(hash).update(toBuffer(value)).digest());
    },
  };

  const logged: string[] = [];
  const Logger = {
    /** Logger.log(data) or Logger.log(format, values...) with %s placeholders. */
    log(data: unknown, ...values: unknown[]) {
      ctx.call('Logger.log', 'utility');
      let message = String(data);
      for (const value of values) {
        message = message.replace(/%[sdf]/, String(value));
      }
      logged.push(message);
      log('log', message);
      return Logger;
    },
    getLog() {
      ctx.call('Logger.getLog', 'utility');
      return logged.map(line => `${line}\n`).join('');
    },
    clear() {
      ctx.call('Logger.clear', 'utility');
      logged.length = 0;
    },
  };

  const consoleLevels = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const console = Object.fromEntries(
    consoleLevels.map(level => [
      level,
      (...args: unknown[]) => log(level, format(...args)),
    ]),
  );

  return {
    Session: Session as unknown as GoogleAppsScript.Base.Session,
    Utilities: Utilities as unknown as GoogleAppsScript.Utilities.Utilities,
    Logger: Logger as unknown as GoogleAppsScript.Base.Logger,
    console: console as unknown as Console,
  };
}
