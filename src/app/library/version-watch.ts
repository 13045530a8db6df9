// Version watch: records the version each entry was written from, asks arXiv what changed, annotates entries on request.
import {isArxivEntryId} from '../../core/paper-identity';
import {STORED, chunksFor} from '../../core/stored-state';
import type {BlockSummary, Entry} from '../../core/doc-model';
import {buildOutline, findEntries, isBlank} from '../../core/outline';
import {extractIds} from '../../core/arxiv-id';
import type {Settings} from '../../core/settings';
import type {Paper} from '../../core/types';
import {
  assumedKnown,
  decodeKnown,
  encodeKnown,
  isOwnVersionNote,
  isVersionNote,
  knownAfter,
  markOfKnown,
  noteMark,
  versionNoteText,
  knownFrom,
  versionChange,
  versionNoteBlock,
  type KnownVersion,
  type PaperVersion,
  type VersionUpdate,
} from '../../core/version-note';
import {ChunkedJson} from '../shared/chunked-store';
import type {WrittenEntry} from '../haul/insert';
import {withWriteLock} from '../shared/write-lock';
import type {
  ClockPort,
  DocumentPort,
  KeyValueStore,
  LockPort,
} from '../shared/ports';
import type {ArxivLookup} from '../shared/arxiv-client';

/** ~20 bytes an id: 8 pieces of 8 KB hold some 3,000 papers (core/stored-state's budget). */
const MAX_KNOWN_CHUNKS = chunksFor('knownVersions');
/** The last check's updates; a longer list is cut to fit and says how many more. */
const MAX_PENDING_CHUNKS = chunksFor('pendingUpdates');
const KNOWN_KEY = STORED.knownVersions.key;
const PENDING_KEY = STORED.pendingUpdates.key;

export type {VersionUpdate} from '../../core/version-note';

/** The last check, kept for the sidebar and for applyVersionUpdates. */
export interface VersionCheck {
  at: string;
  updates: VersionUpdate[];
  /** Updates found but not kept (the list was too long); check again after applying. */
  more?: number;
  /** Papers arXiv had no record of, so not checked: "arXiv has no record of 1412.6980, 1512.03385; not checked." (not stored). */
  notChecked?: string;
}

export interface VersionWatchDeps {
  document: DocumentPort;
  lock: LockPort;
  /** Document properties: what is known belongs to the document, for every user. */
  store: KeyValueStore;
  clock: ClockPort;
  settings: Settings;
  /** arXiv, not from the cache. */
  lookupFresh: (ids: string[]) => ArxivLookup;
}

function knownStore(store: KeyValueStore) {
  return new ChunkedJson<Record<string, string>>(
    store,
    KNOWN_KEY,
    MAX_KNOWN_CHUNKS,
  );
}

function pendingStore(store: KeyValueStore) {
  return new ChunkedJson<VersionCheck>(store, PENDING_KEY, MAX_PENDING_CHUNKS);
}

/** Applies `change` to the shared map of known versions under the document lock; false when the lock was busy. */
function updateKnown(
  deps: Pick<VersionWatchDeps, 'store' | 'lock'>,
  change: (known: Record<string, string>) => void,
): boolean {
  return withWriteLock(
    deps.lock,
    () => {
      const store = knownStore(deps.store);
      const known = store.read() ?? {};
      change(known);
      store.write(known);
      return true;
    },
    {busy: () => false},
  );
}

/**
 * Records the version (and whether a journal ref and DOI were there) each
 * entry was written from. Failing to record only makes those entries count
 * as hand-written later ("v1" unless their link says otherwise).
 */
export function recordWritten(
  written: WrittenEntry[],
  deps: Pick<VersionWatchDeps, 'store' | 'lock'>,
): void {
  if (!written.length) return;
  try {
    updateKnown(deps, known => {
      for (const w of written)
        known[w.paper.id] = encodeKnown(knownFrom(w.paper));
    });
  } catch {
    // Over the quota: the entries are then treated as hand-written.
  }
}

