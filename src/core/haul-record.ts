// What one haul wrote, as fingerprints of each entry's blocks, and how to tell whether an entry is still as written.
import type {Block, BlockSummary} from './doc-model';
import {writtenBlockRole, type BlockRole} from './entry-line';
import {isBlank, summarizeBlocks} from './outline';

/** One entry a haul wrote. */
export interface HaulEntry {
  id: string;
  /** Per block, in order: `role:fingerprint`. */
  blocks: string[];
}

/** One haul: the entries written and the section headings created, by the user it is kept for. */
export interface HaulRecord {
  /** When the haul was written (ISO). */
  at: string;
  /** The dialog's token for one haul sent in several insertPapers calls. */
  haul?: string;
  /**
   * The id of the tab the haul was written in: undo works there, wherever it
   * is clicked from. Absent in records from before tabs were recorded, and
   * where Docs gives no tab id: undo then works on the open tab.
   */
  tab?: string;
  entries: HaulEntry[];
  /** Titles of the first entries, for the sidebar's "Undo last haul" line. */
  titles: string[];
  /** Section headings the haul created: text and level. */
  headings: {text: string; level: number}[];
  /** Set when the haul could not be recorded: why undo is not available (for the user). */
  unavailable?: string;
}

/**
 * A 53-bit hash (cyrb53) of a string: a fingerprint, not a secret. An edit
 * that keeps the same fingerprint is a 1 in 2^53 chance.
 */
export function fingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * The fingerprint of a block as the document reads back: kind, heading,
 * nesting, text and links. Bold, italic and colour are not read by the
 * outline's pass, so a style-only change is not seen as an edit.
 */
export function blockFingerprint(block: BlockSummary): string {
  return fingerprint(
    JSON.stringify([
      block.kind,
      block.heading,
      block.nesting ?? 0,
      block.text,
      block.links.map(l => [l.start, l.end, l.url]),
    ]),
  );
}

/** The record of an entry just written: each block's role (head, gist, abstract) as the entry codec tells it. */
export function haulEntry(id: string, blocks: Block[]): HaulEntry {
  return {
    id,
    blocks: summarizeBlocks(blocks).map(
      (summary, k) =>
        `${writtenBlockRole(blocks[k], k)}:${blockFingerprint(summary)}`,
    ),
  };
}

const ROLE_WORDS: Record<BlockRole, string> = {
  head: 'Its title line was edited',
  gist: 'Its gist was edited',
  abstract: 'Its abstract line was edited',
};

/**
 * Whether the blocks standing at an entry's place are still what the haul
 * wrote: null when they are, else the reason in words. Blank paragraphs
 * after the written blocks (spacing) do not count as an edit.
 * @param found the entry's blocks in the document now, head first
 */
export function editReason(
  written: HaulEntry,
  found: BlockSummary[],
): string | null {
  for (let k = 0; k < written.blocks.length; k++) {
    const [role, print] = written.blocks[k].split(':') as [BlockRole, string];
    const block = found[k];
    if (!block) return 'Part of it was deleted';
    if (blockFingerprint(block) === print) continue;
    // A line added between the written ones reads as the next one "edited"; say what it is.
    const later = written.blocks
      .slice(k + 1)
      .some(b => b.split(':')[1] === blockFingerprint(block));
    return later ? 'A line was added inside it' : ROLE_WORDS[role];
  }
  if (found.slice(written.blocks.length).some(b => !isBlank(b))) {
    return 'A note was added under it';
  }
  return null;
}
