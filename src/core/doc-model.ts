// Plain shapes of a document's body shared by the core, the adapters and the emulator (DocJson).

/** Every ParagraphHeading name, as DocJson and the block summaries spell it. */
export const HEADING_NAMES = [
  'NORMAL',
  'HEADING1',
  'HEADING2',
  'HEADING3',
  'HEADING4',
  'HEADING5',
  'HEADING6',
  'TITLE',
  'SUBTITLE',
] as const;

export type HeadingName = (typeof HEADING_NAMES)[number];

/** A link over text offsets; `end` is exclusive (DocumentApp's own offsets are inclusive). */
export interface LinkRange {
  start: number;
  end: number;
  url: string;
}

/** A styled stretch of text; `end` is exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** A foreground colour over a stretch of text, `#rrggbb`; `end` is exclusive. */
export interface ColorSpan extends Span {
  color: string;
}

export interface ParagraphBlock {
  type: 'paragraph';
  text: string;
  heading?: HeadingName;
  links?: LinkRange[];
  bold?: Span[];
  italic?: Span[];
  colors?: ColorSpan[];
}

export interface ListItemBlock {
  type: 'listItem';
  text: string;
  /** 0 for a top-level item. */
  nesting?: number;
  /** DocumentApp GlyphType name, e.g. `BULLET`, `HOLLOW_BULLET`, `NUMBER`. */
  glyph?: string;
  /** A numbered heading ("1. Vision") is a list item with a heading style. */
  heading?: HeadingName;
  links?: LinkRange[];
  bold?: Span[];
  italic?: Span[];
  colors?: ColorSpan[];
}

export interface TableBlock {
  type: 'table';
  rows: string[][];
}

/** One child of a document body, as DocJson holds it and as the add-on writes it. */
export type Block = ParagraphBlock | ListItemBlock | TableBlock;

/** The emulator's and the samples' serialized document (docs/DESIGN.md contract). */
export interface DocJson {
  title?: string;
  body: Block[];
}

/** One tab of a document with tabs: its own body, and tabs nested under it. */
export interface DocTab {
  tabId: string;
  title: string;
  body: Block[];
  childTabs?: DocTab[];
}

/** A document with tabs: `tabs` stands instead of `body` (DESIGN.md contract). */
export interface TabbedDocJson {
  title?: string;
  tabs: DocTab[];
}

/** Either serialized form: what the emulator loads and gives back. */
export type AnyDocJson = DocJson | TabbedDocJson;

/** True for the form with tabs. */
export function isTabbed(json: AnyDocJson): json is TabbedDocJson {
  return Array.isArray((json as TabbedDocJson).tabs);
}

/**
 * What the outline needs to know of one body child, read in a single pass.
 * Styles are not read: sorting moves whole elements, so styles travel with them.
 */
export interface BlockSummary {
  /** Child index in the body at the time of reading. */
  index: number;
  kind: 'paragraph' | 'listItem' | 'table' | 'other';
  /** The paragraph or list item's heading style; NORMAL for tables and others. */
  heading: HeadingName;
  /** Text (for a table, its cells joined by tabs and newlines). */
  text: string;
  links: LinkRange[];
  /** List nesting level, list items only. */
  nesting?: number;
}

/** A paper in the document: its head block plus the notes beneath it. */
export interface Entry {
  /** Normalized arXiv id (no version), from the head's first arXiv link (or visible id). */
  id: string;
  /** Body index of the head. */
  start: number;
  /** Exclusive end index: head plus body. */
  end: number;
  /** Title as it reads in the head (the link text when there is one). */
  title: string;
  /** The head's text after the title: authors, date, categories as written. */
  byline: string;
  /** The byline's authors part as written ("A. Author, B. Author, et al."), '' when it names none (entry-line's authorsIn). */
  authors: string;
  /** The month and year the head names ("Nov 2021"), when it names one. */
  month?: {year: number; month: number};
  /** Text of the body blocks (gist, abstract, notes), one string per block. */
  notes: string[];
  /** arXiv category codes visible in the head. */
  categories: string[];
  /** The URL of the head's arXiv link, or the abs URL for a visible id. */
  url: string;
  /** True when the head carries the add-on's own format. */
  written: boolean;
}

/** Consecutive entries with nothing fixed between them: the unit sorting works in. */
export interface EntryRun {
  start: number;
  end: number;
  entries: Entry[];
}

export interface Section {
  /** Heading text, trimmed. */
  title: string;
  /** Titles of the headings above the section level that hold it, outermost first (its chapters). */
  chapters?: string[];
  /** Body index of the level-L heading. */
  headingIndex: number;
  /** Exclusive end index of the section. */
  end: number;
  /** Exclusive end of the intro (non-entry content before the first entry). */
  introEnd: number;
  /** Entry runs, split at deeper headings and other fixed points. */
  runs: EntryRun[];
  /** All entries of the section in document order. */
  entries: Entry[];
  /** Body indices of the deeper headings and other fixed blocks inside the section. */
  fixedPoints?: number[];
}

export interface Outline {
  /** The section heading level L (1-6). */
  level: number;
  /** Exclusive end of the preamble (index of the first section heading, or the body length). */
  preambleEnd: number;
  sections: Section[];
  /** Number of body children read. */
  blockCount: number;
  /**
   * Where a new section heading goes: after the last section and before any
   * trailing content that is not a section.
   */
  newSectionIndex: number;
  /** Entries outside every section (preamble, or under a heading above level L): counted for duplicates and search, never sorted. */
  looseEntries?: Entry[];
  /** The section named like the Inbox setting, when there is one. */
  inbox?: Section;
}
