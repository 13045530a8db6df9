// Undo last haul: records what each insertPapers call wrote, per user, and removes exactly those entries again.
import type {BlockSummary} from '../../core/doc-model';
import {editReason, haulEntry, type HaulRecord} from '../../core/haul-record';
import {
  buildOutline,
  findEntries,
  isBlank,
  normalizeSectionName,
} from '../../core/outline';
import type {Settings} from '../../core/settings';
import {
  STORED,
  STORE_FULL,
  chunksFor,
  isQuotaError,
} from '../../core/stored-state';
import {ChunkedJson} from '../shared/chunked-store';
import type {WrittenEntry} from './insert';
import {withWriteLock} from '../shared/write-lock';
import type {
  ClockPort,
  DocumentPort,
  KeyValueStore,
  LockPort,
} from '../shared/ports';

/** Pieces of 8 KB a record may take (core/stored-state): ~100 bytes an entry, so 200 entries need 3. */
const MAX_RECORD_CHUNKS = chunksFor('lastHaul');
/** Titles the sidebar shows of the haul it would undo. */
const TITLES_SHOWN = 3;

/** One tab of the document, as its own port. */
export interface HaulTab {
  id: string | null;
  title: string;
  document: DocumentPort;
}

export interface UndoDeps {
  /** The open tab's document: where a haul is written, and undone when it was written there. */
  document: DocumentPort;
  /** The id of the tab `document` works on, or null where Docs gives none. */
  tabId?: string | null;
  /**
   * Every tab of the document, each as its own port, asked only when the
   * haul was written in another tab than the open one: undo works there.
   */
  tabs?: () => HaulTab[];
  lock: LockPort;
  /** Document properties: the record belongs to the document it describes. */
  store: KeyValueStore;
  /** Who the record is for (Session's temporary active user key): each user undoes their own haul. */
  userKey: string;
  clock: ClockPort;
  settings: Settings;
}

/** What undoLastHaul did (the contract's shape plus a note for the user). */
export interface UndoResult {
  removed: string[];
  /** Entries not removed: `gone` when the entry is no longer in the document (nothing to remove), else edited since. */
  kept: {id: string; reason: string; gone?: true}[];
  /** Anything else the user should know (a blank paragraph Docs keeps, a heading kept). */
  message?: string;
}

/** What the sidebar shows while an undo is possible. */
export interface UndoState {
  count: number;
  titles: string[];
  at: string;
}

/** Undo after a haul whose writes all failed: yesterday's haul is not the last one any more. */
export const FAILED_HAUL =
  "There is nothing to undo: the last haul's writes failed before any paper was written.";

/** Undo of a haul whose tab was deleted since: its entries went with it. */
export const TAB_GONE =
  'There is nothing to undo: the tab this haul was filed in no longer exists.';

/** Undo clicked in another tab than the haul's, where the port cannot open that tab. */
export const OTHER_TAB =
  'This haul was filed in another tab: open it and undo there.';

export const NOTHING_TO_UNDO =
  'There is no haul to undo: nothing inserted since the last undo, or it was inserted by someone else.';

function recordStore(deps: Pick<UndoDeps, 'store' | 'userKey'>) {
  return new ChunkedJson<HaulRecord>(
    deps.store,
    `${STORED.lastHaul.key}${deps.userKey}`,
    MAX_RECORD_CHUNKS,
  );
}

/**
 * Records what one insertPapers call wrote as this user's last haul. A call
 * carrying the same `haul` token as the record (the dialog sends a big haul
 * in chunks) adds to it; any other call replaces it. A call that wrote
 * nothing leaves the record as it was, unless a write of it failed: then it
 * is the last haul, with nothing to undo, and the record says so (undo must
 * never remove an older haul's entries instead). When the record cannot be kept (too
 * big, or the document's store is full), the old one is cleared so undo never
 * removes an older haul instead, and a short note takes its place: undo then
 * says why it cannot, rather than that there is nothing to undo.
 * @returns null when the record is kept, else the words for the user
 */
