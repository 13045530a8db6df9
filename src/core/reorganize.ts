// Plans a reorganize run as pure data: merge same-named sections, sort entry runs with the fewest moves, file confident Inbox entries.
import type {BlockSummary, Entry, Outline, Section} from './doc-model';
import {compareEntries} from './entry-order';
import {
  BlockReadings,
  buildOutline,
  isBlank,
  normalizeSectionName,
  sectionKey,
} from './outline';
import type {Settings, SortOrder} from './settings';
import type {Suggestion} from './types';

/**
 * One edit, in body indices of the document as the steps before it left it.
 * `move` has DocumentPort.moveRange's meaning (insert before the child now at
 * `before`); `remove` only ever deletes a merged section's emptied heading.
 */
export type ReorganizeStep =
  | {
      kind: 'move';
      purpose: 'merge' | 'sort' | 'file';
      from: number;
      count: number;
      before: number;
      /** The section the move serves (the surviving one for a merge). */
      section: string;
      /** The entry moved, for sorting and filing. */
      id?: string;
      /** For filing: the section the entry leaves. */
      fromSection?: string;
    }
  | {kind: 'remove'; purpose: 'merge'; index: number; section: string};

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
  filed: {id: string; from: string; to: string}[];
  /** Ids standing in more than one place; reported, never removed or filed. */
  duplicates: {id: string; sections: string[]}[];
  /** What is deliberately left as it is, and why: one sentence each. */
  notes: string[];
}

/** Gives the top suggestion for an entry; built over the outline the filing phase sees. */
export type Suggester = (
  outline: Outline,
) => (entry: Entry) => Suggestion | undefined;

export interface PlanOptions {
  /** Files Inbox entries when given; without it the Inbox is only sorted. */
  suggester?: Suggester;
}

/** Label for duplicates standing outside every section. */
export const OUTSIDE_SECTIONS = '(outside sections)';

/**
 * The order reorganize sorts by: compareEntries, then the entry's own text so
 * two entries of the same paper still have one right order (a run that is cut
 * off and resumed ends where an uncut run would).
 */
export function reorganizeOrder(a: Entry, b: Entry, order: SortOrder): number {
  return (
    compareEntries(a, b, order) ||
    textOrder(a.byline, b.byline) ||
    textOrder(a.notes.join('\n'), b.notes.join('\n')) ||
    textOrder(a.url, b.url)
  );
}

function textOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Positions (in `values`) of one longest strictly increasing subsequence,
 * by patience sorting in O(n log n).
 */
export function longestIncreasing(values: number[]): boolean[] {
  const tails: number[] = [];
  const previous: number[] = new Array(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (values[tails[mid]] < values[i]) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[i] = tails[low - 1];
    tails[low] = i;
  }
  const kept: boolean[] = new Array(values.length).fill(false);
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0;) {
    kept[i] = true;
    i = previous[i];
  }
  return kept;
}

/** The body as the steps so far leave it; block objects keep their identity across moves. */
class Draft {
  readonly steps: ReorganizeStep[] = [];
  private blocks: BlockSummary[];
  private stale = false;
  /** What each block says on its own: the draft's blocks keep their text, so later outlines parse no head again. */
  private readonly readings = new BlockReadings();
  /** The last outline built, kept while no step changes the body: phases that planned nothing share it. */
  private built: {sectionLevel?: number; outline: Outline} | null = null;

  constructor(
    blocks: BlockSummary[],
    private readonly options: {sectionLevel?: number; inboxName: string},
  ) {
    this.blocks = blocks.map((block, index) => ({...block, index}));
  }

  get length(): number {
    return this.blocks.length;
  }

  at(index: number): BlockSummary {
    return this.blocks[index];
  }

  /** The blocks as they stand now, for looking up an outline's indices after later moves. */
  snapshot(): BlockSummary[] {
    return [...this.blocks];
  }

  indexOf(block: BlockSummary): number {
    this.reindex();
    return block.index;
  }

