// Moves and inserts that an interruption cannot damage: journaled first, resumable from any point, finished next run.
import type {Block} from '../core/doc-model';
import {
  holderAt,
  insertBlock,
  insertCopy,
  readBlockKey,
  styleBlock,
} from './block-writes';
import type {RecoveredWrite} from '../app/shared/ports';
import {
  locateReplace,
  replaceDone,
  replaceUntouched,
  resumeReplace,
} from './journaled-replace';
import type {
  PendingInsert,
  PendingMove,
  PendingReplace,
  WriteJournal,
} from './write-journal';

type Body = GoogleAppsScript.Document.Body;
type Element = GoogleAppsScript.Document.Element;

/*
 * Why a journal. A move copies each block to its new place, then removes the
 * originals; an insert writes a block, then its styles. A DocumentApp call
 * can fail anywhere in between ("Service error: Documents", "Too many
 * changes applied before saving document", the execution time limit), and
 * the changes made before it stay. Blocks then stand twice, or an entry
 * lacks its gist. The content alone cannot tell a half-done move from
 * blocks the user has twice, so before each write its intent goes to the
 * journal (a property: where, how many, and a key per block), and it is
 * removed once the write is done. The state an interrupted write left is one
 * of few: k copies inserted and no original removed, or all copies and r
 * originals removed (changes that were made are a prefix of those issued).
 * The body's length says which k or r each case would be; the block keys
 * say which case it is. From there the write is resumed, so the document
 * ends as if it had never stopped. When neither case fits (the document was
 * edited since), nothing is touched: nothing is removed that is not known to
 * be a copy.
 */

/** What a write needs of the port: the current body (new after each save) and a save. */
export interface WriteTarget {
  body(): Body;
  /** saveAndClose and reopen: pending changes are saved and counted from zero. */
  save(): void;
}

/** How far a move got: copies inserted, originals removed (only once every copy is in). */
interface MoveState {
  inserted: number;
  removed: number;
}

const TOO_MANY_CHANGES = /Too many changes applied before saving/;
/** Tries per write: "Too many changes" halves the changes between saves and tries again. */
const MAX_TRIES = 4;

/** Where copies [0, inserted) and the originals still there, [removed, count), stand in a state. */
function positions(
  move: PendingMove,
  state: MoveState,
): {copies: number; originals: number} {
  if (move.before > move.from) {
    return {copies: move.before - state.removed, originals: move.from};
  }
  return {copies: move.before, originals: move.from + state.inserted};
}

/** True when the body holds the move's blocks where `state` puts them (sampled by the journal's stride). */
function fitsMove(
  body: Body,
  length: number,
  move: PendingMove,
  state: MoveState,
): boolean {
  const at = positions(move, state);
  const holds = (index: number, key: string) =>
    index >= 0 && index < length && readBlockKey(body, index) === key;
  for (let j = 0; j < move.keys.length; j++) {
    const i = j * move.stride;
    if (i < state.inserted && !holds(at.copies + i, move.keys[j])) return false;
    if (
      i >= state.removed &&
      !holds(at.originals + i - state.removed, move.keys[j])
    ) {
      return false;
    }
  }
  return true;
}

/**
 * The state a move left the body in, or null when the body fits none (it
 * was edited since). With as many children as before, the move either did
 * not start or finished.
 */
export function locateMove(body: Body, move: PendingMove): MoveState | null {
  const length = body.getNumChildren();
  const extra = length - move.length;
  if (extra < 0 || extra > move.count) return null;
  const candidates: MoveState[] = [
    {inserted: move.count, removed: move.count - extra},
    {inserted: extra, removed: 0},
  ];
  return candidates.find(state => fitsMove(body, length, move, state)) ?? null;
}

/**
 * Carries a move on from `state` to its end, saving every `changesPerSave`
 * changes. Original elements are found again by position after each save,
 * as a save closes every handle.
 */
function resumeMove(
  target: WriteTarget,
  move: PendingMove,
  start: MoveState,
  changesPerSave: number,
): void {
  let body = target.body();
  let originals: Element[] = [];
  let first = start.removed;
  const fetch = (state: MoveState) => {
    const at = positions(move, state).originals;
    originals = [];
    first = state.removed;
    for (let i = state.removed; i < move.count; i++) {
      originals.push(body.getChild(at + i - state.removed));
    }
  };
  fetch(start);
  let changes = 0;
  const room = (state: MoveState) => {
    if (changes < changesPerSave) return;
    target.save();
    body = target.body();
    fetch(state);
    changes = 0;
  };
  for (let i = start.inserted; i < move.count; i++) {
    room({inserted: i, removed: 0});
    insertCopy(body, move.before + i, originals[i - first]);
    changes++;
  }
  for (let i = start.removed; i < move.count; i++) {
    room({inserted: move.count, removed: i});
    originals[i - first].removeFromParent();
    changes++;
  }
}

/**
 * Runs a journaled write: `resume(state, changesPerSave)` from the start;
 * after a failure, `locate()` finds how far it got and it resumes from
 * there. "Too many changes" saves and tries again with half as many changes
 * between saves; another error is tried once more. When it cannot be
 * finished now, the journal stays for the next run and the error goes on.
 */
export function runJournaled<S>(
  journal: WriteJournal,
  target: WriteTarget,
  start: S,
  changesPerSave: number,
  locate: () => S | null,
  resume: (state: S, changesPerSave: number) => void,
): number {
  let state = start;
  let perSave = changesPerSave;
  let otherFailures = 0;
  for (let tries = 1; ; tries++) {
    try {
      resume(state, perSave);
      journal.end();
      return perSave;
    } catch (err) {
      const tooMany = TOO_MANY_CHANGES.test(String(err));
      if (!tooMany) otherFailures++;
      if (tries >= MAX_TRIES || otherFailures > 1) throw err;
      if (tooMany) {
        target.save();
        perSave = Math.max(1, Math.floor(perSave / 2));
      }
      const found = locate();
      if (!found) throw err;
      state = found;
    }
  }
}