export function recordHaul(
  written: WrittenEntry[],
  haul: string | undefined,
  deps: Pick<UndoDeps, 'store' | 'userKey' | 'clock' | 'tabId'>,
  writeFailed = false,
): string | null {
  if (!written.length && !writeFailed) return null;
  const store = recordStore(deps);
  const tab = deps.tabId ?? undefined;
  const read = haul ? store.read() : null;
  // A chunk of the same dialog haul sent from another tab wrote there: a haul of its own.
  const previous = read && read.haul === haul && read.tab === tab ? read : null;
  if (!written.length) {
    // A chunk of the same dialog haul keeps what the earlier chunks wrote.
    if (previous) return null;
    store.clear();
    // Should it not fit, the old record is gone at least: undo finds nothing rather than yesterday's haul.
    writeUnavailable(
      store,
      FAILED_HAUL,
      new Date(deps.clock.now()).toISOString(),
      tab,
    );
    return null;
  }
  const record: HaulRecord = previous ?? {
    at: '',
    entries: [],
    titles: [],
    headings: [],
  };
  record.at = new Date(deps.clock.now()).toISOString();
  if (haul) record.haul = haul;
  if (tab) record.tab = tab;
  for (const w of written) {
    record.entries.push(haulEntry(w.paper.id, w.blocks));
    if (record.titles.length < TITLES_SHOWN) record.titles.push(w.paper.title);
    if (w.heading && w.heading.type === 'paragraph') {
      const level = Number(/(\d)$/.exec(w.heading.heading ?? '')?.[1] ?? 0);
      record.headings.push({text: w.heading.text, level});
    }
  }
  try {
    store.write(record);
    return null;
  } catch (err) {
    const note = `Undo is not available for this haul: ${
      isQuotaError(err) && !/Too much to keep/.test(String(err))
        ? STORE_FULL.document
        : 'it is too big to remember'
    }.`;
    // Partial pieces of the failed write go too: they would hold the store's room.
    store.clear(true);
    // Should even the note not fit, undo finds no record, and the insert's result says why.
    writeUnavailable(store, note, record.at);
    return note;
  }
}

/** Records a haul with nothing to undo and the words saying why; a write that fails leaves no record. */
function writeUnavailable(
  store: ChunkedJson<HaulRecord>,
  unavailable: string,
  at: string,
  tab?: string,
): void {
  try {
    store.write({
      at,
      ...(tab ? {tab} : {}),
      entries: [],
      titles: [],
      headings: [],
      unavailable,
    });
  } catch {
    // Nothing more to do: the caller cleared the store first.
  }
}

/** This user's haul that undo would remove, or null when there is none. */
export function lastHaul(
  deps: Pick<UndoDeps, 'store' | 'userKey'>,
): UndoState | null {
  const record = recordStore(deps).read();
  if (!record || record.unavailable || !record.entries.length) return null;
  return {count: record.entries.length, titles: record.titles, at: record.at};
}

/**
 * Finds each recorded entry by its id and its blocks (not by position, so a
 * reorganize or another user's insert in between does not matter) and
 * decides: remove it, or keep it with the reason.
 */
function plan(record: HaulRecord, blocks: BlockSummary[], settings: Settings) {
  const outline = buildOutline(blocks, settings);
  const removed: string[] = [];
  const kept: UndoResult['kept'] = [];
  const ranges: {start: number; count: number}[] = [];
  for (const written of record.entries) {
    const places = findEntries(outline, written.id);
    if (!places.length) {
      kept.push({
        id: written.id,
        reason: 'It is no longer in the document (moved out or deleted).',
        gone: true,
      });
      continue;
    }
    let reason = '';
    const match = places.find(({entry}) => {
      if (ranges.some(r => r.start === entry.start)) return false;
      const why = editReason(written, blocks.slice(entry.start, entry.end));
      if (why && !reason) reason = why;
      return why === null;
    });
    if (match) {
      ranges.push({start: match.entry.start, count: written.blocks.length});
      removed.push(written.id);
    } else {
      kept.push({
        id: written.id,
        reason: `${reason || 'It changed'} since the haul, so it stays.`,
      });
    }
  }
  return {removed, kept, ranges};
}

/**
 * Removes blocks that end the body. Docs cannot remove a body's last
 * paragraph, so an empty one goes after them first: the one Docs keeps.
 */
function removeEnd(document: DocumentPort, start: number, count: number) {
  document.insertBlocks(start + count, [{type: 'paragraph', text: ''}]);
  document.removeRange(start, count);
}

/**
 * After removeEnd, the body ends with the empty paragraph it added. When the
 * block before it is an empty paragraph too (a document usually ends with
 * one), that one goes instead, and the body reads exactly as if the removed
 * blocks had never been written.
 * @returns true when the added paragraph is no longer extra
 */
