// Reorganize use case: one read, a plan, and its steps applied under the document lock within a time budget.
import {
  planReorganize,
  type ReorganizePlan,
  type ReorganizeStep,
  type Suggester,
} from '../../core/reorganize';
import type {BlockSummary} from '../../core/doc-model';
import type {Settings} from '../../core/settings';
import type {ReorganizeReport} from '../../core/types';
import {changesNothing as planChangesNothing} from '../../core/plan-changes';
import type {
  ClockPort,
  DocumentPort,
  KeyValueStore,
  LockPort,
} from '../shared/ports';
import {
  markFinished,
  markUnfinished,
  resumeSettings,
} from './reorganize-resume';
import {
  STALE_PLAN,
  isPlanExpected,
  planLinesOf,
  withPlanPreview,
} from './reorganize-preview';
import {TimeBudget} from '../shared/time-budget';
import {BUSY_MESSAGE, withWriteLock} from '../shared/write-lock';
import {keepUndoRecord, undoRecord} from './undo-reorganize';

export interface ReorganizeLimits {
  /** Time from the start of the execution after which no further step starts (Apps Script stops executions at 6 minutes). */
  budgetMs: number;
  /** How long a second run waits for the document lock before giving up. */
  lockWaitMs: number;
  /** Blocks changed between saves, against "Too many changes applied before saving document". */
  flushEveryBlocks: number;
}

/**
 * 5.5 of Apps Script's 6 minutes: the read of a large document can take most
 * of a run (2,500 entries at 7.5 ms a call: 290 s), and moves start only while
 * each is expected to end in time, so the rest is margin for the last save.
 */
export const DEFAULT_LIMITS: ReorganizeLimits = {
  budgetMs: 5.5 * 60 * 1000,
  lockWaitMs: 10 * 1000,
  flushEveryBlocks: 200,
};

/** The busy sentence every write says (write-lock.ts), here for the report's readers. */
export {BUSY_MESSAGE};

export interface ReorganizeDeps {
  document: DocumentPort;
  lock: LockPort;
  clock: ClockPort;
  settings: Settings;
  /** Files confident Inbox entries; without it the Inbox is only sorted. */
  suggester?: Suggester;
  limits?: Partial<ReorganizeLimits>;
  /** When the execution started, if before this call: the budget counts from it. */
  startedAt?: number;
  /** Where an unfinished run keeps the level it planned with (reorganize-resume.ts). */
  progress?: KeyValueStore;
  /** Where what a run did is kept for Undo last reorganize (undo-reorganize.ts); without it nothing is kept. */
  undo?: {state: KeyValueStore; tabId: string | null};
  /** The scheduled run's safety valve: a plan of more moves is not applied, its preview is returned `held`. */
  maxMoves?: number;
}

/**
 * Plans a reorganize run and, unless `dryRun`, applies it under the document
 * lock. Steps are applied whole, one at a time, while the time budget lasts;
 * a run that stops early reports `complete: false` and the next run plans
 * again from the document as it then is. A run that cannot get the lock
 * changes nothing. A dry run's report carries the plan by title and its
 * `planToken`; a run given `expectPlan` (that token) applies only that very
 * plan, and otherwise changes nothing and reports the new plan, `stale`.
 * @returns the report of what was planned (dry run) or done
 */
