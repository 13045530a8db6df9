// Google Docs' size limit (about 1.02 million characters): how full a document is, and whether new blocks still fit.
import type {Block, BlockSummary} from './doc-model';

/**
 * Google's published limit for a Google Doc: 1.02 million characters
 * (support.google.com/drive/answer/37603). How Docs counts (whether line
 * ends count) is not documented; we count each block's text plus its line
 * end, the larger reading, so we refuse a little early rather than late.
 */
export const DOC_CHARACTER_LIMIT = 1_020_000;
/** Past this share of the limit the sidebar warns. */
export const WARN_FRACTION = 0.9;

/** What the user is told to do when the document is (nearly) full. */
const WHAT_TO_DO =
  'Set Abstract to "none" in Settings so new entries stay short, or start an archive doc: move older sections into a new document.';

/** 1020000 -> "1,020,000" (not toLocaleString: its output depends on the runtime's locale data). */
function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Characters of a body as read: each block's text and its line end. */
export function documentCharacters(
  blocks: Pick<BlockSummary, 'text'>[],
): number {
  let total = 0;
  for (const block of blocks) total += block.text.length + 1;
  return total;
}

/** Characters the given blocks add when written (a table: its cells, tabs and line ends). */
export function blockCharacters(blocks: Block[]): number {
  let total = 0;
  for (const block of blocks) {
    total +=
      block.type === 'table'
        ? block.rows.map(row => row.join('\t')).join('\n').length + 1
        : block.text.length + 1;
  }
  return total;
}

/** How full the document is, for the sidebar. */
export interface DocumentSize {
  characters: number;
  limit: number;
  /** Share of the limit used, 0 to 1 (may pass 1 in a document Docs let grow). */
  fraction: number;
  /** Set past WARN_FRACTION of the limit: a plain sentence saying how full and what to do. */
  warning?: string;
}

/** getDocumentStatus(): the size, and how the body was read (the Docs API, or DocumentApp and why). */
export interface DocumentStatus extends DocumentSize {
  readVia: 'docs-api' | 'document-app';
  readFallbackReason?: string;
}

/** The size of a document of `characters` characters, with a warning past 90% of the limit. */
export function documentSize(characters: number): DocumentSize {
  const fraction = characters / DOC_CHARACTER_LIMIT;
  const size: DocumentSize = {characters, limit: DOC_CHARACTER_LIMIT, fraction};
  if (fraction >= WARN_FRACTION) {
    size.warning = `This document is ${Math.floor(fraction * 100)}% full (${thousands(characters)} of about ${thousands(DOC_CHARACTER_LIMIT)} characters Google Docs allows). ${WHAT_TO_DO}`;
  }
  return size;
}

/**
 * Why `added` characters must not be written to a document of `current`
 * characters, or null when they fit under the limit.
 */
export function refuseOversize(current: number, added: number): string | null {
  if (current + added <= DOC_CHARACTER_LIMIT) return null;
  return `Not inserted: this entry would take the document past Google Docs' limit of about ${thousands(DOC_CHARACTER_LIMIT)} characters (it holds ${thousands(current)}). Nothing was written. ${WHAT_TO_DO}`;
}