  /** The outline of the body as it stands; a level the last outline detected or was given reuses it. */
  outline(sectionLevel?: number): Outline {
    const built = this.built;
    if (
      built &&
      (sectionLevel === built.sectionLevel ||
        sectionLevel === built.outline.level)
    ) {
      return built.outline;
    }
    this.reindex();
    const outline = buildOutline(this.blocks, {
      ...this.options,
      sectionLevel,
      readings: this.readings,
    });
    this.built = {sectionLevel, outline};
    return outline;
  }

  move(step: Extract<ReorganizeStep, {kind: 'move'}>): void {
    this.steps.push(step);
    const moved = this.blocks.splice(step.from, step.count);
    const at = step.before > step.from ? step.before - step.count : step.before;
    this.blocks.splice(at, 0, ...moved);
    this.changed();
  }

  remove(step: Extract<ReorganizeStep, {kind: 'remove'}>): void {
    this.steps.push(step);
    this.blocks.splice(step.index, 1);
    this.changed();
  }

  /** Writes blocks in a new order over [start, start + blocks.length), as a run's sort moves leave them. */
  overwrite(start: number, blocks: BlockSummary[]): void {
    blocks.forEach((block, i) => (this.blocks[start + i] = block));
    this.changed();
  }

  /** The position after the last non-blank block of [from, to). */
  trimBlankTail(from: number, to: number): number {
    let end = to;
    while (end > from && isBlank(this.blocks[end - 1])) end--;
    return end;
  }

  private changed(): void {
    this.stale = true;
    this.built = null;
  }

  private reindex(): void {
    if (!this.stale) return;
    this.blocks.forEach((block, index) => (block.index = index));
    this.stale = false;
  }
}

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
  const filed: {id: string; from: string; to: string}[] = [];
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
    if (options.suggester) {
      filed.push(
        ...fileToFixedPoint(
          draft,
          level,
          settings,
          options.suggester,
          duplicateIds,
          notes,
        ),
      );
    }
    const beforeInboxSort = draft.outline(level);
    if (beforeInboxSort.inbox) {
      planSort(
        draft,
        [beforeInboxSort.inbox],
        settings.sortOrder,
        sorted,
        notes,
      );
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
    notes: [...notes],
  };
}

/**
 * Merges each later section into the first of its name: its intro joins the
 * first's intro, the rest moves to the end of the first (before that
 * section's trailing blank lines) and its emptied heading is removed. When
 * the content reaches the end of the body, whose final paragraph cannot be
 * removed, the sections in between move below it instead, which leaves the
 * same document; only with `rotate`.
 */
function planMerges(
  draft: Draft,
  level: number,
  rotate: boolean,
  notes: Set<string>,
): string[] {
  const merged: string[] = [];
  const unmergeable = new Set<BlockSummary>();
  for (;;) {
    const outline = draft.outline(level);
    const firstOfName = new Map<string, Section>();
    let pair: {first: Section; later: Section} | null = null;
    for (const section of outline.sections) {
      // Only sections with the same chapters merge: NLP > Surveys and Vision > Surveys stay apart.
      const key = sectionKey(section);
      const first = firstOfName.get(key);
      if (!first) firstOfName.set(key, section);
      else if (!unmergeable.has(draft.at(section.headingIndex))) {
        pair = {first, later: section};
        break;
      }
    }
    if (!pair) return merged;
    const {first, later} = pair;
    const title = first.title;
    const heading = later.headingIndex;
    const introEnd = draft.trimBlankTail(heading + 1, later.introEnd);
    if (introEnd > heading + 1 && introEnd < draft.length) {
      draft.move({
        kind: 'move',
        purpose: 'merge',
        from: heading + 1,
        count: introEnd - heading - 1,
        before: first.introEnd,
        section: first.title,
      });
      continue;
    }
    const contentEnd = draft.trimBlankTail(heading + 1, later.end);
    const insertAt = draft.trimBlankTail(first.headingIndex + 1, first.end);
    const last = draft.length - 1;
    const headingIsLast = heading === last;
    if (!headingIsLast && (insertAt === heading || contentEnd <= last)) {
      const count = contentEnd - heading - 1;
      if (count > 0 && insertAt < heading) {
        draft.move({
          kind: 'move',
          purpose: 'merge',
          from: heading + 1,
          count,
          before: insertAt,
          section: title,
        });
        draft.remove({
          kind: 'remove',
          purpose: 'merge',
          index: heading + count,
          section: title,
        });
      } else {
        draft.remove({
          kind: 'remove',
          purpose: 'merge',
          index: heading,
          section: title,
        });
      }
    } else if (!rotate) {
      unmergeable.add(draft.at(heading));
      continue;
    } else {
      const rotateFrom = insertAt < heading ? insertAt : heading - 1;
      // Each block moved goes to the end of the body in turn, and Docs adds a paragraph after a table there.
      if (holdsTable(index => draft.at(index), rotateFrom, heading)) {
        unmergeable.add(draft.at(heading));
        notes.add(
          `The last "${later.title}" section was not merged into the first: merging it would move a table to the document's end, where Google Docs adds a paragraph.`,
        );
        continue;
      }
      draft.move({
        kind: 'move',
        purpose: 'merge',
        from: rotateFrom,
        count: heading - rotateFrom,
        before: draft.length,
        section: title,
      });
      draft.remove({
        kind: 'remove',
        purpose: 'merge',
        index: rotateFrom,
        section: title,
      });
    }
    if (!merged.includes(title)) merged.push(title);
  }
}

