// What a reorganize did, kept as the steps that undo it and a fingerprint of the body before: pure data, no Apps Script.
import type {Block, BlockSummary} from '../../core/doc-model';
import type {ReorganizeStep} from '../../core/reorganize';

/**
 * One step of an undo: a move as DocumentPort.moveRange takes it, `[from,
 * count, before]` (three numbers: some 18 bytes stored, 400 moves a piece),
 * or a removed block put back at `index`.
 */
export type UndoStep = [number, number, number] | {index: number; block: Block};

/** True for a move step. */
export function isMove(step: UndoStep): step is [number, number, number] {
  return Array.isArray(step);
}

/** What the last reorganize of one tab did, stored until it is undone or replaced. */
export interface ReorganizeUndoRecord {
  v: 1;
  /** ISO time the reorganize ran. */
  at: string;
  /** The steps that undo it, in the order they run. */
  steps: UndoStep[];
  /** Fingerprint of the body before the reorganize (every block's kind, style and text). */
  before: string;
  /** Children of the body before it. */
  beforeLength: number;
  /** Moves the reorganize made, and the sections it merged, for the words shown. */
  moves: number;
  merged: string[];
}

/** A block's fingerprint: what an exact undo must give back, as read() sees it. */
export function blockPrint(b: BlockSummary): string {
  return `${b.kind}\u0001${b.heading}\u0001${b.nesting ?? ''}\u0001${b.text}`;
}

/** The fingerprint a block put back by insertBlocks reads as. */
function insertedPrint(block: Block): string {
  if (block.type === 'table') return 'table\u0001NORMAL\u0001\u0001';
  return blockPrint({
    index: 0,
    kind: block.type,
    heading: block.heading ?? 'NORMAL',
    text: block.text,
    links: [],
    nesting: block.type === 'listItem' ? (block.nesting ?? 0) : undefined,
  });
}

/** Two 32-bit FNV-1a hashes over the prints, joined: one order of blocks, one value. */
export function bodyPrint(prints: readonly string[]): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (const print of prints) {
    const text = `${print}\u0002`;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193) >>> 0;
      b = Math.imul(b ^ c, 0x01000193) >>> 0;
      b = (b ^ (b >>> 13)) >>> 0;
    }
  }
  return `${a.toString(36)}.${b.toString(36)}`;
}

/** Moves [from, from + count) before `before`, as DocumentPort.moveRange does to the order of the blocks. */
export function moveInArray<T>(
  items: T[],
  from: number,
  count: number,
  before: number,
): void {
  const moved = items.splice(from, count);
  items.splice(before > from ? before - count : before, 0, ...moved);
}

/** Carries the undo steps from `start` on over `prints` (changed in place). */
export function simulateUndo(
  prints: string[],
  steps: readonly UndoStep[],
  start: number,
): string[] {
  for (let k = start; k < steps.length; k++) {
    const step = steps[k];
    if (isMove(step)) {
      const [from, count, before] = step;
      if (from < 0 || from + count > prints.length) break;
      moveInArray(prints, from, count, before);
    } else {
      prints.splice(step.index, 0, insertedPrint(step.block));
    }
  }
  return prints;
}

/** The block that puts a removed heading back: its text, heading, nesting and links. */
function blockOf(summary: BlockSummary): Block | null {
  if (summary.kind === 'paragraph') {
    const out: Block = {
      type: 'paragraph',
      text: summary.text,
      heading: summary.heading,
    };
    if (summary.links.length) out.links = summary.links;
    return out;
  }
  if (summary.kind === 'listItem') {
    const out: Block = {
      type: 'listItem',
      text: summary.text,
      heading: summary.heading,
      nesting: summary.nesting ?? 0,
    };
    if (summary.links.length) out.links = summary.links;
    return out;
  }
  return null;
}

/**
 * The record of `applied` steps of a plan made from `blocks`: their
 * inverses, last first. A remove is undone by inserting the block it took
 * (a merged heading); a step that removed anything else cannot be put back,
 * and the answer is null.
 */
export function undoRecord(
  blocks: readonly BlockSummary[],
  applied: readonly ReorganizeStep[],
  at: string,
  merged: string[],
): ReorganizeUndoRecord | null {
  const order = blocks.slice();
  const inverse: UndoStep[] = [];
  let moves = 0;
  for (const step of applied) {
    if (step.kind === 'move') {
      const {from, count, before} = step;
      moveInArray(order, from, count, before);
      moves++;
      inverse.push(
        before > from
          ? [before - count, count, from]
          : [before, count, from + count],
      );
    } else {
      const [removed] = order.splice(step.index, 1);
      const block = removed ? blockOf(removed) : null;
      if (!block) return null;
      inverse.push({index: step.index, block});
    }
  }
  return {
    v: 1,
    at,
    steps: inverse.reverse(),
    before: bodyPrint(blocks.map(blockPrint)),
    beforeLength: blocks.length,
    moves,
    merged,
  };
}
