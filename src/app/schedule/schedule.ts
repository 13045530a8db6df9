// The daily reorganize schedule: one time trigger per document, its state, and the last run's report for the sidebar.
import {STORED} from '../../core/stored-state';
import type {ReorganizeReport, ScheduleState} from '../../core/types';
import type {KeyValueStore, TriggerPort} from '../shared/ports';
import {utf8Bytes} from '../../core/utf8-bytes';

/** The server function the time trigger calls. */
export const SCHEDULE_HANDLER = 'scheduledReorganize';
export const SCHEDULE_KEY = STORED.schedule.key;
export const LAST_REPORT_KEY = STORED.lastReorganize.key;
/** Hour of the daily run when the user has not picked one. */
export const DEFAULT_HOUR = 6;
/** Properties hold at most 9 KB per value; leave room for the key and multi-byte text. */
export const MAX_REPORT_BYTES = 8000;

export interface ScheduleDeps {
  triggers: TriggerPort;
  /** The document's properties. */
  properties: KeyValueStore;
}

interface StoredSchedule {
  enabled: boolean;
  hour: number;
  timeZone?: string;
}

/**
 * An IANA time zone name as the browser reports it ("Europe/Paris",
 * "America/Argentina/Buenos_Aires", "Etc/GMT+3", "UTC"). Whether Apps
 * Script accepts every such name in inTimezone is unknown: names are checked
 * for shape here and a refusal there reaches the user as its message.
 */
export function isTimeZone(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length <= 64 &&
    /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(value)
  );
}

function readStored(properties: KeyValueStore): StoredSchedule {
  const parsed = parseJson(properties.get(SCHEDULE_KEY));
  const hour = parsed && (parsed as {hour?: unknown}).hour;
  const stored: StoredSchedule = {
    enabled: Boolean(
      parsed && (parsed as {enabled?: unknown}).enabled === true,
    ),
    hour: isHour(hour) ? hour : DEFAULT_HOUR,
  };
  const timeZone = parsed && (parsed as {timeZone?: unknown}).timeZone;
  if (isTimeZone(timeZone)) stored.timeZone = timeZone;
  return stored;
}

function parseJson(text: string | null): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function isHour(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= 0 &&
    value <= 23
  );
}

/**
 * Turns the daily reorganize on or off. On: exactly one daily trigger for
 * SCHEDULE_HANDLER at the hour (an existing one at another hour is replaced,
 * never doubled); off: every such trigger is removed.
 * @throws Error with a readable message when the request is malformed
 */
export function setSchedule(
  request: {enabled: boolean; hour?: number; timeZone?: string},
  deps: ScheduleDeps,
): ScheduleState {
  if (
    !request ||
    typeof request !== 'object' ||
    typeof request.enabled !== 'boolean'
  ) {
    throw new Error('The schedule needs to be turned on or off.');
  }
  // Turning the schedule off must work whatever hour comes with it: the hour only matters when on.
  if (request.enabled && request.hour !== undefined && !isHour(request.hour)) {
    throw new Error('The hour must be a whole number from 0 to 23.');
  }
  if (request.timeZone !== undefined && !isTimeZone(request.timeZone)) {
    throw new Error('The time zone must be a name like Europe/Paris.');
  }
  const stored = readStored(deps.properties);
  const hour = isHour(request.hour) ? request.hour : stored.hour;
  const timeZone = request.timeZone ?? stored.timeZone;
  const existing = deps.triggers
    .list()
    .filter(t => t.handler === SCHEDULE_HANDLER);
  const keep =
    request.enabled &&
    stored.enabled &&
    stored.hour === hour &&
    stored.timeZone === timeZone &&
    existing.length === 1;
  if (!keep) {
    for (const trigger of existing) deps.triggers.remove(trigger.id);
    if (request.enabled) {
      deps.triggers.createDaily(SCHEDULE_HANDLER, hour, timeZone);
    }
  }
  const state: ScheduleState = {enabled: request.enabled, hour};
  if (timeZone) state.timeZone = timeZone;
  deps.properties.set(SCHEDULE_KEY, JSON.stringify(state));
  return withLastRun(state, deps.properties);
}

/**
 * The schedule as the sidebar shows it. It counts as on only while its
 * trigger exists: Apps Script drops triggers when the add-on is disabled.
 */
export function getSchedule(deps: ScheduleDeps): ScheduleState {
  const stored = readStored(deps.properties);
  const enabled =
    stored.enabled &&
    deps.triggers.list().some(t => t.handler === SCHEDULE_HANDLER);
  const state: ScheduleState = {enabled, hour: stored.hour};
  if (stored.timeZone) state.timeZone = stored.timeZone;
  return withLastRun(state, deps.properties);
}

function withLastRun(
  state: ScheduleState,
  properties: KeyValueStore,
): ScheduleState {
  const lastRun = readLastReport(properties);
  return lastRun ? {...state, lastRun} : state;
}

/** The last recorded reorganize report, if any. */
export function readLastReport(
  properties: KeyValueStore,
): ReorganizeReport | undefined {
  const parsed = parseJson(properties.get(LAST_REPORT_KEY));
  return parsed && typeof parsed === 'object'
    ? (parsed as ReorganizeReport)
    : undefined;
}

/** Stores a report for the sidebar, its lists shortened to fit one property value. */
export function recordReport(
  properties: KeyValueStore,
  report: ReorganizeReport,
): void {
  properties.set(
    LAST_REPORT_KEY,
    JSON.stringify(fitReport(report, MAX_REPORT_BYTES)),
  );
}

type ListKey = 'sortedSections' | 'mergedSections' | 'filed' | 'duplicates';

/**
 * The report with its longest lists halved until its JSON fits `maxBytes`;
 * what was cut is counted in `message` (and the message itself is cut last).
 */
export function fitReport(
  report: ReorganizeReport,
  maxBytes: number,
): ReorganizeReport {
  const out: ReorganizeReport = {...report};
  const cut: Record<ListKey, number> = {
    sortedSections: 0,
    mergedSections: 0,
    filed: 0,
    duplicates: 0,
  };
  const keys: ListKey[] = [
    'sortedSections',
    'mergedSections',
    'filed',
    'duplicates',
  ];
  const size = () => utf8Bytes(JSON.stringify(out));
  while (size() > maxBytes) {
    const longest = keys.reduce((a, b) =>
      (out[b] as unknown[]).length > (out[a] as unknown[]).length ? b : a,
    );
    const list = out[longest] as unknown[];
    if (!list.length) {
      out.message = (out.message ?? '').slice(
        0,
        Math.floor((out.message ?? '').length / 2),
      );
      if (!out.message) break;
      continue;
    }
    const keepCount = Math.floor(list.length / 2);
    cut[longest] += list.length - keepCount;
    (out as unknown as Record<ListKey, unknown[]>)[longest] = list.slice(
      0,
      keepCount,
    );
    const dropped = keys
      .filter(k => cut[k])
      .map(k => `${cut[k]} more ${LIST_NAMES[k]}`)
      .join(', ');
    out.message = [report.message, `(Not shown: ${dropped}.)`]
      .filter(Boolean)
      .join(' ');
  }
  return out;
}

const LIST_NAMES: Record<ListKey, string> = {
  sortedSections: 'sorted sections',
  mergedSections: 'merged sections',
  filed: 'filed papers',
  duplicates: 'duplicates',
};
