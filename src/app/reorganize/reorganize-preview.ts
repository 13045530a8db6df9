// The preview side of reorganize: the plan by title and section with its fingerprint, and the refusal to apply a plan other than the one shown.
import {buildOutline} from '../../core/outline';
import {changesNothing, planChanges} from '../../core/plan-changes';
import {planFingerprint} from '../../core/plan-fingerprint';
import type {ReorganizePlan, ReorganizeStep} from '../../core/reorganize';
import type {BlockSummary} from '../../core/doc-model';
import type {Settings} from '../../core/settings';
import type {ReorganizeReport} from '../../core/types';
import {changeLines, duplicateLines} from './reorganize-report-text';

/** Said when `expectPlan` no longer matches: the report then holds the new plan. */
export const STALE_PLAN =
  'The document changed since the preview, so nothing was changed. This is the plan now:';

/** The entries' titles by id, from the same blocks the plan was made from. */
function titles(
  blocks: BlockSummary[],
  plan: ReorganizePlan,
  settings: Settings,
): (id: string) => string {
  const outline = buildOutline(blocks, {
    sectionLevel: plan.level,
    inboxName: settings.inboxName,
  });
  const byId = new Map<string, string>();
  for (const entry of outline.looseEntries ?? []) {
    if (!byId.has(entry.id)) byId.set(entry.id, entry.title);
  }
  for (const section of outline.sections) {
    for (const entry of section.entries) {
      if (!byId.has(entry.id)) byId.set(entry.id, entry.title);
    }
  }
  return id => byId.get(id) ?? '';
}

/** Whether `expectPlan` (a preview's planToken) still names this plan; no token asks for no check. */
export function isPlanExpected(
  plan: ReorganizePlan,
  expectPlan: string | undefined,
): boolean {
  return expectPlan === undefined || planFingerprint(plan.steps) === expectPlan;
}

/**
 * The lines of `steps` (the plan's, or the part of it a run carried out) by
 * title and section, each move with where it lands, and the papers standing
 * twice. Where an entry lands is the whole plan's: a run cut short says only
 * from where to which section.
 */
export function planLinesOf(
  plan: ReorganizePlan,
  steps: readonly ReorganizeStep[],
  blocks: BlockSummary[],
  settings: Settings,
): string[] {
  const titleOf = titles(blocks, plan, settings);
  const whole = steps.length === plan.steps.length;
  return [
    ...changeLines(
      planChanges(whole ? plan : {filed: plan.filed}, steps, titleOf),
    ),
    ...duplicateLines(plan.duplicates, titleOf),
  ];
}

/**
 * A dry run's report with what the user must see before agreeing: the plan
 * line by line (titles, sections, each paper once) and the token that makes
 * an apply carry out exactly this plan.
 */
export function withPlanPreview(
  report: ReorganizeReport,
  plan: ReorganizePlan,
  blocks: BlockSummary[],
  settings: Settings,
): ReorganizeReport {
  return {
    ...report,
    changesNothing: changesNothing(plan),
    planToken: planFingerprint(plan.steps),
    planLines: planLinesOf(plan, plan.steps, blocks, settings),
  };
}
