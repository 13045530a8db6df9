// Plans a reorganize run as pure data: merge same-named sections, sort entry runs with the fewest moves, file confident Inbox entries.
import type {BlockSummary, Outline} from './doc-model';
import {Draft, type ReorganizeStep} from './reorganize-draft';
import {
  fileToFixedPoint,
  type FiledEntry,
  type Suggester,
} from './reorganize-file';
import {planMerges} from './reorganize-merge';
import {planSort} from './reorganize-sort';
import type {Settings} from './settings';

export type {ReorganizeStep} from './reorganize-draft';
export type {Suggester} from './reorganize-file';
export {longestIncreasing} from './reorganize-sort';

export interface ReorganizePlan {
  /** The section heading level the plan worked at. */
  level: number;
  steps: ReorganizeStep[];
  /** Number of move steps. */
  moves: number;
  /** Sections whose entries get sorted, in document order. */
  sortedSections: string[];
  /** Sections that absorb a later section of the same name. */
  mergedSections: string[];
  filed: {id: string; from: string; to: string; title?: string}[];
  /** Ids standing in more than one place; reported, never removed or filed. */
  duplicates: {id: string; sections: string[]}[];
  /** What is deliberately left as it is, and why: one sentence each. */
  notes: string[];
  /**
   * Where each sorted or filed entry ends up once the whole plan is done: the
   * entry right above it in its section, or null at the section's top. Keyed
   * by landingKey(section, id); reports say "after “…”" from it.
   */
  landsAfter: Record<string, {id: string; title: string} | null>;
}

/** The key of plan.landsAfter for entry `id` in `section`. */
export function landingKey(section: string, id: string): string {
  return `${section}\n${id}`;
}

export interface PlanOptions {
  /** Files Inbox entries when given; without it the Inbox is only sorted. */
  suggester?: Suggester;
}

/** Most Inbox sort-then-file rounds of one run; each files an entry, so this only bounds a pathological suggester. */
const MAX_INBOX_ROUNDS = 25;

/** Label for duplicates standing outside every section. */
export const OUTSIDE_SECTIONS = '(outside sections)';

/**
 * Plans a reorganize run over a body as DocumentPort.read gives it. The
 * steps, applied in order, merge later sections into the first of the same
 * name, sort every entry run (moving only entries outside a longest run
 * already in order), file Inbox entries whose top suggestion reaches the
 * threshold into their sorted place, and sort what stays in the Inbox. The
 * preamble, intros, sub-headings and section order stay where they are; only
 * merged headings go. The body's final paragraph is never removed (a move of
 * what ends the body moves the blocks between instead, DocumentPort.moveRange),
 * and no table ever reaches the body's end, where Docs would add a paragraph.
 * @param blocks one summary per body child, in order
 * @param settings section level, sort order, Inbox name and filing threshold
 * @param options the suggester for filing
 */
export function planReorganize(
  blocks: BlockSummary[],
  settings: Settings,
  options: PlanOptions = {},
): ReorganizePlan {
  const draft = new Draft(blocks, {inboxName: settings.inboxName});
  const initial = draft.outline(settings.sectionLevel || undefined);
  const level = initial.level;
  const notes = new Set<string>();
  const duplicates = findDuplicates(initial);
  const duplicateIds = new Set(duplicates.map(d => d.id));
  const mergedSections: string[] = [];
  const sorted = new Set<string>();
  const filed: FiledEntry[] = [];
  // Why Inbox entries stay, as the last filing pass saw them: an earlier
  // pass's reason may no longer hold.
  let filingNotes = new Set<string>();
  /** Files the Inbox to its fixed point; says whether anything was filed. */
  const fileInbox = (): boolean => {
    if (!options.suggester) return false;
    filingNotes = new Set<string>();
    const more = fileToFixedPoint(
      draft,
      level,
      settings,
      options.suggester,
      duplicateIds,
      filingNotes,
    );
    filed.push(...more);
    return more.length > 0;
  };
  // Merging a section that ends the body moves other content below the final
  // paragraph; whether Docs allows that depends on the block that then ends the
  // body, so those merges come last and the phases repeat after one.
  for (let rotate = false; ; rotate = true) {
    const merged = planMerges(draft, level, rotate, notes);
    merged.forEach(
      title => mergedSections.includes(title) || mergedSections.push(title),
    );
    if (rotate && !merged.length) break;
    const afterMerge = draft.outline(level);
    planSort(
      draft,
      afterMerge.sections.filter(s => s !== afterMerge.inbox),
      settings.sortOrder,
      sorted,
      notes,
    );
    fileInbox();
    // Sorting the Inbox can free an entry that filing had to leave (one whose
    // text ended the document), so filing runs again until the Inbox is still:
    // a second run must find nothing to do.
    for (let round = 0; round < MAX_INBOX_ROUNDS; round++) {
      const beforeInboxSort = draft.outline(level);
      if (!beforeInboxSort.inbox) break;
      const stepsBefore = draft.steps.length;
      planSort(
        draft,
        [beforeInboxSort.inbox],
        settings.sortOrder,
        sorted,
        notes,
      );
      if (draft.steps.length === stepsBefore || !fileInbox()) break;
    }
  }
  const final = draft.outline(level);
  return {
    level,
    steps: draft.steps,
    moves: draft.steps.filter(s => s.kind === 'move').length,
    sortedSections: final.sections
      .map(s => s.title)
      .filter(title => sorted.has(title)),
    mergedSections,
    filed,
    duplicates,
    notes: [...notes, ...filingNotes],
    landsAfter: landings(final, draft.steps, duplicateIds),
  };
}

/**
 * The entry above each moved entry in the final outline. A paper standing
 * twice is left out: its id alone does not say which copy moved.
 */
function landings(
  final: Outline,
  steps: readonly ReorganizeStep[],
  duplicateIds: Set<string>,
): ReorganizePlan['landsAfter'] {
  const wanted = new Set<string>();
  for (const step of steps) {
    if (
      step.kind === 'move' &&
      step.purpose !== 'merge' &&
      step.id &&
      !duplicateIds.has(step.id)
    ) {
      wanted.add(landingKey(step.section, step.id));
    }
  }
  const out: ReorganizePlan['landsAfter'] = {};
  for (const section of final.sections) {
    section.entries.forEach((entry, i) => {
      const key = landingKey(section.title, entry.id);
      if (!wanted.has(key) || key in out) return;
      const above = i > 0 ? section.entries[i - 1] : null;
      out[key] = above ? {id: above.id, title: above.title || above.id} : null;
    });
  }
  return out;
}

/** Ids found in more than one place, with the section of each place in document order. */
function findDuplicates(outline: Outline): {id: string; sections: string[]}[] {
  const places: {start: number; id: string; section: string}[] = [];
  for (const entry of outline.looseEntries ?? []) {
    places.push({start: entry.start, id: entry.id, section: OUTSIDE_SECTIONS});
  }
  for (const section of outline.sections) {
    for (const entry of section.entries) {
      places.push({start: entry.start, id: entry.id, section: section.title});
    }
  }
  places.sort((a, b) => a.start - b.start);
  const byId = new Map<string, string[]>();
  for (const place of places) {
    const list = byId.get(place.id);
    if (list) list.push(place.section);
    else byId.set(place.id, [place.section]);
  }
  const duplicates: {id: string; sections: string[]}[] = [];
  byId.forEach((sections, id) => {
    if (sections.length > 1) duplicates.push({id, sections});
  });
  return duplicates;
}
