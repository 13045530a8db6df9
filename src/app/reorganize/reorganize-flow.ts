// Reorganizing by hand: the sidebar's dry run and exact-plan apply, and the menu's "Reorganize now" conversation.
import type {Settings} from '../../core/settings';
import type {ReorganizeReport} from '../../core/types';
import type {
  ClockPort,
  DocumentPort,
  KeyValueStore,
  LockPort,
} from '../shared/ports';
import * as reorganizeFlowNow from './reorganize-now';
import * as reorganizeRun from './reorganize-run';
import * as schedule from '../schedule/schedule';
import * as undoReorganize from './undo-reorganize';

/** The ports a reorganize run uses; read lazily. */
export interface ReorganizePorts {
  readonly document: DocumentPort;
  readonly lock: LockPort;
  readonly clock: ClockPort;
  readonly settings: Settings;
  /** Where the last run is recorded for the sidebar (not in a time trigger). */
  readonly documentProperties: KeyValueStore;
  /** An unfinished reorganize and the last one's undo record, kept for the next run of any kind. */
  readonly documentState: KeyValueStore;
  /** The tab worked on, or null: undo records are per tab. */
  readonly tabId: string | null;
}

/** The menu's Ui: a yes-or-no question and a message, each with the dialog's title. */
export interface AlertPort {
  /** Asks yes or no; true for yes. */
  confirm(text: string): boolean;
  /** Shows a message with an OK button. */
  tell(text: string): void;
}

/**
 * One reorganize run (options checked by parseReorganizeOptions); real runs
 * are recorded by `record`, the document's properties by default, with what
 * undoes them; a plan of more than `maxMoves` moves is held, not applied.
 */
export function runReorganize(
  options: reorganizeRun.ReorganizeOptions,
  s: ReorganizePorts,
  record?: (report: ReorganizeReport) => void,
  maxMoves?: number,
): ReorganizeReport {
  return reorganizeRun.runReorganize(options, {
    maxMoves,
    undo: {state: s.documentState, tabId: s.tabId},
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
      });
    },

    /** Puts back what the last reorganize of this tab moved and merged, or says why it cannot. */
    undo(): undoReorganize.UndoReorganizeResult {
      return undoReorganize.undoLastReorganize(undoDeps(s));
    },

    /** The menu's undo: the same, its outcome in a dialog. */
    undoFromMenu(): void {
      alerts.tell(undoReorganize.undoLastReorganize(undoDeps(s)).message);
    },

    /** The reorganize "Undo last reorganize" would undo in this tab, or null. */
    undoState(): undoReorganize.UndoReorganizeState | null {
      return undoReorganize.undoReorganizeState(undoDeps(s));
    },
  };
}

/** The undo's ports. */
function undoDeps(s: ReorganizePorts): undoReorganize.UndoReorganizeDeps {
  const {document, lock, clock} = s;
  return {document, lock, clock, state: s.documentState, tabId: s.tabId};
}
