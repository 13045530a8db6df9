// What the daily trigger needs without a document context: its document, tab and settings, kept in user properties by trigger id.
import {STORED} from '../../core/stored-state';
import type {Settings} from '../../core/settings';
import {validateSettings} from '../../core/settings';
import type {ReorganizeReport, ScheduleState} from '../../core/types';
import type {KeyValueStore, TriggerPort} from '../shared/ports';
import {unappliedReport} from '../reorganize/reorganize-run';
import {
  MAX_REPORT_BYTES,
  SCHEDULE_HANDLER,
  type ScheduleDeps,
  fitReport,
  getSchedule,
  setSchedule,
} from './schedule';

const TARGET_PREFIX = STORED.scheduleTarget.key;
const REPORT_PREFIX = STORED.scheduleReport.key;
const STOPPED_PREFIX = STORED.scheduleStopped.key;

/** What a schedule's trigger finds gone: the tab it tidies, or its whole document. */
export type TargetGone = 'tab' | 'document';

/** The sidebar's words for a schedule that stopped itself. */
export const SCHEDULE_STOPPED: Record<TargetGone, string> = {
  tab: 'The daily reorganize has stopped: the tab it tidied was deleted. Open the tab to tidy and turn the schedule on again.',
  document:
    'The daily reorganize has stopped: its document was deleted or you can no longer open it.',
};

/**
 * The document a schedule trigger tidies. An add-on's time trigger has no
 * active document and no document properties, so the settings the run needs
 * are copied here when the schedule is set and each time they are saved.
 * `tabId` is the tab the schedule was set up in: the scheduled run tidies
 * that tab only (null: the first tab, for a target stored without one).
 */
export interface ScheduleTarget {
  documentId: string;
  tabId: string | null;
  settings: Settings;
}

/** Stores `target` for each of the triggers (user properties). */
export function saveTargets(
  store: KeyValueStore,
  triggerIds: string[],
  target: ScheduleTarget,
): void {
  for (const id of triggerIds) {
    store.set(TARGET_PREFIX + id, JSON.stringify(target));
  }
}

/** The stored target of a trigger, or null when there is none or it no longer validates. */
export function readTarget(
  store: KeyValueStore,
  triggerId: string | undefined,
): ScheduleTarget | null {
  if (!triggerId) return null;
  const raw = store.get(TARGET_PREFIX + triggerId);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<ScheduleTarget>;
    if (typeof parsed.documentId !== 'string' || !parsed.documentId) {
      return null;
    }
    return {
      documentId: parsed.documentId,
      tabId: typeof parsed.tabId === 'string' ? parsed.tabId : null,
      settings: validateSettings(parsed.settings),
    };
  } catch {
    return null;
  }
}

/** Drops what was kept for triggers that are gone. */
export function forgetTargets(
  store: KeyValueStore,
  triggerIds: string[],
): void {
  for (const id of triggerIds) {
    store.delete(TARGET_PREFIX + id);
    store.delete(REPORT_PREFIX + id);
  }
}

/** Copies newly saved settings into the targets of this document's triggers. */
export function refreshSettings(
  store: KeyValueStore,
  triggerIds: string[],
  settings: Settings,
): void {
  for (const id of triggerIds) {
    const target = readTarget(store, id);
    if (target) saveTargets(store, [id], {...target, settings});
  }
}

/** Keeps a scheduled run's report where the sidebar finds it by its trigger, shortened to fit one value. */
export function recordTriggerReport(
  store: KeyValueStore,
  triggerId: string,
  report: ReorganizeReport,
): void {
  store.set(
    REPORT_PREFIX + triggerId,
    JSON.stringify(fitReport(report, MAX_REPORT_BYTES)),
  );
}

/** The last report a trigger recorded, if any. */
export function readTriggerReport(
  store: KeyValueStore,
  triggerId: string,
): ReorganizeReport | undefined {
  return readReport(store, REPORT_PREFIX + triggerId);
}

