// Reads a body summary as docs/DESIGN.md's document model: section level, preamble, sections, intros, entry runs and entries.
import {BlockReadings, entryIdOf, readHead, type HeadId} from './entry-head';
import {cleanName} from './text-clean';
import type {
  Block,
  BlockSummary,
  Entry,
  EntryRun,
  HeadingName,
  Outline,
  Section,
} from './doc-model';

/** Section level used when the document has no entries under any heading yet. */
const DEFAULT_SECTION_LEVEL = 2;

/**
 * The level of a heading style, or null for text styles.
 * @param heading a DocumentApp ParagraphHeading name
 * @returns 1..6 for HEADING1..HEADING6, else null (NORMAL, TITLE, SUBTITLE)
 */
export function headingLevel(heading: HeadingName): number | null {
  const match = /^HEADING([1-6])$/.exec(heading);
  return match ? Number(match[1]) : null;
}

/**
 * The form of a section title used to match and merge sections: case, Unicode
 * compatibility forms and spacing folded.
 * @param title a heading's text or a section name the user typed
 */
export function normalizeSectionName(title: string): string {
  // Invisible characters (controls, zero-width) do not make another section.
  return cleanName(title.normalize('NFKC')).toLowerCase();
}

/**
 * The summary DocumentPort.read gives for blocks the add-on writes (what
 * gas-document reads from a real body): text, heading, links, nesting.
 * @param firstIndex the body index of the first block
 */
export function summarizeBlocks(
  blocks: Block[],
  firstIndex = 0,
): BlockSummary[] {
  return blocks.map((block, offset): BlockSummary => {
    const index = firstIndex + offset;
    if (block.type === 'table') {
      return {
        index,
        kind: 'table',
        heading: 'NORMAL',
        text: block.rows.map(row => row.join('\t')).join('\n'),
        links: [],
      };
    }
    const summary: BlockSummary = {
      index,
      kind: block.type,
      heading: block.heading ?? 'NORMAL',
      text: block.text,
      links: (block.links ?? []).map(link => ({...link})),
    };
    if (block.type === 'listItem') summary.nesting = block.nesting ?? 0;
    return summary;
  });
}

/** What one block is to the outline. */
type Role =
  | {kind: 'heading'; level: number} // a section-capable heading, 1..6
  | {kind: 'fixed'} // TITLE, SUBTITLE, table of contents: never crossed
  | ({kind: 'head'} & HeadId)
  | {kind: 'blank'}
  | {kind: 'content'};

/** An empty paragraph: spacing, not content, so it stays where it is when entries move. */
export function isBlank(block: BlockSummary): boolean {
  return (
    block.kind === 'paragraph' &&
    block.text.trim() === '' &&
    block.links.length === 0 &&
    !isHeadingStyled(block)
  );
}

/**
 * The level of a heading that can name a section: any heading-styled
 * paragraph or list item with text, however long (a long heading is still a
 * heading to its reader; taking it for text carried it away with the entry
 * above). Numbered headings ("1. Vision") are list items with a heading style.
 */
function realHeadingLevel(block: BlockSummary): number | null {
  if (block.kind !== 'paragraph' && block.kind !== 'listItem') return null;
  const level = headingLevel(block.heading);
  if (level === null || block.text.trim().length === 0) return null;
  return level;
}

/** True for a heading-styled paragraph; one without text is never a section, never an entry's body. */
function isHeadingStyled(block: BlockSummary): boolean {
  return block.kind === 'paragraph' && headingLevel(block.heading) !== null;
}

/**
 * The outline role of every block (DESIGN.md's entry rule). A list item
 * nested deeper than the head of the current entry is that entry's note even
 * when it links another paper, so a "see also" under a paper never becomes an
 * entry of its own; a paragraph head counts as nesting 0, so the nested notes
 * under a "Title - gist" paragraph are its body too.
 */
function assignRoles(blocks: BlockSummary[], readings?: BlockReadings): Role[] {
  const roles: Role[] = [];
  let headNesting: number | null = null;
  for (const block of blocks) {
    const level = realHeadingLevel(block);
    let role: Role;
    if (level !== null) role = HEADING_ROLES[level];
    else if (
      block.kind === 'other' ||
      block.heading === 'TITLE' ||
      block.heading === 'SUBTITLE' ||
      isHeadingStyled(block)
    ) {
      role = FIXED;
    } else role = roleOfText(block, headNesting, readings);
    if (role.kind === 'head') {
      headNesting = block.kind === 'listItem' ? (block.nesting ?? 0) : 0;
    } else if (role.kind === 'heading' || role.kind === 'fixed') {
      headNesting = null;
    }
    roles.push(role);
  }
  return roles;
}

