// Removals and replaced lines that an interruption cannot damage: journaled like moves and inserts, finished next run.
import type {Block} from '../core/doc-model';
import {
  blockKey,
  holderAt,
  insertBlock,
  readBlockKey,
  styleBlock,
} from './block-writes';
import type {PendingReplace, WriteJournal} from './write-journal';
import {keyStride} from './write-journal';

type Body = GoogleAppsScript.Document.Body;

/*
 * Why. Undo removes an entry block by block, and applying a version update
 * inserts the new "Update:" line and then removes the old one. A cut between
 * two of those calls left a gist without its title (which no later undo
 * finds) or both update lines. So the whole replacement is journaled first:
 * insert the new blocks, append an empty last paragraph when the removed
 * blocks end the body, remove the old blocks front to back. Each call is
 * done or not, so the body is in one of few states, told apart by its
 * length and the block keys; the next run carries it to its end.
 */

/** What the port needs to run a write: the current body and a save (interrupted-writes.ts). */
export interface ReplaceTarget {
  body(): Body;
  save(): void;
}

/** How far a replacement got: new blocks written, the blank appended, old blocks removed. */
export interface ReplaceState {
  written: number;
  blank: boolean;
  removed: number;
}

const BLANK_KEY = blockKey('paragraph', '');

/** The journal entry for replacing [index, index + count) of a body of `length` with `blocks`. */
export function pendingReplace(
  body: Body,
  index: number,
  count: number,
  blocks: Block[],
  keys: string[],
  known: string[] | null,
): PendingReplace {
  const length = body.getNumChildren();
  const stride = keyStride(count);
  const removeKeys: string[] = [];
  for (let i = 0; i < count; i += stride) {
    removeKeys.push(known ? known[index + i] : readBlockKey(body, index + i));
  }
  return {
    op: 'replace',
    index,
    length,
    keys,
    blocks,
    count,
    stride,
    removeKeys,
    appendBlank: count > 0 && index + count === length,
  };
}

function fits(body: Body, length: number, w: PendingReplace, s: ReplaceState) {
  const holds = (i: number, key: string) =>
    i >= 0 && i < length && readBlockKey(body, i) === key;
  for (let k = 0; k < s.written; k++) {
    if (!holds(w.index + k, w.keys[k])) return false;
  }
  const old = w.index + s.written;
  for (let j = 0; j < w.removeKeys.length; j++) {
    const i = j * w.stride;
    if (i >= s.removed && !holds(old + i - s.removed, w.removeKeys[j])) {
      return false;
    }
  }
  return !s.blank || holds(length - 1, BLANK_KEY);
}

/** The state a replacement left the body in, or null when it fits none (the document changed since). */
export function locateReplace(
  body: Body,
  w: PendingReplace,
): ReplaceState | null {
  const length = body.getNumChildren();
  const n = w.keys.length;
  const candidates: ReplaceState[] = [];
  for (let k = 0; k <= n; k++) {
    candidates.push({written: k, blank: false, removed: 0});
  }
  for (let r = 0; r <= w.count; r++) {
    if (w.appendBlank) candidates.push({written: n, blank: true, removed: r});
    else if (r > 0) candidates.push({written: n, blank: false, removed: r});
  }
  return (
    candidates.find(
      s =>
        w.length + s.written + (s.blank ? 1 : 0) - s.removed === length &&
        fits(body, length, w, s),
    ) ?? null
  );
}

/** True when nothing of the replacement was done yet, or all of it. */
export function replaceUntouched(w: PendingReplace, s: ReplaceState) {
  return s.written === 0 && !s.blank && s.removed === 0;
}
export function replaceDone(w: PendingReplace, s: ReplaceState) {
  return (
    s.written === w.keys.length &&
    s.removed === w.count &&
    s.blank === w.appendBlank
  );
}

/** Carries a replacement on from `s` to its end. */
export function resumeReplace(
  target: ReplaceTarget,
  w: PendingReplace,
  blocks: Block[],
  s: ReplaceState,
): void {
  const body = target.body();
  const n = blocks.length;
  // The last block written may have been cut before its styles: style again.
  for (let k = 0; k < s.written && s.removed === 0 && !s.blank; k++) {
    const holder = holderAt(body, w.index + k, blocks[k]);
    if (holder) styleBlock(holder, blocks[k]);
  }
  for (let k = s.written; k < n; k++) insertBlock(body, w.index + k, blocks[k]);
  const left = w.count - s.removed;
  const old = [];
  for (let i = 0; i < left; i++) old.push(body.getChild(w.index + n + i));
  if (w.appendBlank && left > 0) {
    // Set NORMAL: a new paragraph takes its neighbour's heading (also when the append was cut before it).
    const blank = s.blank
      ? body.getChild(body.getNumChildren() - 1).asParagraph()
      : body.appendParagraph('');
    blank.setHeading(DocumentApp.ParagraphHeading.NORMAL);
  }
  for (const element of old) element.removeFromParent();
}

/** Runs a replacement journaled: the journal first, then `run` (interrupted-writes.ts runJournaled). */
export function journaledReplace(
  journal: WriteJournal,
  target: ReplaceTarget,
  pending: PendingReplace,
  blocks: Block[],
  run: (
    start: ReplaceState,
    locate: () => ReplaceState | null,
    resume: (s: ReplaceState) => void,
  ) => void,
): void {
  journal.begin(pending);
  run(
    {written: 0, blank: false, removed: 0},
    () => locateReplace(target.body(), pending),
    s => resumeReplace(target, pending, blocks, s),
  );
}