/**
 * The entries of a run that may move. A move of the entry holding the body's
 * final paragraph is done as the move of the blocks between to the end
 * (DocumentPort.moveRange), so that paragraph is never removed. But then
 * every block of the run may pass through the end of the body, one copy at a
 * time, and Docs adds a paragraph after a table that ends it: in a run
 * holding a table, that entry stays where it is.
 */
function movableEntries(
  at: (index: number) => BlockSummary,
  bodyLength: number,
  entries: Entry[],
): {movable: Entry[]; end: number; pinned: boolean} {
  const last = entries[entries.length - 1];
  if (last.end === bodyLength && holdsTable(at, entries[0].start, last.end)) {
    return {movable: entries.slice(0, -1), end: last.start, pinned: true};
  }
  return {movable: entries, end: last.end, pinned: false};
}

/** True when a block of [from, to) is a table. */
function holdsTable(
  at: (index: number) => BlockSummary,
  from: number,
  to: number,
): boolean {
  for (let i = from; i < to; i++) if (at(i).kind === 'table') return true;
  return false;
}

/** True when an entry's head is a nested list item: after another entry it would read as that entry's note. */
function hasNestedHead(draft: Draft, entries: Entry[]): boolean {
  return entries.some(entry => {
    const head = draft.at(entry.start);
    return head.kind === 'listItem' && (head.nesting ?? 0) > 0;
  });
}

/**
 * Block offsets inside a run while its sort moves are planned. Entries move
 * in reverse sorted order, each just before its successor, so each has a
 * fixed slot before it moves and, if it moves, one after: among the entries
 * moving just before the next entry (in sorted order) that stays, or at the
 * run's end. A Fenwick tree of entry sizes over those slots gives an offset in
 * O(log n) where a scan of the run would make a long run's sort quadratic.
 */
class SortOffsets {
  /** By sorted position: the entry's slot now. */
  private readonly slot: Int32Array;
  /** By sorted position: the slot a moving entry goes to. */
  private readonly placed: Int32Array;
  private readonly size: Int32Array;
  /** Fenwick tree (1-based) of the sizes of the entries in each slot. */
  private readonly tree: Int32Array;

  constructor(
    movable: Entry[],
    target: Entry[],
    rank: Map<Entry, number>,
    stays: boolean[],
  ) {
    const n = target.length;
    this.slot = new Int32Array(n);
    this.placed = new Int32Array(n);
    this.size = Int32Array.from(target, entry => entry.end - entry.start);
    // The entries that move just before a staying one are those sorted between it and the previous one that stays.
    const movingFrom = new Int32Array(n);
    let lastStaying = -1;
    for (let k = 0; k < n; k++) {
      if (!stays[k]) continue;
      movingFrom[k] = lastStaying + 1;
      lastStaying = k;
    }
    let slots = 0;
    for (const entry of movable) {
      const k = rank.get(entry) as number;
      if (stays[k]) {
        for (let m = movingFrom[k]; m < k; m++) this.placed[m] = slots++;
      }
      this.slot[k] = slots++;
    }
    for (let m = lastStaying + 1; m < n; m++) this.placed[m] = slots++;
    this.tree = new Int32Array(slots + 1);
    for (let k = 0; k < n; k++) this.add(this.slot[k], this.size[k]);
  }

