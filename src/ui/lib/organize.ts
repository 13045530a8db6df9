// The sidebar's Organize state without the DOM: what a preview shows, whether Apply is offered, and what an apply must send.
import type {ReorganizeReport, ScheduleState} from '../../server/main';
import {reportLines} from '../../core/reorganize-report-lines';

export interface OrganizeState {
  schedule?: ScheduleState;
  scheduleMessage: string;
  /** The last report: the preview shown, or what the last apply did. */
  report?: ReorganizeReport;
  running: '' | 'preview' | 'apply';
  error: string;
}

/** A fresh Organize tab. */
export function initialOrganize(): OrganizeState {
  return {scheduleMessage: '', running: '', error: ''};
}

/**
 * Apply is offered for a preview that changes something (the server's one
 * rule, `changesNothing`, which counts merges) and carries the token that
 * makes the apply do exactly that plan.
 */
export function canApply(report: ReorganizeReport | undefined): boolean {
  return Boolean(
    report &&
    report.dryRun &&
    report.changesNothing === false &&
    report.planToken,
  );
}

/** The options of the apply of a shown preview: exactly its plan, or nothing. */
export function applyOptions(report: ReorganizeReport): {
  dryRun: false;
  expectPlan: string;
} {
  return {dryRun: false, expectPlan: report.planToken ?? ''};
}

/** The lines a report shows (the one wording, core/reorganize-report-lines, the menu's too). */
export const organizeLines: (report: ReorganizeReport) => string[] =
  reportLines;

/** The state after a reorganize call answered: a real run becomes the last run, a stale one only shows its new plan. */
export function afterReorganize(
  state: OrganizeState,
  report: ReorganizeReport,
): OrganizeState {
  const next: OrganizeState = {...state, report, running: '', error: ''};
  if (!report.dryRun && state.schedule) {
    next.schedule = {...state.schedule, lastRun: report};
  }
  return next;
}
