// Version watch's pure part: what the add-on knew of a paper, what changed on arXiv, and the note that says so.
import type {Block, BlockSummary, Entry} from './doc-model';
import type {Paper} from './types';
import {entryBlock, greyNoteStyles, headPlaceOf} from './entry-line';
import {fingerprint} from './haul-record';

/** What version watch reads of a paper: its latest version, journal ref and DOI. */
export type PaperVersion = Pick<Paper, 'version' | 'journalRef' | 'doi'>;

/** What was known of a paper when its entry was written (or last annotated). */
export interface KnownVersion {
  /** Version number, 1 and up. */
  version: number;
  hasJournalRef: boolean;
  hasDoi: boolean;
}

/** A change arXiv reports for a paper in the document (checkVersions' contract, plus `assumed`). */
export interface VersionUpdate {
  id: string;
  /** `v1`: the version the entry was written from. */
  from: string;
  /** `v3`: arXiv's latest; equal to `from` when only a journal ref or DOI is new. */
  to: string;
  journalRef?: string;
  doi?: string;
  /** True when the entry was not written by Paper Haul, so `from` is read from its link or taken as v1. */
  assumed?: boolean;
}

/** Start of the line applyVersionUpdates writes; a later update replaces that line, never the user's. */
export const VERSION_NOTE_PREFIX = 'Update: ';

/**
 * `3jd`-style compact form for document properties: version, then j and d
 * flags, then `:` and the mark of the update line the add-on wrote (noteMark).
 */
export function encodeKnown(known: KnownVersion, mark?: string): string {
  return `${known.version}${known.hasJournalRef ? 'j' : ''}${known.hasDoi ? 'd' : ''}${mark ? `:${mark}` : ''}`;
}

/** Reads encodeKnown's form; null when it is not one. */
export function decodeKnown(text: string): KnownVersion | null {
  const match = /^(\d+)(j?)(d?)(?::[0-9a-z]+)?$/.exec(text);
  if (!match) return null;
  return {
    version: Number(match[1]),
    hasJournalRef: match[2] === 'j',
    hasDoi: match[3] === 'd',
  };
}

/** What the paper as arXiv sent it says. */
export function knownFrom(paper: PaperVersion): KnownVersion {
  return {
    version: Number(paper.version) || 1,
    hasJournalRef: Boolean(paper.journalRef),
    hasDoi: Boolean(paper.doi),
  };
}

/**
 * For an entry Paper Haul did not write: the version its link names
 * (`.../abs/2111.11432v2`), else v1; a journal ref or DOI counts as known
 * when the entry's text already mentions it.
 */
export function assumedKnown(entry: Entry, paper: PaperVersion): KnownVersion {
  const versioned = /v(\d+)(?:[#?].*)?$/.exec(entry.url);
  const text = [entry.title, entry.byline, ...entry.notes].join('\n');
  return {
    version: versioned ? Number(versioned[1]) : 1,
    hasJournalRef: Boolean(paper.journalRef && text.includes(paper.journalRef)),
    hasDoi: Boolean(paper.doi && text.includes(paper.doi)),
  };
}

/** The change from `known` to `paper`, or null when arXiv has nothing new. */
export function versionChange(
  id: string,
  known: KnownVersion,
  paper: PaperVersion,
  assumed: boolean,
): VersionUpdate | null {
  const now = knownFrom(paper);
  const newer = now.version > known.version;
  const journal = now.hasJournalRef && !known.hasJournalRef;
  const doi = now.hasDoi && !known.hasDoi;
  if (!newer && !journal && !doi) return null;
  const update: VersionUpdate = {
    id,
    from: `v${known.version}`,
    to: `v${Math.max(now.version, known.version)}`,
  };
  if (journal || (newer && paper.journalRef))
    update.journalRef = paper.journalRef;
  if (doi || (newer && paper.doi)) update.doi = paper.doi;
  if (assumed) update.assumed = true;
  return update;
}

/** What applying an update records as known afterwards. */
export function knownAfter(
  update: VersionUpdate,
  before: KnownVersion,
): KnownVersion {
  return {
    version: Math.max(Number(update.to.slice(1)) || 1, before.version),
    hasJournalRef: before.hasJournalRef || Boolean(update.journalRef),
    hasDoi: before.hasDoi || Boolean(update.doi),
  };
}

/** `Update: v3 · Published in NeurIPS 2021 · DOI 10.1145/1`: only the parts arXiv has. */
export function versionNoteText(update: VersionUpdate): string {
  const parts: string[] = [];
  if (update.to !== update.from) parts.push(update.to);
  if (update.journalRef) {
    parts.push(`Published in ${update.journalRef.replace(/\s+/g, ' ').trim()}`);
  }
  if (update.doi) parts.push(`DOI ${update.doi.trim()}`);
  return VERSION_NOTE_PREFIX + parts.join(' · ');
}

/**
 * The note's block: nested under a list-item head like the gist (italic,
 * grey), a plain paragraph under a paragraph head. The DOI links to
 * doi.org; no arXiv link, so the outline never reads the note as an entry.
 */
export function versionNoteBlock(
  update: VersionUpdate,
  head: BlockSummary,
): Block {
  const text = versionNoteText(update);
  const doi = update.doi?.trim();
  const styles = {
    ...greyNoteStyles(text),
    ...(doi
      ? {
          links: [
            {
              start: text.length - doi.length,
              end: text.length,
              url: `https://doi.org/${doi}`,
            },
          ],
        }
      : {}),
  };
  return entryBlock(headPlaceOf(head), 1, text, styles);
}

/**
 * The mark of an update line the add-on wrote: its text's fingerprint, kept
 * with the paper's known version. A person cannot type it (it is not in the
 * document), so a line the user typed is never taken for the add-on's.
 */
export function noteMark(text: string): string {
  return fingerprint(`version-note\u0000${text}`);
}

/** The mark of the update line encodeKnown's form names, or null. */
export function markOfKnown(text: string | undefined): string | null {
  const match = /:([0-9a-z]+)$/.exec(text ?? '');
  return match ? match[1] : null;
}

/**
 * True for the update line the add-on wrote for this paper: the shape of
 * its text and the mark it was written with, both (a gist typed "Update:
 * v2" has the shape, not the mark, and is never replaced).
 */
export function isOwnVersionNote(
  block: BlockSummary,
  mark: string | null,
): boolean {
  return mark !== null && isVersionNote(block) && noteMark(block.text) === mark;
}

/**
 * True for a line applyVersionUpdates wrote earlier: the whole text must
 * have its shape, so a user's own "Update: v2 is better" is never replaced.
 */
export function isVersionNote(block: BlockSummary): boolean {
  return (
    block.kind !== 'table' &&
    /^Update: (?:v\d+|Published in .+|DOI \S+)(?: · (?:Published in .+|DOI \S+))*$/.test(
      block.text,
    )
  );
}