  /** Blocks before the entry at sorted position `k`, from the run's start. */
  offsetOf(k: number): number {
    let sum = 0;
    for (let i = this.slot[k]; i > 0; i -= i & -i) sum += this.tree[i];
    return sum;
  }

  /** Moves the entry at sorted position `k` to its place. */
  place(k: number): void {
    this.add(this.slot[k], -this.size[k]);
    this.slot[k] = this.placed[k];
    this.add(this.slot[k], this.size[k]);
  }

  private add(slot: number, delta: number): void {
    for (let i = slot + 1; i < this.tree.length; i += i & -i) {
      this.tree[i] += delta;
    }
  }
}

/**
 * Sorts every run of the given sections. Moves stay inside their run, so the
 * runs' positions hold for the whole phase. Each entry outside a longest
 * already-ordered subsequence moves once, straight to its place: taken in
 * reverse sorted order, each goes just before its successor, which has
 * already reached its place.
 */
function planSort(
  draft: Draft,
  sections: Section[],
  order: SortOrder,
  sorted: Set<string>,
  notes: Set<string>,
): void {
  for (const section of sections) {
    for (const run of section.runs) {
      const {movable, end, pinned} = movableEntries(
        index => draft.at(index),
        draft.length,
        run.entries,
      );
      const pinnedEntry = run.entries[run.entries.length - 1];
      if (
        pinned &&
        movable.some(e => reorganizeOrder(e, pinnedEntry, order) > 0)
      ) {
        notes.add(
          `The last entry of "${section.title}" stays last: its text ends the document, and sorting it would move a table of that list to the document's end, where Google Docs adds a paragraph.`,
        );
      }
      if (movable.length < 2) continue;
      if (hasNestedHead(draft, movable)) {
        notes.add(
          `Part of "${section.title}" was not sorted: an entry there starts with an indented list item, which would become another entry's note.`,
        );
        continue;
      }
      const target = [...movable].sort((a, b) => reorganizeOrder(a, b, order));
      const rank = new Map(target.map((entry, i) => [entry, i]));
      const kept = longestIncreasing(movable.map(e => rank.get(e) as number));
      if (kept.every(Boolean)) continue;
      const stays: boolean[] = new Array(target.length);
      movable.forEach(
        (entry, i) => (stays[rank.get(entry) as number] = kept[i]),
      );
      const offsets = new SortOffsets(movable, target, rank, stays);
      for (let k = target.length - 1; k >= 0; k--) {
        if (stays[k]) continue;
        const entry = target[k];
        const next = k + 1 < target.length ? k + 1 : null;
        draft.steps.push({
          kind: 'move',
          purpose: 'sort',
          from: run.start + offsets.offsetOf(k),
          count: entry.end - entry.start,
          before: next === null ? end : run.start + offsets.offsetOf(next),
          section: section.title,
          id: entry.id,
        });
        offsets.place(k);
      }
      const reordered: BlockSummary[] = [];
      for (const entry of target) {
        for (let i = entry.start; i < entry.end; i++)
          reordered.push(draft.at(i));
      }
      draft.overwrite(run.start, reordered);
      sorted.add(section.title);
    }
  }
}

/** Most filing rounds of one run; each files at least one entry, so this only bounds a pathological suggester. */
const MAX_FILING_ROUNDS = 25;

/**
 * Files Inbox entries round after round until a round files nothing: entries
 * filed change what the suggester learns from, so a single round left
 * entries the next run would file (a second run must change nothing).
 */
function fileToFixedPoint(
  draft: Draft,
  level: number,
  settings: Settings,
  suggester: Suggester,
  duplicateIds: Set<string>,
  notes: Set<string>,
): {id: string; from: string; to: string}[] {
  const filed: {id: string; from: string; to: string}[] = [];
  for (let round = 0; round < MAX_FILING_ROUNDS; round++) {
    const more = planFiling(
      draft,
      draft.outline(level),
      settings,
      suggester,
      duplicateIds,
      notes,
    );
    if (!more.length) break;
    filed.push(...more);
  }
  return filed;
}