function dropSpareBlank(document: DocumentPort): boolean {
  const blocks = document.read();
  const previous = blocks[blocks.length - 2];
  if (!previous || !isBlank(previous) || previous.heading !== 'NORMAL') {
    return false;
  }
  document.removeRange(blocks.length - 2, 1);
  return true;
}

/** Removes the headings the haul created whose sections hold nothing but blank lines now. */
function removeEmptyHeadings(
  record: HaulRecord,
  deps: Pick<UndoDeps, 'document' | 'settings'>,
): {removedLast: boolean} {
  let removedLast = false;
  for (const heading of record.headings) {
    const blocks = deps.document.read();
    const outline = buildOutline(blocks, deps.settings);
    const key = normalizeSectionName(heading.text);
    const empty = outline.sections.find(
      s =>
        normalizeSectionName(s.title) === key &&
        blocks[s.headingIndex].heading === `HEADING${heading.level}` &&
        blocks.slice(s.headingIndex + 1, s.end).every(isBlank),
    );
    if (!empty) continue;
    if (empty.headingIndex === blocks.length - 1) {
      removeEnd(deps.document, empty.headingIndex, 1);
      removedLast = true;
    } else {
      deps.document.removeRange(empty.headingIndex, 1);
    }
  }
  return {removedLast};
}

/**
 * The tab the haul was written in, as a port: the open one for a record
 * without a tab (written before tabs were recorded) or of the open tab, else
 * that tab's own port. Never the open tab for another tab's haul: an older
 * identical entry there is not this haul's.
 * @returns the port, and the tab's title when it is not the open one
 * @throws Error with a message for the user when that tab is gone or cannot be opened
 */
function haulTab(
  record: HaulRecord,
  deps: UndoDeps,
  clear: () => void,
): {document: DocumentPort; title?: string} {
  if (!record.tab || record.tab === deps.tabId) {
    return {document: deps.document};
  }
  if (!deps.tabs) throw new Error(OTHER_TAB);
  const tabs = deps.tabs();
  const tab = tabs.find(t => t.id === record.tab);
  // The open tab's own port (its id was not known this run): no tab to name.
  if (tab && tab.document === deps.document) return {document: tab.document};
  if (tab) return {document: tab.document, title: tab.title};
  // The tab was deleted, and its entries with it: no undo can ever find them.
  clear();
  throw new Error(TAB_GONE);
}

/**
 * Removes exactly the entries this user's last haul wrote, and a section
 * heading it created when that section is empty now, under the document
 * lock, in the tab the haul was written in (whichever tab is open). An
 * entry edited since (text, gist, links, a note added) or gone is kept and
 * reported with the reason; nothing else is touched. The record is cleared
 * afterwards: one undo per haul.
 * @throws Error with a message for the user when there is nothing to undo or the document is busy
 */
export function undoLastHaul(deps: UndoDeps): UndoResult {
  const store = recordStore(deps);
  const record = store.read();
  if (record?.unavailable) throw new Error(record.unavailable);
  if (!record || !record.entries.length) throw new Error(NOTHING_TO_UNDO);
  const {document, title} = haulTab(record, deps, () => store.clear());
  return withWriteLock(deps.lock, () => {
    // A write an earlier run was cut short in (this undo's own removal, a move, an insert) is finished before reading:
    // the removals below would otherwise journal over it and leave its lines for good.
    document.recover?.();
    const blocks = document.read();
    const {removed, kept, ranges} = plan(record, blocks, deps.settings);
    // From the bottom up, so each range's indices still hold when its turn comes.
    ranges.sort((a, b) => b.start - a.start);
    let removedLast = false;
    for (const range of ranges) {
      if (range.start + range.count === blocks.length) {
        removeEnd(document, range.start, range.count);
        removedLast = true;
      } else {
        document.removeRange(range.start, range.count);
      }
    }
    const target = {document, settings: deps.settings};
    if (removeEmptyHeadings(record, target).removedLast) removedLast = true;
    if (removedLast) removedLast = !dropSpareBlank(document);
    document.flush();
    store.clear();
    const result: UndoResult = {removed, kept};
    const notes: string[] = [];
    if (title !== undefined) {
      notes.push(`Undone in the tab “${title}”, where this haul was filed.`);
    }
    if (removedLast) {
      notes.push(
        'Docs keeps a paragraph at the end of a document, so an empty one is left there.',
      );
    }
    if (notes.length) result.message = notes.join(' ');
    return result;
  });
}