// Roles other than a head's carry nothing of their block: one object each, shared (they are only read).
const FIXED: Role = {kind: 'fixed'};
const BLANK: Role = {kind: 'blank'};
const CONTENT: Role = {kind: 'content'};
const HEADING_ROLES: Role[] = [0, 1, 2, 3, 4, 5, 6].map(level => ({
  kind: 'heading',
  level,
}));

function roleOfText(
  block: BlockSummary,
  headNesting: number | null,
  readings?: BlockReadings,
): Role {
  if (isBlank(block)) return BLANK;
  if (block.kind === 'table') return CONTENT;
  const isNote =
    headNesting !== null &&
    block.kind === 'listItem' &&
    (block.nesting ?? 0) > headNesting;
  const found = isNote
    ? null
    : readings
      ? readings.entryId(block)
      : entryIdOf(block);
  return found ? {kind: 'head', ...found} : CONTENT;
}

function makeEntry(
  blocks: BlockSummary[],
  start: number,
  end: number,
  head: Extract<Role, {kind: 'head'}>,
  readings?: BlockReadings,
): Entry {
  const {title, byline, authors, month, categories, written} = readings
    ? readings.head(blocks[start], head)
    : readHead(blocks[start], head);
  const notes: string[] = [];
  for (let i = start + 1; i < end; i++) {
    const text = blocks[i].text.trim();
    if (text) notes.push(text);
  }
  // The month is set after, not spread in: this runs for every entry of every outline.
  const entry: Entry = {
    id: head.id,
    start: blocks[start].index,
    end: end < blocks.length ? blocks[end].index : lastIndex(blocks) + 1,
    title,
    byline,
    authors,
    notes,
    categories,
    url: head.url,
    written,
  };
  if (month) entry.month = month;
  return entry;
}

function lastIndex(blocks: BlockSummary[]): number {
  return blocks.length ? blocks[blocks.length - 1].index : -1;
}

/**
 * Every entry in document order, with positions in `blocks`. An entry's body
 * runs to the next head, heading or fixed block; blank lines right before a
 * heading (or the end) are left out, so they stay where they are when entries
 * are sorted.
 */
function findAllEntries(
  blocks: BlockSummary[],
  roles: Role[],
  readings?: BlockReadings,
): {entry: Entry; position: number}[] {
  const out: {entry: Entry; position: number}[] = [];
  for (let i = 0; i < roles.length; i++) {
    const role = roles[i];
    if (role.kind !== 'head') continue;
    let end = i + 1;
    while (
      end < roles.length &&
      (roles[end].kind === 'content' || roles[end].kind === 'blank')
    ) {
      end++;
    }
    if (end === roles.length || roles[end].kind !== 'head') {
      while (end > i + 1 && roles[end - 1].kind === 'blank') end--;
    }
    out.push({entry: makeEntry(blocks, i, end, role, readings), position: i});
  }
  return out;
}

/** The heading level holding the most entries directly (ties: the higher heading). */
function detectLevel(roles: Role[], entries: {position: number}[]): number {
  const counts = [0, 0, 0, 0, 0, 0, 0];
  let current = 0;
  let next = 0;
  for (let i = 0; i < roles.length && next < entries.length; i++) {
    const role = roles[i];
    if (role.kind === 'heading') current = role.level;
    if (entries[next].position === i) {
      if (current) counts[current]++;
      next++;
    }
  }
  let best = 0;
  for (let level = 1; level <= 6; level++) {
    if (counts[level] > counts[best]) best = level;
  }
  return best || DEFAULT_SECTION_LEVEL;
}

function runsOf(entries: Entry[]): EntryRun[] {
  const runs: EntryRun[] = [];
  for (const entry of entries) {
    const last = runs[runs.length - 1];
    if (last && last.end === entry.start) {
      last.entries.push(entry);
      last.end = entry.end;
    } else {
      runs.push({start: entry.start, end: entry.end, entries: [entry]});
    }
  }
  return runs;
}

/**
 * Builds the outline of a document body.
 * @param blocks one summary per body child, in order (as DocumentPort.read returns them)
 * @param options sectionLevel 1-6 forces the section heading level (0 or
 *   undefined detects it); inboxName names the Inbox section (default
 *   "Inbox"); readings, when the same block objects are outlined again
 * @returns the outline; indices are the blocks' body indices
 */
