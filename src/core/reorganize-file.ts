// Reorganize's filing phase: confident Inbox entries move to their sorted place, round after round until nothing more files.
import type {BlockSummary, Entry, Outline, Section} from './doc-model';
import {mainRun, sortedPlace} from './entry-order';
import {normalizeSectionName} from './outline';
import {type Draft, holdsTable, movableEntries} from './reorganize-draft';
import type {Settings} from './settings';
import type {Suggestion} from './types';

/** An Inbox entry the plan files: its id, sections and title (reports name papers by title). */
export interface FiledEntry {
  id: string;
  from: string;
  to: string;
  title?: string;
}

/** A title for a sentence: cut at a word near 60 characters, never ending on an open bracket or a dash. */
export function shortTitle(title: string, max = 60): string {
  // A head whose link covers only part of an aside reads "RoBERTa (": the dangling bracket goes.
  const whole = title.replace(/\s*[([{]\s*$/u, '') || title;
  if (whole.length <= max) return whole;
  title = whole;
  const cut = title.slice(0, max);
  const word = cut.lastIndexOf(' ');
  const kept = (word > max / 2 ? cut.slice(0, word) : cut).replace(
    /[\s([{\-–—:;,/]+$/u,
    '',
  );
  // An aside the cut leaves open ("RoBERTa (A…") goes whole: "RoBERTa…".
  const open = kept.lastIndexOf('(');
  const aside =
    open > 0 && kept.indexOf(')', open) < 0
      ? kept.slice(0, open).replace(/[\s\-–—:;,/]+$/u, '')
      : kept;
  return `${aside || kept}…`;
}

/** Why an Inbox entry stays: the best section and its confidence against the threshold, or that none fits. */
function staysWhy(
  title: string,
  inbox: string,
  top: {section: string; confidence: number; isNew?: boolean} | undefined,
  settings: Settings,
): string {
  const named = `“${shortTitle(title)}” stays in “${inbox}”`;
  const threshold = Math.round(settings.autoFileThreshold * 100);
  if (!top || top.isNew) return `${named}: no section of the document fits it.`;
  return `${named}: best: ${top.section} ${Math.round(top.confidence * 100)}%, below your ${threshold}% threshold.`;
}

/** Gives the top suggestion for an entry; built over the outline the filing phase sees. */
export type Suggester = (
  outline: Outline,
) => (entry: Entry) => Suggestion | undefined;

/** Most filing rounds of one run; each files at least one entry, so this only bounds a pathological suggester. */
const MAX_FILING_ROUNDS = 25;

/**
 * Files Inbox entries round after round until a round files nothing: entries
 * filed change what the suggester learns from, so a single round left
 * entries the next run would file (a second run must change nothing).
 */
export function fileToFixedPoint(
  draft: Draft,
  level: number,
  settings: Settings,
  suggester: Suggester,
  duplicateIds: Set<string>,
  notes: Set<string>,
): FiledEntry[] {
  const filed: FiledEntry[] = [];
  // Only the last round's reasons hold: an entry left in one round may be
  // filed in the next, and its "stays" note would then be false.
  let roundNotes = new Set<string>();
  for (let round = 0; round < MAX_FILING_ROUNDS; round++) {
    roundNotes = new Set<string>();
    const more = planFiling(
      draft,
      draft.outline(level),
      settings,
      suggester,
      duplicateIds,
      roundNotes,
    );
    if (!more.length) break;
    filed.push(...more);
  }
  roundNotes.forEach(note => notes.add(note));
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
): FiledEntry[] {
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
  const filed: FiledEntry[] = [];
  for (const entry of inbox.entries) {
    if (duplicateIds.has(entry.id)) continue;
    const top = suggest(entry);
    if (!top || top.isNew || !(top.confidence >= settings.autoFileThreshold)) {
      notes.add(staysWhy(entry.title || entry.id, inbox.title, top, settings));
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
    // The sort phase has just sorted the main run: a binary search finds the place.
    const slot = sortedPlace(
      place.entries,
      placed => placed.entry,
      entry,
      settings.sortOrder,
      true,
    );
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
    filed.push({
      id: entry.id,
      from: inbox.title,
      to: target.title,
      title: entry.title,
    });
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
  const main = mainRun(section);
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
