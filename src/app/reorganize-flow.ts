// Reorganizing by hand: the sidebar's dry run and exact-plan apply, and the menu's "Reorganize now" conversation.
import type {Settings} from '../core/settings';
import type {ReorganizeReport} from '../core/types';
import type {ClockPort, DocumentPort, KeyValueStore, LockPort} from './ports';
import * as reorganizer from './reorganize';
import * as reorganizeFlowNow from './reorganize-now';
import * as reorganizeRun from './reorganize-run';
import * as schedule from './schedule';

/** The ports a reorganize run uses; read lazily. */
export interface ReorganizePorts {
  readonly document: DocumentPort;
  readonly lock: LockPort;
  readonly clock: ClockPort;
  readonly settings: Settings;
  /** Where the last run is recorded for the sidebar (not in a time trigger). */
  readonly documentProperties: KeyValueStore;
  /** An unfinished reorganize, kept for the next run of any kind. */
  readonly documentState: KeyValueStore;
}

/** The menu's Ui: a yes-or-no question and a message, each with the dialog's title. */
export interface AlertPort {
  /** Asks yes or no; true for yes. */
  confirm(text: string): boolean;
  /** Shows a message with an OK button. */
  tell(text: string): void;
}

/** One reorganize run (options checked by parseReorganizeOptions); real runs are recorded by `record`, the document's properties by default. */
export function runReorganize(
  options: reorganizeRun.ReorganizeOptions,
  s: ReorganizePorts,
  record?: (report: ReorganizeReport) => void,
): ReorganizeReport {
  return reorganizeRun.runReorganize(options, {
    document: s.document,
    lock: s.lock,
    clock: s.clock,
    settings: s.settings,
    progress: s.documentState,
    record:
      record ?? (report => schedule.recordReport(s.documentProperties, report)),
  });
}

/** Reorganizing's steps, one per server function. */
export function reorganizeFlow(s: ReorganizePorts, alerts: AlertPort) {
  return {
    /** A dry run or an apply (of exactly `expectPlan` when given); options are checked first. */
    run(options?: {dryRun?: boolean; expectPlan?: string}): ReorganizeReport {
      const checked = reorganizeRun.parseReorganizeOptions(options);
      return runReorganize(checked, s);
    },

    /** Shows the plan by title and section and applies exactly it when the user says yes. */
    now(): void {
      reorganizeFlowNow.reorganizeNow({
        run: o => runReorganize(o, s),
        confirm: text => alerts.confirm(text),
        tell: text => alerts.tell(text),
        describe: reorganizer.describeReport,
      });
    },
  };
}
