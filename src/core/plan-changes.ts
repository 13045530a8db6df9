// What a reorganize plan changes, by paper title and section, and the one rule for "this plan changes nothing".
import {
  landingKey,
  type ReorganizePlan,
  type ReorganizeStep,
} from './reorganize';

/** The counts a plan and a report both carry. */
export interface ChangeCounts {
  moves: number;
  mergedSections: readonly string[];
  filed: readonly unknown[];
}

/**
 * True when a plan (or the report of one) changes nothing in the document:
 * no entry moves, no repeated heading merges, nothing is filed. A merge of an
 * empty repeated heading is a change without a move. The one copy of this
 * rule: the app, the menu and (through `ReorganizeReport.changesNothing`) the
 * sidebar all ask it.
 */
export function changesNothing(plan: ChangeCounts): boolean {
  return (
    plan.moves === 0 &&
    plan.mergedSections.length === 0 &&
    plan.filed.length === 0
  );
}

/** A paper the plan names: its id and the title its entry has in the document. */
export interface NamedPaper {
  id: string;
  title: string;
}

/**
 * A paper a plan moves, with where it lands: after the paper `after`, or at
 * its section's top (null); undefined when the plan does not say (an old plan).
 */
export interface MovedPaper extends NamedPaper {
  after?: NamedPaper | null;
}

/** One change of a plan, as the user is shown it. */
export type PlanChange =
  | {kind: 'merge'; section: string}
  | {kind: 'sort'; section: string; papers: MovedPaper[]}
  | {
      kind: 'file';
      paper: NamedPaper;
      from: string;
      to: string;
      after?: NamedPaper | null;
    };

/**
 * The changes of `steps` (a plan's, or the part of it carried out), one per
 * merged section, one per sorted section listing each moved paper once, and
 * one per filed paper, in the order the steps first touch them.
 * @param titleOf the entry's title in the document; the id when it has none
 */
export function planChanges(
  plan: Pick<ReorganizePlan, 'filed'> &
    Partial<Pick<ReorganizePlan, 'landsAfter'>>,
  steps: readonly ReorganizeStep[],
  titleOf: (id: string) => string,
): PlanChange[] {
  const changes: PlanChange[] = [];
  const merged = new Set<string>();
  const sorts = new Map<string, {papers: MovedPaper[]; ids: Set<string>}>();
  const filed = new Set<string>();
  const filing = new Map(plan.filed.map(f => [f.id, f]));
  const named = (id: string): NamedPaper => ({id, title: titleOf(id) || id});
  // Where the entry lands: the entry above it once the plan is done (its own title, a copy's may differ).
  const landing = (section: string, id: string) => {
    const key = landingKey(section, id);
    if (!plan.landsAfter || !(key in plan.landsAfter)) return {};
    const above = plan.landsAfter[key];
    return {after: above && {id: above.id, title: above.title}};
  };
  for (const step of steps) {
    if (step.purpose === 'merge') {
      if (merged.has(step.section)) continue;
      merged.add(step.section);
      changes.push({kind: 'merge', section: step.section});
    } else if (step.kind === 'move' && step.id !== undefined) {
      if (step.purpose === 'file') {
        const f = filing.get(step.id);
        if (!f || filed.has(step.id)) continue;
        filed.add(step.id);
        changes.push({
          kind: 'file',
          paper: named(step.id),
          from: f.from,
          to: f.to,
          ...landing(step.section, step.id),
        });
        continue;
      }
      let sort = sorts.get(step.section);
      if (!sort) {
        sort = {papers: [], ids: new Set()};
        sorts.set(step.section, sort);
        changes.push({
          kind: 'sort',
          section: step.section,
          papers: sort.papers,
        });
      }
      if (sort.ids.has(step.id)) continue;
      sort.ids.add(step.id);
      sort.papers.push({
        ...named(step.id),
        ...landing(step.section, step.id),
      });
    }
  }
  return changes;
}