/**
 * Moves [from, from + count) before `before` (which is outside the range;
 * a range that moves back does not end the body). Keys are the moved blocks'
 * keys when the caller knows them (from its last read), else they are read.
 * @returns the changes per save that worked, for the next write
 */
export function journaledMove(
  journal: WriteJournal,
  target: WriteTarget,
  move: Omit<PendingMove, 'op'>,
  changesPerSave: number,
): number {
  const pending: PendingMove = {op: 'move', ...move};
  journal.begin(pending);
  return runJournaled(
    journal,
    target,
    {inserted: 0, removed: 0},
    changesPerSave,
    () => locateMove(target.body(), pending),
    (state, perSave) => resumeMove(target, pending, state, perSave),
  );
}

/** How many of an insert's blocks the body holds at its place, or null when it fits none. */
export function locateInsert(body: Body, insert: PendingInsert): number | null {
  const written = body.getNumChildren() - insert.length;
  if (written < 0 || written > insert.keys.length) return null;
  for (let k = 0; k < written; k++) {
    if (readBlockKey(body, insert.index + k) !== insert.keys[k]) return null;
  }
  return written;
}

/**
 * Finishes an insert of which `written` blocks stand at its place: styles
 * them again (the last one may have been cut short before its styles), then
 * writes the rest.
 */
function resumeInsert(
  target: WriteTarget,
  index: number,
  blocks: Block[],
  written: number,
): void {
  const body = target.body();
  for (let k = 0; k < written; k++) {
    const holder = holderAt(body, index + k, blocks[k]);
    if (holder) styleBlock(holder, blocks[k]);
  }
  for (let k = written; k < blocks.length; k++) {
    insertBlock(body, index + k, blocks[k]);
  }
}

/** Inserts `blocks` at `index`, journaled (keys: the blocks' keys). */
export function journaledInsert(
  journal: WriteJournal,
  target: WriteTarget,
  insert: Omit<PendingInsert, 'op'> & {blocks: Block[]},
  changesPerSave: number,
): number {
  const pending: PendingInsert = {op: 'insert', ...insert};
  journal.begin(pending);
  return runJournaled(
    journal,
    target,
    0,
    changesPerSave,
    () => locateInsert(target.body(), pending),
    written => resumeInsert(target, insert.index, insert.blocks, written),
  );
}

/**
 * Finishes the write an earlier run left in the journal, if any: a move is
 * carried to its end, an insert that wrote part of its blocks is completed.
 * A write that had not begun is dropped (the user saw it fail; the next
 * run plans again). When the body fits no state of the write, nothing is
 * changed and the message says where to look.
 */
export function finishPendingWrite(
  journal: WriteJournal,
  target: WriteTarget,
  changesPerSave: number,
): RecoveredWrite | null {
  const pending = journal.pending();
  if (!pending) return null;
  const body = target.body();
  if (pending.op === 'move') {
    const state = locateMove(body, pending);
    if (!state) {
      journal.end();
      return {
        message: `An earlier run was cut short while moving ${pending.count} blocks from position ${pending.from + 1} and the document has changed since; check there for blocks that stand twice.`,
      };
    }
    if (
      (state.inserted === 0 && state.removed === 0) ||
      state.removed === pending.count
    ) {
      journal.end();
      return null;
    }
    runJournaled(
      journal,
      target,
      state,
      changesPerSave,
      () => locateMove(target.body(), pending),
      (from, perSave) => resumeMove(target, pending, from, perSave),
    );
    return {message: 'Finished moving blocks an earlier run left half moved.'};
  }
  if (pending.op === 'replace') {
    return finishReplace(journal, target, pending, changesPerSave);
  }
  const written = locateInsert(body, pending);
  if (written === 0) {
    journal.end();
    return null;
  }
  if (written === null || !pending.blocks) {
    journal.end();
    return {
      message: `An earlier insert was cut short at position ${pending.index + 1}; check there for an entry without its notes.`,
    };
  }
  const blocks = pending.blocks;
  runJournaled(
    journal,
    target,
    written,
    changesPerSave,
    () => locateInsert(target.body(), pending),
    done => resumeInsert(target, pending.index, blocks, done),
  );
  return {
    message: 'Finished an entry an earlier insert left without its notes.',
    finished: {start: pending.index, count: blocks.length},
  };
}

/** finishPendingWrite for a removal or a replaced line (journaled-replace.ts). */
function finishReplace(
  journal: WriteJournal,
  target: WriteTarget,
  pending: PendingReplace,
  changesPerSave: number,
): RecoveredWrite | null {
  const state = locateReplace(target.body(), pending);
  if (
    state &&
    (replaceUntouched(pending, state) || replaceDone(pending, state))
  ) {
    journal.end();
    return null;
  }
  const blocks = pending.blocks;
  if (!state || (!blocks && state.written < pending.keys.length)) {
    journal.end();
    return {
      message: `An earlier run was cut short while removing ${pending.count} blocks at position ${pending.index + 1}; check there for lines left over.`,
    };
  }
  runJournaled(
    journal,
    target,
    state,
    changesPerSave,
    () => locateReplace(target.body(), pending),
    from => resumeReplace(target, pending, blocks ?? [], from),
  );
  return {message: 'Finished removing lines an earlier run left half removed.'};
}
