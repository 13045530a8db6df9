// Undo last reorganize: the recorded inverse steps put every moved block back and split what was merged, or nothing changes and the user is told why.
import {STORED, STORE_FULL, chunksFor} from '../../core/stored-state';
import {ChunkedJson} from '../shared/chunked-store';
import type {
  ClockPort,
  DocumentPort,
  KeyValueStore,
  LockPort,
} from '../shared/ports';
import {TimeBudget} from '../shared/time-budget';
import {
  isMove,
  blockPrint,
  bodyPrint,
  simulateUndo,
  type ReorganizeUndoRecord,
} from './undo-reorganize-record';

export {undoRecord} from './undo-reorganize-record';
export type {ReorganizeUndoRecord} from './undo-reorganize-record';

/*
 * Why this shape. The record keeps the inverse of each step the reorganize
 * applied and a fingerprint of the body before it. Undo reads the body and
 * checks that the remaining inverse steps carry it exactly to that
 * fingerprint; only then does it move anything. Each step goes through the
 * document port's journaled move or insert (gas/interrupted-writes.ts), so a
 * step cut off is finished by the next run, and the number of steps done is
 * kept after each one: the next undo starts where the last stopped (or one
 * further, when the journal finished the step whose count was not saved).
 * Any other state means the document changed in between, and nothing moves.
 */

/** Property (in the document's shared state, per tab) holding the last reorganize's undo record. */
export const UNDO_REORGANIZE_KEY = STORED.reorganizeUndo.key;

export interface UndoReorganizeDeps {
  document: DocumentPort;
  lock: LockPort;
  clock: ClockPort;
  /** The document's state every execution reads (script properties keyed by the document). */
  state: KeyValueStore;
  /** The tab worked on, or null: records are per tab. */
  tabId: string | null;
  /** Time from the start of the execution after which no further step starts. */
  budgetMs?: number;
  startedAt?: number;
  lockWaitMs?: number;
}

/** What an undo did, for the dialog and the sidebar. */
export interface UndoReorganizeResult {
  /** True when the document is back as it was before the reorganize. */
  undone: boolean;
  /** Steps carried out by this call. */
  steps: number;
  message: string;
}

/** What the sidebar shows while an undo is possible. */
export interface UndoReorganizeState {
  at: string;
  moves: number;
  merged: string[];
}

export const NOTHING_TO_UNDO = 'There is no reorganize to undo in this tab.';
const BUSY =
  'Another Paper Haul task is changing this document. Nothing was changed; try again in a minute.';

function keyFor(tabId: string | null): string {
  return tabId ? `${UNDO_REORGANIZE_KEY}.${tabId}` : UNDO_REORGANIZE_KEY;
}

function recordStore(deps: {state: KeyValueStore; tabId: string | null}) {
  return new ChunkedJson<ReorganizeUndoRecord>(
    deps.state,
    keyFor(deps.tabId),
    chunksFor('reorganizeUndo'),
  );
}

function progressKey(tabId: string | null): string {
  return `${keyFor(tabId)}.done`;
}

/**
 * Keeps what a reorganize did so it can be undone, replacing the last
 * record; a record that cannot be kept (too many moves, a full store)
 * clears the old one (which no longer undoes the document) and says so.
 * @returns a sentence for the report when undo is not available, else ''
 */
export function keepUndoRecord(
  deps: {state: KeyValueStore; tabId: string | null},
  record: ReorganizeUndoRecord | null,
): string {
  const store = recordStore(deps);
  try {
    deps.state.delete(progressKey(deps.tabId));
    if (!record) {
      store.clear(true);
      return 'Undo is not available for this reorganize: it removed a block it cannot put back.';
    }
    store.write(record);
    return '';
  } catch (err) {
    try {
      store.clear(true);
    } catch {
      // The record left is checked against the document before any undo, so it can do no harm.
    }
    const why = /Too much to keep/.test(String(err))
      ? 'it made too many moves to record'
      : STORE_FULL.script;
    return `Undo is not available for this reorganize: ${why}.`;
  }
}