/** A report kept as JSON under this key; undefined when there is none or it does not parse to an object. */
function readReport(
  store: KeyValueStore,
  key: string,
): ReorganizeReport | undefined {
  const raw = store.get(key);
  if (!raw) return undefined;
  try {
    const parsed = JSON.parse(raw) as unknown;
    return parsed && typeof parsed === 'object'
      ? (parsed as ReorganizeReport)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The later of two reports by their `at` time (a report without one counts as oldest). */
export function newerReport(
  a: ReorganizeReport | undefined,
  b: ReorganizeReport | undefined,
): ReorganizeReport | undefined {
  if (!a) return b;
  if (!b) return a;
  return (b.at ?? '') > (a.at ?? '') ? b : a;
}

/**
 * A schedule whose tab or document is gone stops: its trigger is removed
 * and its target forgotten (tidying another tab the user did not choose
 * could rearrange a page that is not a reading list), and the reason is kept
 * by document in user properties, where the sidebar finds it once the
 * trigger is gone.
 */
export function stopGoneSchedule(
  deps: {triggers: TriggerPort; userProperties: KeyValueStore; now: number},
  triggerId: string,
  documentId: string,
  gone: TargetGone,
): ReorganizeReport {
  const report = unappliedReport(deps.now, SCHEDULE_STOPPED[gone]);
  deps.triggers.remove(triggerId);
  forgetTargets(deps.userProperties, [triggerId]);
  deps.userProperties.set(STOPPED_PREFIX + documentId, JSON.stringify(report));
  return report;
}

/** The report of a schedule of this document that stopped itself, if any. */
function readStopped(
  store: KeyValueStore,
  documentId: string,
): ReorganizeReport | undefined {
  return readReport(store, STOPPED_PREFIX + documentId);
}

export interface ScheduleTargetDeps extends ScheduleDeps {
  /** This user's properties: the one store a time trigger still has. */
  userProperties: KeyValueStore;
  /** The document, tab and settings of this execution, read only when the schedule is turned on. */
  target: () => ScheduleTarget;
}

function scheduleTriggerIds(triggers: TriggerPort): string[] {
  return triggers
    .list()
    .filter(t => t.handler === SCHEDULE_HANDLER)
    .map(t => t.id);
}

/**
 * setSchedule, and the trigger's target kept in step: stored for the
 * trigger that is on, dropped for the triggers that are gone.
 */
export function setScheduleWithTarget(
  request: {enabled: boolean; hour?: number},
  deps: ScheduleTargetDeps,
): ScheduleState {
  const before = scheduleTriggerIds(deps.triggers);
  const state = setSchedule(request, deps);
  const after = scheduleTriggerIds(deps.triggers);
  forgetTargets(
    deps.userProperties,
    before.filter(id => !after.includes(id)),
  );
  if (state.enabled) {
    const target = deps.target();
    saveTargets(deps.userProperties, after, target);
    // Turned on again: the old stop no longer describes the schedule.
    deps.userProperties.delete(STOPPED_PREFIX + target.documentId);
  }
  return state;
}

/**
 * getSchedule, its last run being the newer of the document's and the
 * trigger's records. A schedule that is on but whose trigger has no target
 * (set up by a version that kept the document id in document properties,
 * which its trigger cannot read) gets one now, so its next run finds the
 * document.
 */
export function getScheduleWithTarget(deps: ScheduleTargetDeps): ScheduleState {
  const state = getSchedule(deps);
  const ids = scheduleTriggerIds(deps.triggers);
  if (state.enabled) {
    const missing = ids.filter(id => !readTarget(deps.userProperties, id));
    if (missing.length)
      saveTargets(deps.userProperties, missing, deps.target());
  }
  const stopped = state.enabled
    ? undefined
    : readStopped(deps.userProperties, deps.target().documentId);
  const lastRun = ids.reduce(
    (newest, id) =>
      newerReport(newest, readTriggerReport(deps.userProperties, id)),
    newerReport(state.lastRun, stopped),
  );
  return lastRun ? {...state, lastRun} : state;
}

/** After the settings are saved: the schedule's copy of them follows. */
export function refreshTargetSettings(
  deps: {triggers: TriggerPort; userProperties: KeyValueStore},
  settings: Settings,
): void {
  refreshSettings(
    deps.userProperties,
    scheduleTriggerIds(deps.triggers),
    settings,
  );
}