export function reorganize(
  options: {dryRun?: boolean; expectPlan?: string} | undefined,
  deps: ReorganizeDeps,
): ReorganizeReport {
  const dryRun = Boolean(options && options.dryRun);
  const limits = {...DEFAULT_LIMITS, ...deps.limits};
  const startedAt = deps.startedAt ?? deps.clock.now();
  // An unfinished run's level stands until the work is done (reorganize-resume.ts).
  const settings = resumeSettings(deps.progress, deps.settings);
  let read = {ms: 0, blocks: 0};
  const plan = () => {
    const readStart = deps.clock.now();
    const blocks = deps.document.read();
    read = {ms: deps.clock.now() - readStart, blocks: blocks.length};
    const planned: ReorganizePlan = planReorganize(blocks, settings, {
      suggester: deps.suggester,
    });
    const preview = () =>
      withPlanPreview(
        report(planned, planned.steps.length, true, deps.clock),
        planned,
        blocks,
        settings,
      );
    return {planned, preview, blocks};
  };
  if (dryRun) return plan().preview();

  const busy = (): ReorganizeReport => ({
    ...emptyReport(false, deps.clock),
    complete: false,
    message: BUSY_MESSAGE,
  });
  return withWriteLock(
    deps.lock,
    () => {
      // A write an interrupted run left half done is finished before planning (DocumentPort.recover).
      const recovered = deps.document.recover ? deps.document.recover() : null;
      const {planned, preview, blocks} = plan();
      if (!isPlanExpected(planned, options?.expectPlan)) {
        return {...preview(), stale: true, message: STALE_PLAN};
      }
      if (deps.maxMoves !== undefined && planned.moves > deps.maxMoves) {
        return {
          ...preview(),
          held: true,
          message: heldMessage(planned.moves, deps.maxMoves),
        };
      }
      if (planned.steps.length) markUnfinished(deps.progress, planned.level);
      const budget = new TimeBudget(deps.clock, startedAt, limits.budgetMs);
      // Before the first move, a block is expected to move about as fast as it was read.
      budget.guessFromRead(read.ms, read.blocks);
      const outcome = applySteps(
        planned.steps,
        deps.document,
        limits,
        budget,
        deps.clock,
      );
      const done = report(planned, outcome.applied, false, deps.clock);
      // What was done, by title, each move from where to where (the sidebar's and the menu's report).
      if (!done.changesNothing) {
        done.planLines = planLinesOf(
          planned,
          planned.steps.slice(0, outcome.applied),
          blocks,
          settings,
        );
      }
      const undoNote = keepUndo(deps, planned, blocks, outcome, done);
      if (done.complete) markFinished(deps.progress);
      if (outcome.error) {
        done.message = `Stopped after ${done.moves} moves: ${outcome.error} The next run continues from there.`;
      } else if (!done.complete) {
        const first = planned.steps[0];
        done.message = stoppedMessage(
          outcome.applied,
          planned,
          done,
          read.ms,
          budget.expectedMs(first.kind === 'move' ? first.count : 1),
          limits.budgetMs,
        );
      }
      if (recovered || undoNote) {
        done.message = [recovered?.message, done.message, undoNote]
          .filter(Boolean)
          .join(' ');
      }
      return done;
    },
    {timeoutMs: limits.lockWaitMs, busy},
  );
}

/** Why a scheduled run changed nothing: its plan was bigger than the user allows unattended. */
export function heldMessage(moves: number, maxMoves: number): string {
  return `The daily reorganize changed nothing: its plan makes ${moves} moves, more than the ${maxMoves} you allow it to make on its own (Settings). Check the plan below and apply it here if it is right.`;
}

/**
 * Keeps the inverse of what the run applied for Undo last reorganize. A step
 * that failed is counted in: its write is journaled, so the next run
 * finishes it, and the undo then finds the body one step further.
 */
function keepUndo(
  deps: ReorganizeDeps,
  planned: ReorganizePlan,
  blocks: BlockSummary[],
  outcome: {applied: number; error?: string},
  done: ReorganizeReport,
): string {
  if (!deps.undo) return '';
  const touched = Math.min(
    planned.steps.length,
    outcome.applied + (outcome.error ? 1 : 0),
  );
  if (!touched) return '';
  const merged = planned.steps
    .slice(0, touched)
    .filter(s => s.kind === 'remove')
    .map(s => (s.kind === 'remove' ? s.section : ''));
  return keepUndoRecord(
    deps.undo,
    undoRecord(blocks, planned.steps.slice(0, touched), done.at ?? '', merged),
  );
}