/** Every entry of the document, sections and loose ones, first place of each id. */
export function entriesById(
  deps: Pick<VersionWatchDeps, 'document' | 'settings'>,
): Map<string, Entry> {
  const outline = buildOutline(deps.document.read(), deps.settings);
  const byId = new Map<string, Entry>();
  const all = [
    ...(outline.looseEntries ?? []),
    ...outline.sections.flatMap(s => s.entries),
  ].sort((a, b) => a.start - b.start);
  for (const entry of all) if (!byId.has(entry.id)) byId.set(entry.id, entry);
  return byId;
}

/** Keeps the check for the sidebar and applyVersionUpdates, cutting the list until it fits. */
export function savePending(
  store: KeyValueStore,
  check: VersionCheck,
): VersionCheck {
  const pending = pendingStore(store);
  let kept = check;
  for (;;) {
    try {
      pending.write(kept);
      return kept;
    } catch (err) {
      if (!kept.updates.length) throw err;
      const count = Math.floor(kept.updates.length / 2);
      kept = {
        ...check,
        updates: check.updates.slice(0, count),
        more: check.updates.length - count,
      };
    }
  }
}

/**
 * Asks arXiv (batched, 3 s apart, never the cache) about every paper in the
 * document and reports those with a newer version, or a journal ref or DOI
 * the entry was written without. The result is kept for the sidebar and for
 * applyVersionUpdates; the document is not touched.
 * @throws Error with arXiv's problem in words when it could not be asked (nothing is kept then)
 */
export function checkVersions(deps: VersionWatchDeps): VersionCheck {
  const entries = entriesById(deps);
  // Versions are arXiv's: a DOI or a link entry has none to check.
  const ids = [...entries.keys()].filter(isArxivEntryId);
  const looked = ids.length
    ? deps.lookupFresh(ids)
    : {papers: {} as Record<string, Paper>, missing: []};
  if (looked.error) throw new Error(looked.error);
  const check = savePending(deps.store, {
    at: new Date(deps.clock.now()).toISOString(),
    updates: updatesFor(entries, looked.papers, deps.store),
  });
  // "Every paper is as arXiv has it" would be untrue for papers arXiv did not answer for: they are named.
  const missing = looked.missing.filter(id => entries.has(id));
  return missing.length
    ? {
        ...check,
        notChecked: `arXiv has no record of ${missing.join(', ')}; not checked.`,
      }
    : check;
}

/**
 * The updates arXiv's answer means for the document's entries: each against
 * what its entry was written from (document properties), or for an entry
 * Paper Haul did not write, against what its link and text say.
 * @param papers arXiv's latest, by id; ids left out have nothing new
 */
export function updatesFor(
  entries: Map<string, Entry>,
  papers: Record<string, PaperVersion>,
  store: KeyValueStore,
): VersionUpdate[] {
  const known = knownStore(store).read() ?? {};
  const updates: VersionUpdate[] = [];
  for (const [id, entry] of entries) {
    const paper = papers[id];
    if (!paper) continue;
    const recorded = known[id] ? decodeKnown(known[id]) : null;
    const before = recorded ?? assumedKnown(entry, paper);
    const update = versionChange(id, before, paper, !recorded);
    if (update) updates.push(update);
  }
  return updates;
}

/** The last check's updates still to apply, or null when there was no check. */
export function pendingUpdates(
  deps: Pick<VersionWatchDeps, 'store'>,
): VersionCheck | null {
  return pendingStore(deps.store).read();
}

/**
 * Where the note goes in an entry: its old note's place, else after its last
 * non-blank block. A line that already reads exactly as the new note is taken
 * too: a retry of an apply cut before its mark was stored finds its own line
 * (replacing it with the same text loses no word, even were it typed).
 */
function notePlace(
  blocks: BlockSummary[],
  entry: Entry,
  mark: string | null,
  newText: string,
): {index: number; replaces: boolean} {
  for (let i = entry.start + 1; i < entry.end; i++) {
    const block = blocks[i];
    if (
      isOwnVersionNote(block, mark) ||
      (isVersionNote(block) && block.text === newText)
    ) {
      return {index: i, replaces: true};
    }
  }
  let last = entry.end - 1;
  while (last > entry.start && isBlank(blocks[last])) last--;
  return {index: last + 1, replaces: false};
}