/**
 * Files Inbox entries whose top suggestion names an existing section with
 * enough confidence. Decisions are taken on one outline (the classifier sees
 * the Inbox as it is); each entry then moves once, to its sorted place in the
 * target's main run (the entries right under its heading), or where a first
 * entry goes when it has none.
 */
function planFiling(
  draft: Draft,
  outline: Outline,
  settings: Settings,
  suggester: Suggester,
  duplicateIds: Set<string>,
  notes: Set<string>,
): {id: string; from: string; to: string}[] {
  const inbox = outline.inbox;
  if (!inbox || !inbox.entries.length) return [];
  const suggest = suggester(outline);
  const byName = new Map<string, Section>();
  for (const section of outline.sections) {
    const key = normalizeSectionName(section.title);
    if (!byName.has(key)) byName.set(key, section);
  }
  const blocksAtOutline = draft.snapshot();
  const places = new Map<Section, Place>();
  const filed: {id: string; from: string; to: string}[] = [];
  for (const entry of inbox.entries) {
    if (duplicateIds.has(entry.id)) continue;
    const top = suggest(entry);
    if (!top || top.isNew || !(top.confidence >= settings.autoFileThreshold)) {
      continue;
    }
    const target = byName.get(normalizeSectionName(top.section));
    if (!target || target === inbox) continue;
    const head = blocksAtOutline[entry.start];
    if (head.kind === 'listItem' && (head.nesting ?? 0) > 0) {
      notes.add(
        `${entry.id} stays in "${inbox.title}": it starts with an indented list item, which would become another entry's note.`,
      );
      continue;
    }
    if (entry.end === blocksAtOutline.length) {
      notes.add(
        `${entry.id} stays in "${inbox.title}": its text ends the document, and Google Docs cannot remove a document's final paragraph.`,
      );
      continue;
    }
    let place = places.get(target);
    if (!place) {
      place = placeIn(blocksAtOutline, target);
      places.set(target, place);
    }
    const slot = upperBound(place.entries, entry, settings.sortOrder);
    const successor = slot < place.entries.length ? place.entries[slot] : null;
    if (
      !successor &&
      !place.anchor &&
      holdsTable(i => blocksAtOutline[i], entry.start, entry.end)
    ) {
      notes.add(
        `${entry.id} stays in "${inbox.title}": filing it would move a table to the document's end, where Google Docs adds a paragraph.`,
      );
      continue;
    }
    const from = draft.indexOf(head);
    draft.move({
      kind: 'move',
      purpose: 'file',
      from,
      count: entry.end - entry.start,
      before: successor
        ? draft.indexOf(successor.head)
        : place.anchor
          ? draft.indexOf(place.anchor)
          : draft.length,
      section: target.title,
      id: entry.id,
      fromSection: inbox.title,
    });
    place.entries.splice(slot, 0, {entry, head});
    filed.push({id: entry.id, from: inbox.title, to: target.title});
  }
  return filed;
}

/** Where filed entries go in one section: its sorted main run, and the block new entries go before when they sort last. */
interface Place {
  entries: {entry: Entry; head: BlockSummary}[];
  /** Null: the end of the body. */
  anchor: BlockSummary | null;
}

function placeIn(blocks: BlockSummary[], section: Section): Place {
  const main = section.runs.find(run => run.start === section.introEnd);
  if (!main) {
    return {
      entries: [],
      anchor:
        section.introEnd < blocks.length ? blocks[section.introEnd] : null,
    };
  }
  const {movable, end} = movableEntries(
    index => blocks[index],
    blocks.length,
    main.entries,
  );
  return {
    entries: movable.map(entry => ({entry, head: blocks[entry.start]})),
    anchor: end < blocks.length ? blocks[end] : null,
  };
}

/** The first slot whose entry sorts after `entry`: equal entries keep the newcomer last. */
function upperBound(
  entries: {entry: Entry}[],
  entry: Entry,
  order: SortOrder,
): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (reorganizeOrder(entries[mid].entry, entry, order) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
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