/** The last reorganize that can be undone in this tab, or null. */
export function undoReorganizeState(deps: {
  state: KeyValueStore;
  tabId: string | null;
}): UndoReorganizeState | null {
  const record = recordStore(deps).read();
  return record
    ? {at: record.at, moves: record.moves, merged: record.merged}
    : null;
}

function clear(deps: UndoReorganizeDeps): void {
  recordStore(deps).clear(true);
  deps.state.delete(progressKey(deps.tabId));
}

/** Why the body cannot be undone exactly, in the user's words. */
function changedMessage(
  record: ReorganizeUndoRecord,
  length: number,
  expected: number,
): string {
  const what =
    length === expected
      ? 'entries or headings were moved or edited since'
      : `${Math.abs(length - expected)} ${
          Math.abs(length - expected) === 1 ? 'block was' : 'blocks were'
        } ${length > expected ? 'added' : 'removed'} since`;
  return `Nothing was changed: the document changed after the reorganize of ${record.at} (${what}), so it cannot be put back exactly. Undo your own edits first (Edit > Undo), or reorganize again.`;
}

/**
 * Undoes the last reorganize of this tab under the document lock: checks
 * the body is exactly as the reorganize (or an undo cut short) left it,
 * then runs the remaining inverse steps while the time budget lasts. The
 * record goes once the body is back as before.
 */
export function undoLastReorganize(
  deps: UndoReorganizeDeps,
): UndoReorganizeResult {
  const startedAt = deps.startedAt ?? deps.clock.now();
  if (!deps.lock.tryLock(deps.lockWaitMs ?? 10_000)) {
    return {undone: false, steps: 0, message: BUSY};
  }
  try {
    // A move or insert an interrupted run left half done is finished first.
    if (deps.document.recover) deps.document.recover();
    const record = recordStore(deps).read();
    if (!record) return {undone: false, steps: 0, message: NOTHING_TO_UNDO};
    const readStart = deps.clock.now();
    const blocks = deps.document.read();
    const readMs = deps.clock.now() - readStart;
    const prints = blocks.map(blockPrint);
    const done = Number(deps.state.get(progressKey(deps.tabId))) || 0;
    const start = [done, done + 1].find(
      k =>
        k <= record.steps.length &&
        bodyPrint(simulateUndo(prints.slice(), record.steps, k)) ===
          record.before,
    );
    if (start === undefined) {
      const expected =
        record.beforeLength -
        record.steps.slice(done).filter(s => !isMove(s)).length;
      return {
        undone: false,
        steps: 0,
        message: changedMessage(record, blocks.length, expected),
      };
    }
    const budget = new TimeBudget(
      deps.clock,
      startedAt,
      deps.budgetMs ?? 5.5 * 60 * 1000,
    );
    budget.guessFromRead(readMs, blocks.length);
    let k = start;
    let unsaved = 0;
    for (; k < record.steps.length; k++) {
      const step = record.steps[k];
      const size = isMove(step) ? step[1] : 1;
      if (!budget.fitsWrite(size)) break;
      const t = deps.clock.now();
      if (isMove(step)) {
        deps.document.moveRange(step[0], step[1], step[2]);
      } else {
        deps.document.insertBlocks(step.index, [step.block]);
      }
      deps.state.set(progressKey(deps.tabId), String(k + 1));
      unsaved += size;
      if (unsaved >= 200) {
        deps.document.flush();
        unsaved = 0;
      }
      budget.spent(size, t);
    }
    if (unsaved) deps.document.flush();
    const steps = k - start;
    if (k < record.steps.length) {
      return {
        undone: false,
        steps,
        message: `Stopped after ${k} of ${record.steps.length} steps to stay within Apps Script's time limit; Undo last reorganize again finishes it.`,
      };
    }
    clear(deps);
    return {undone: true, steps, message: undoneMessage(record)};
  } finally {
    deps.lock.release();
  }
}

function undoneMessage(record: ReorganizeUndoRecord): string {
  const moves = `${record.moves} ${record.moves === 1 ? 'move' : 'moves'}`;
  const split = record.merged.length
    ? ` and split ${record.merged.map(s => `“${s}”`).join(', ')} again`
    : '';
  return `Undid the reorganize of ${record.at}: put back ${moves}${split}. The document is as it was before.`;
}