/** Normalized ids of the request, or the message for the first one that is not an id. */
function requestedIds(ids: unknown): string[] {
  if (!Array.isArray(ids) || !ids.length) {
    throw new Error('Choose the papers to update.');
  }
  return ids.map(raw => {
    const found = typeof raw === 'string' ? extractIds(raw).ids : [];
    if (found.length !== 1) {
      throw new Error(`“${String(raw).slice(0, 80)}” is not an arXiv id.`);
    }
    return found[0].id;
  });
}

/**
 * Annotates the entries of these papers with their update from the last
 * check ("Update: v3 · Published in NeurIPS 2021"), as a line of its own at
 * the end of the entry (replacing the add-on's earlier update line, never
 * the user's text), under the document lock. Every id is checked before
 * anything is written: one unknown id changes nothing.
 * @returns the ids annotated and the updates still waiting
 * @throws Error with a message for the user for an id without an update or no longer in the document
 */
export function applyVersionUpdates(
  ids: unknown,
  deps: VersionWatchDeps,
): {applied: string[]; updates: VersionUpdate[]} {
  const wanted = [...new Set(requestedIds(ids))];
  const check = pendingUpdates(deps);
  const byId = new Map((check?.updates ?? []).map(u => [u.id, u]));
  const unknown = wanted.filter(id => !byId.has(id));
  if (unknown.length) {
    throw new Error(
      `No update is waiting for ${unknown.join(', ')}. Check for updates again.`,
    );
  }
  return withWriteLock(deps.lock, () => {
    // A write an earlier run was cut short in is finished before reading, not journaled over (DocumentPort.recover).
    deps.document.recover?.();
    const blocks = deps.document.read();
    const outline = buildOutline(blocks, deps.settings);
    const gone = wanted.filter(id => !findEntries(outline, id).length);
    if (gone.length) {
      throw new Error(
        `${gone.join(', ')} ${gone.length === 1 ? 'is' : 'are'} no longer in the document. Check for updates again.`,
      );
    }
    // Read before writing: each paper's mark says which update line is the add-on's own.
    const known = knownStore(deps.store).read() ?? {};
    const writes = wanted
      .flatMap(id =>
        findEntries(outline, id).map(({entry}) => ({
          entry,
          update: byId.get(id)!,
          ...notePlace(
            blocks,
            entry,
            markOfKnown(known[id]),
            versionNoteText(byId.get(id)!),
          ),
        })),
      )
      .sort((a, b) => b.index - a.index);
    for (const w of writes) {
      const note = versionNoteBlock(w.update, blocks[w.entry.start]);
      if (w.replaces && deps.document.replaceBlocks) {
        // One journaled write: a cut run never leaves both lines (the next run finishes it).
        deps.document.replaceBlocks(w.index, 1, [note]);
        continue;
      }
      deps.document.insertBlocks(w.index, [note]);
      // The old note goes after the new one is in, so the body's last paragraph is never removed.
      if (w.replaces) deps.document.removeRange(w.index + 1, 1);
    }
    deps.document.flush();
    for (const id of wanted) {
      const update = byId.get(id)!;
      const before: KnownVersion = (known[id] && decodeKnown(known[id])) || {
        version: Number(update.from.slice(1)) || 1,
        hasJournalRef: false,
        hasDoi: false,
      };
      known[id] = encodeKnown(
        knownAfter(update, before),
        noteMark(versionNoteText(update)),
      );
    }
    try {
      knownStore(deps.store).write(known);
    } catch {
      // Over the quota: the next check reports these again, and applying replaces the note.
    }
    const remaining = (check?.updates ?? []).filter(
      u => !wanted.includes(u.id),
    );
    pendingStore(deps.store).write({...check!, updates: remaining});
    return {applied: wanted, updates: remaining};
  });
}
