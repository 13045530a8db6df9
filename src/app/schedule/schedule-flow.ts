// The daily run's journey: turning the schedule on or off, the sidebar's view of it, and the trigger's run itself.
import type {ReorganizeReport, ScheduleState} from '../../core/types';
import type {ArxivClient} from '../shared/arxiv-client';
import type {KeyValueStore, TriggerPort} from '../shared/ports';
import {
  runReorganize,
  type ReorganizePorts,
} from '../reorganize/reorganize-flow';
import {recordFailedRun} from '../reorganize/reorganize-run';
import * as schedule from './schedule';
import * as scheduleTarget from './schedule-target';
import * as versionSchedule from '../library/version-schedule';

/** The ports of the schedule and its run; read lazily (a time trigger has no document properties). */
export interface SchedulePorts extends ReorganizePorts {
  readonly triggers: TriggerPort;
  /** This user's properties: where a schedule trigger finds its document and leaves its report. */
  readonly userProperties: KeyValueStore;
  /** False in a time trigger: no document properties to read or write. */
  readonly hasDocumentProperties: boolean;
  /** The schedule trigger's stored target (time trigger), or null. */
  readonly scheduleTarget: scheduleTarget.ScheduleTarget | null;
  /** What of the schedule's target is gone, or null. */
  readonly scheduleTargetGone: scheduleTarget.TargetGone | null;
  /** The tab worked on: the user's open tab, or the one the schedule was set up in. */
  readonly tabId: string | null;
  readonly arxiv: ArxivClient;
}

/** What the daily trigger will need: this document, the user's tab, the settings. */
function targetOf(s: SchedulePorts): scheduleTarget.ScheduleTarget {
  return {documentId: s.document.id(), tabId: s.tabId, settings: s.settings};
}

function targetDeps(s: SchedulePorts): scheduleTarget.ScheduleTargetDeps {
  return {
    triggers: s.triggers,
    properties: s.documentProperties,
    userProperties: s.userProperties,
    target: () => targetOf(s),
  };
}

/**
 * The schedule's steps, one per server function. `triggerUid` is the time
 * trigger's id in a scheduled run (undefined when run by hand).
 */
export function scheduleFlow(s: SchedulePorts, triggerUid?: string) {
  const uid = triggerUid;
  return {
    /** Turns the daily reorganize on (at `hour`) or off, remembering this document, tab and settings for the trigger. */
    set(request: {
      enabled: boolean;
      hour?: number;
      timeZone?: string;
    }): ScheduleState {
      return scheduleTarget.setScheduleWithTarget(request, targetDeps(s));
    },

    /** The schedule and the last run's report. */
    get(): ScheduleState {
      return scheduleTarget.getScheduleWithTarget(targetDeps(s));
    },

    /**
     * The daily run: stops a schedule whose target is gone, reorganizes and
     * records the report where the sidebar looks (the trigger's record, or
     * the document's), records a failure and throws it on, then checks
     * versions after a complete run.
     */
    run(): void {
      const target = uid ? s.scheduleTarget : null;
      const gone = target ? s.scheduleTargetGone : null;
      if (uid && target && gone) {
        // Said in plain words where the sidebar looks; the trigger stops rather than failing every day.
        scheduleTarget.stopGoneSchedule(
          {
            triggers: s.triggers,
            userProperties: s.userProperties,
            now: s.clock.now(),
          },
          uid,
          target.documentId,
          gone,
        );
        return;
      }
      const record = (report: ReorganizeReport) => {
        if (uid) {
          scheduleTarget.recordTriggerReport(s.userProperties, uid, report);
        } else if (s.hasDocumentProperties) {
          schedule.recordReport(s.documentProperties, report);
        }
      };
      let report: ReorganizeReport;
      try {
        report = runReorganize(
          {dryRun: false},
          s,
          record,
          s.settings.scheduleMaxMoves,
        );
      } catch (err) {
        recordFailedRun(record, s.clock.now(), err);
        throw err;
      }
      // The version check rides on the daily run, after it; its answer waits in user properties for the sidebar.
      // A run that was busy or cut short has no time to spare for arXiv: tomorrow's checks.
      if (!report.complete) return;
      versionSchedule.scheduledCheck(() => ({
        document: s.document,
        settings: s.settings,
        clock: s.clock,
        userStore: s.userProperties,
        lookupFresh: ids => s.arxiv.lookup(ids, {fresh: true}),
      }));
    },
  };
}
