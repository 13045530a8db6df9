// The JSON contracts between the add-on's server functions, its pages and outside checks (docs/DESIGN.md).

/** A paper as read from the arXiv API; every value is a string, as arXiv sent it. */
export interface Paper {
  /** Normalized id without version: `2111.11432`, `hep-th/9901001`. */
  id: string;
  /** Version number as a string, e.g. `"2"`. */
  version: string;
  title: string;
  authors: string[];
  /** ISO date of v1. */
  published: string;
  /** ISO date of this version. */
  updated: string;
  summary: string;
  primaryCategory: string;
  /** arXiv category codes only (e.g. `cs.LG`), primary first. */
  categories: string[];
  /** Category terms that are not arXiv codes (MSC, ACM classes). */
  otherCategories?: string[];
  comment?: string;
  journalRef?: string;
  doi?: string;
  absUrl: string;
  pdfUrl: string;
}

/** One ranked place to file a paper. */
export interface Suggestion {
  section: string;
  /** 0..1, calibrated: 0.8 means right about 8 times in 10. */
  confidence: number;
  reasons: string[];
  /** True when the section does not exist yet. */
  isNew?: boolean;
  /**
   * True for the Inbox offered because no section is confident: its
   * confidence is then the doubt about every section, not a match.
   */
  fallback?: boolean;
}

export type PreviewStatus =
  'ready' | 'duplicate' | 'not_found' | 'invalid' | 'error';

export interface PreviewItem {
  /** The fragment of the pasted text this item came from. */
  input: string;
  id?: string;
  status: PreviewStatus;
  message?: string;
  paper?: Paper;
  existingSection?: string;
  /** For a duplicate standing more than once: where every copy is, in document order ('' for outside the sections). */
  existingSections?: string[];
  /** For a duplicate: the title its entry in the document has, so the card reads even when arXiv sent nothing. */
  existingTitle?: string;
  /** For a duplicate: the authors as its entry writes them ("A, B, C, et al."); arXiv's list may be longer or, offline, cut without a word. */
  existingAuthors?: string;
  /** For an `invalid` item that is a link holding no arXiv id: the site it points to. */
  otherLink?: {host: string};
  suggestions?: Suggestion[];
  /** For a ready item: the service whose answer filled the card (absent: arXiv, as before). */
  source?: MetadataSource;
  /** For a paper that is not (known to be) on arXiv: how the paste named it (a DOI, an ACL Anthology or Semantic Scholar id). */
  ref?: PaperRefId;
}

/** Which service answered for a paper. */
export type MetadataSource =
  'arxiv' | 'semanticscholar' | 'crossref' | 'aclanthology';

/** A paper named by something other than an arXiv id. */
export interface PaperRefId {
  kind: 'doi' | 'acl' | 's2';
  /** A DOI (lower case), an Anthology id (`2021.naacl-main.208`, `N04-1001`) or a Semantic Scholar paper id. */
  id: string;
}

/** A paper's metadata as a scholarly service other than arXiv gave it; absent fields were not known. */
export interface ScholarlyPaper {
  title: string;
  authors: string[];
  abstract?: string;
  year?: number;
  venue?: string;
  /** ISO date (`2021-06-01`), or as much of it as is known (`2021-06`, `2004`). */
  publicationDate?: string;
  doi?: string;
  /** Normalized arXiv id, when the service ties the paper to one. */
  arxivId?: string;
  aclId?: string;
  /** Semantic Scholar's paper id (40 hex digits). */
  s2Id?: string;
  /** The paper's own page: DOI resolver, Anthology page, Semantic Scholar page. */
  url?: string;
}

export interface PreviewResult {
  items: PreviewItem[];
  /** Section headings of the document, in document order. */
  sections: string[];
  /** A message for the whole request (oversized paste, arXiv unreachable). */
  message?: string;
}

export interface InsertRequest {
  id: string;
  section: string;
  /** The user's one-line gist. */
  note?: string;
  /** For a `url:` key (a blog post, a repository): the title the user typed; the entry is written from it without a lookup. */
  title?: string;
}

export interface InsertResult {
  id: string;
  status: 'inserted' | 'duplicate' | 'error';
  section?: string;
  message?: string;
  /** With status 'error': the paper was not tried, the call ran out of time; sending it again inserts it. */
  retry?: boolean;
}

export interface ReorganizeReport {
  dryRun: boolean;
  /** False when the run stopped at its time budget; the next run continues. */
  complete: boolean;
  moves: number;
  sortedSections: string[];
  mergedSections: string[];
  filed: {id: string; from: string; to: string; title?: string}[];
  duplicates: {id: string; sections: string[]}[];
  /** ISO time the report was made. */
  at?: string;
  message?: string;
  /** The one rule of core/plan-changes: the plan (or run) changes nothing, so there is nothing to apply. */
  changesNothing?: boolean;
  /** Dry run: the plan's fingerprint; `reorganize({expectPlan: planToken})` applies exactly this plan or nothing. */
  planToken?: string;
  /** Dry run: the plan by paper title and section, one line per change, each paper once. */
  planLines?: string[];
  /** A run given `expectPlan` found another plan and changed nothing; this report is that new plan (a dry run). */
  stale?: boolean;
  /** A scheduled run whose plan moved more than the setting allows: nothing was applied; this is the plan, to apply from the sidebar. */
  held?: boolean;
}

export interface SearchHit {
  id: string;
  title: string;
  section: string;
  authors: string;
  /** Short text around what matched. */
  snippet: string;
  url: string;
  score: number;
  /** The title of the tab the entry is in, for a document with more than one tab. */
  tab?: string;
  /** That tab's id, for revealEntry. */
  tabId?: string;
  /** Year the paper first appeared (arXiv's date, the byline's, or the id's). */
  year?: number;
  /** Why it matched: the words found, each with where. */
  why?: SearchMatch[];
}

/** A word of the query as found in one place of a hit. */
export interface SearchMatch {
  /** The word as the text has it (folded to lower case). */
  word: string;
  /** `doc`: the document's own text; `arxiv`: the paper's cached arXiv metadata. */
  from: 'doc' | 'arxiv';
  field:
    | 'title'
    | 'authors'
    | 'notes'
    | 'section'
    | 'id'
    | 'arxivTitle'
    | 'abstract'
    | 'categories'
    | 'venue';
}

/** Find's answer: the hits, and how much of the papers' arXiv metadata was at hand. */
export interface FindResult {
  hits: SearchHit[];
  /** Papers in the document. */
  papers: number;
  /** Papers whose abstracts are not cached yet (still being gathered): searched by the doc's text only. */
  pendingAbstracts: number;
  /** The date the query was read as, e.g. "July 2023", when it named one. */
  dateFilter?: string;
}

export interface ScheduleState {
  enabled: boolean;
  /** Hour of day (0-23) the daily run is asked for, in `timeZone`. */
  hour: number;
  /** The IANA time zone of `hour` (the user's, sent by the sidebar); absent: the script's time zone. */
  timeZone?: string;
  lastRun?: ReorganizeReport;
}