/**
 * Applies steps in order while each next one is expected to end within the
 * budget (judged by the time blocks have taken so far), saving every so many
 * changed blocks and once at the end, so the lock is released over saved edits.
 */
function applySteps(
  steps: ReorganizeStep[],
  document: DocumentPort,
  limits: ReorganizeLimits,
  budget: TimeBudget,
  clock: ClockPort,
): {applied: number; error?: string} {
  let applied = 0;
  let unsaved = 0;
  let error: string | undefined;
  try {
    for (const step of steps) {
      const blocks = step.kind === 'move' ? step.count : 1;
      if (!budget.fitsWrite(blocks)) break;
      const start = clock.now();
      if (step.kind === 'move') {
        document.moveRange(step.from, step.count, step.before);
      } else {
        document.removeRange(step.index, 1);
      }
      applied++;
      unsaved += blocks;
      if (unsaved >= limits.flushEveryBlocks) {
        document.flush();
        unsaved = 0;
      }
      budget.spent(blocks, start);
    }
  } catch (err) {
    error = err instanceof Error ? err.message : String(err);
  }
  if (unsaved > 0) document.flush();
  return {applied, error};
}

/**
 * Why a run stopped at its budget, never claiming progress it did not make:
 * with no move done, either reading the document alone takes the run's time
 * (too large to reorganize here) or this execution had none left.
 */
function stoppedMessage(
  applied: number,
  planned: ReorganizePlan,
  done: ReorganizeReport,
  readMs: number,
  firstStepMs: number,
  budgetMs: number,
): string {
  if (applied > 0) {
    return `Stopped after ${done.moves} of ${planned.moves} moves to stay within Apps Script's time limit; the next run continues from there.`;
  }
  const seconds = (ms: number) => Math.round(ms / 1000);
  if (readMs + firstStepMs >= budgetMs) {
    return `Nothing was changed: this document is too large to reorganize within Apps Script's time limit. Reading it takes ${seconds(readMs)} s of the ${seconds(budgetMs)} s a run may use, leaving no time for a move. Smaller documents (split by chapter) can be reorganized.`;
  }
  return "Nothing was changed: this run had no time left before Apps Script's time limit. Run reorganize again.";
}

function emptyReport(dryRun: boolean, clock: ClockPort): ReorganizeReport {
  return {
    dryRun,
    complete: true,
    moves: 0,
    sortedSections: [],
    mergedSections: [],
    filed: [],
    duplicates: [],
    at: new Date(clock.now()).toISOString(),
    changesNothing: true,
  };
}

/** The report of a plan whose first `applied` steps were carried out (all of them for a dry run). */
function report(
  plan: ReorganizePlan,
  applied: number,
  dryRun: boolean,
  clock: ClockPort,
): ReorganizeReport {
  const done = plan.steps.slice(0, applied);
  const sorted = new Set<string>();
  const merged = new Set<string>();
  const filed = new Set<string>();
  let moves = 0;
  for (const step of done) {
    if (step.kind === 'move') moves++;
    if (step.kind === 'remove') merged.add(step.section);
    else if (step.purpose === 'sort') sorted.add(step.section);
    else if (step.purpose === 'file' && step.id) filed.add(step.id);
  }
  const out: ReorganizeReport = {
    ...emptyReport(dryRun, clock),
    complete: applied === plan.steps.length,
    moves,
    sortedSections: plan.sortedSections.filter(s => sorted.has(s)),
    mergedSections: plan.mergedSections.filter(s => merged.has(s)),
    filed: plan.filed.filter(f => filed.has(f.id)),
    duplicates: plan.duplicates,
  };
  out.changesNothing = planChangesNothing(out);
  if (plan.notes.length) out.message = plan.notes.join(' ');
  return out;
}

/** True when a report changes nothing in the document (the core rule, core/plan-changes). */
export function changesNothing(report: ReorganizeReport): boolean {
  return planChangesNothing(report);
}