export function buildOutline(
  blocks: BlockSummary[],
  options: {
    sectionLevel?: number;
    inboxName?: string;
    readings?: BlockReadings;
  } = {},
): Outline {
  const roles = assignRoles(blocks, options.readings);
  const found = findAllEntries(blocks, roles, options.readings);
  const level =
    options.sectionLevel &&
    options.sectionLevel >= 1 &&
    options.sectionLevel <= 6
      ? options.sectionLevel
      : detectLevel(roles, found);
  const bodyEnd = lastIndex(blocks) + 1;
  const indexAt = (position: number) =>
    position < blocks.length ? blocks[position].index : bodyEnd;

  const sections: Section[] = [];
  const looseEntries: Entry[] = [];
  let open: {section: Section; position: number; fixed: number[]} | null = null;
  let nextEntry = 0;
  // The open headings above the section level: a section's chapter chain.
  let chapters: {level: number; title: string}[] = [];
  const close = (position: number) => {
    if (!open) return;
    finishSection(
      open.section,
      indexAt(position),
      open.fixed,
      blocks,
      open.position,
      position,
      roles,
    );
    open = null;
  };
  for (let i = 0; i < roles.length; i++) {
    const role = roles[i];
    if (role.kind === 'heading' && role.level <= level) {
      close(i);
      if (role.level < level) {
        chapters = chapters.filter(c => c.level < role.level);
        chapters.push({level: role.level, title: blocks[i].text.trim()});
      } else {
        const section: Section = {
          title: blocks[i].text.trim(),
          chapters: chapters.map(c => c.title),
          headingIndex: blocks[i].index,
          end: bodyEnd,
          introEnd: bodyEnd,
          runs: [],
          entries: [],
          fixedPoints: [],
        };
        sections.push(section);
        open = {section, position: i, fixed: []};
      }
    } else if (open && (role.kind === 'heading' || role.kind === 'fixed')) {
      open.fixed.push(blocks[i].index);
    }
    if (nextEntry < found.length && found[nextEntry].position === i) {
      const entry = found[nextEntry++].entry;
      if (open) open.section.entries.push(entry);
      else looseEntries.push(entry);
    }
  }
  close(roles.length);

  const inboxKey = normalizeSectionName(options.inboxName ?? 'Inbox');
  const outline: Outline = {
    level,
    preambleEnd: sections.length ? sections[0].headingIndex : bodyEnd,
    sections,
    blockCount: blocks.length,
    newSectionIndex: sections.length
      ? sections[sections.length - 1].end
      : indexAt(trimBlankTail(roles, 0, roles.length)),
    looseEntries,
  };
  const inbox = sections.find(s => normalizeSectionName(s.title) === inboxKey);
  if (inbox) outline.inbox = inbox;
  return outline;
}

/** The position after the last non-blank role in [from, to). */
function trimBlankTail(roles: Role[], from: number, to: number): number {
  let end = to;
  while (end > from && roles[end - 1].kind === 'blank') end--;
  return end;
}

/**
 * Sets a section's end, runs, fixed points and intro. The intro ends at the
 * first entry when that entry stands directly under the heading; otherwise
 * (no entry before a deeper heading or the end) it ends after the last
 * non-blank block under the heading, which is where a first entry goes.
 */
function finishSection(
  section: Section,
  end: number,
  fixed: number[],
  blocks: BlockSummary[],
  headingPosition: number,
  endPosition: number,
  roles: Role[],
): void {
  section.end = end;
  section.fixedPoints = fixed;
  section.runs = runsOf(section.entries);
  const firstEntry = section.entries[0];
  const firstFixed = fixed.length ? fixed[0] : end;
  if (firstEntry && firstEntry.start < firstFixed) {
    section.introEnd = firstEntry.start;
    return;
  }
  let stop = headingPosition + 1;
  while (
    stop < endPosition &&
    blocks[stop].index < firstFixed &&
    roles[stop].kind !== 'head'
  )
    stop++;
  const introEndPosition = trimBlankTail(roles, headingPosition + 1, stop);
  section.introEnd =
    introEndPosition < blocks.length ? blocks[introEndPosition].index : end;
}

/**
 * The key sections merge by: the normalized names of the chapters holding
 * the section and its own, so "Surveys" under NLP and under Vision stay apart.
 */
export function sectionKey(section: Section): string {
  return [...(section.chapters ?? []), section.title]
    .map(normalizeSectionName)
    .join('\u0000');
}

/** What an entry names as its authors ("A, B, C, et al." as written): the codec's authors of a written head, else the whole byline (a person's own words). */
export function entryAuthors(entry: Entry): string {
  return entry.written && entry.authors ? entry.authors : entry.byline;
}

/**
 * Every place an entry with this id stands, in document order: more than one
 * means duplicates. Entries outside sections come with `section: null`.
 * @param id a normalized arXiv id without version, or a paper-identity key (`doi:...`)
 */
export function findEntries(
  outline: Outline,
  id: string,
): {section: Section | null; entry: Entry}[] {
  const out: {section: Section | null; entry: Entry}[] = [];
  for (const entry of outline.looseEntries ?? []) {
    if (entry.id === id) out.push({section: null, entry});
  }
  for (const section of outline.sections) {
    for (const entry of section.entries) {
      if (entry.id === id) out.push({section, entry});
    }
  }
  return out.sort((a, b) => a.entry.start - b.entry.start);
}
