// "Reorganize now": show the plan, apply exactly it only when the user agrees, and show the new plan when the document changed meanwhile.
import type {ReorganizeReport} from '../../core/types';
import {reportLines, summaryLines} from '../../core/reorganize-report-lines';

/** How many times a plan that went stale is shown again before giving up (someone keeps editing). */
export const MAX_STALE_ROUNDS = 3;

export const KEEPS_CHANGING =
  'The document kept changing while you looked at the plan, so nothing was changed. Try again when the editing stops.';

export interface ReorganizeNowDeps {
  /** One reorganize call: a dry run, or an apply of the plan with this token. */
  run(options: {dryRun: boolean; expectPlan?: string}): ReorganizeReport;
  /** Asks yes or no; true for yes. */
  confirm(text: string): boolean;
  /** Shows a message with an OK button. */
  tell(text: string): void;
}

/** The menu's dialog cannot scroll far: after Yes (the plan was just shown), lists stop at this many. */
const MENU_LIST_MOST = 5;

/**
 * Shows the dry run's plan and applies it only on yes, passing its token so
 * the apply carries out that very plan. When the document changed since the
 * preview, the apply changes nothing and the new plan is shown and asked
 * about instead, at most MAX_STALE_ROUNDS times. A plan that changes
 * nothing is applied too, without asking: that finishes a write an
 * interrupted run left half done.
 */
export function reorganizeNow(deps: ReorganizeNowDeps): void {
  let shown = deps.run({dryRun: true});
  for (let round = 0; round < MAX_STALE_ROUNDS; round++) {
    const text = reportLines(shown).join('\n');
    if (shown.changesNothing) {
      // Applied all the same (an empty plan moves nothing): the apply first finishes a write an interrupted run
      // left half done, which a dry run only reads, so blocks a cut move left twice do not stay. Stale: a new plan.
      const done = deps.run({dryRun: false, expectPlan: shown.planToken});
      if (done.stale) {
        shown = done;
        continue;
      }
      deps.tell(text);
      return;
    }
    if (!deps.confirm(`${text}\n\nApply exactly these changes?`)) return;
    const done = deps.run({dryRun: false, expectPlan: shown.planToken});
    if (!done.stale) {
      deps.tell(summaryLines(done, {most: MENU_LIST_MOST}).join('\n'));
      return;
    }
    shown = done;
  }
  deps.tell(KEEPS_CHANGING);
}
