// The user's settings: their type, defaults, and validation with messages a person can act on.
import {PROPERTY_VALUE_MAX_BYTES} from './stored-state';
import {cleanName, cleanText} from './text-clean';
import {utf8Bytes} from './utf8-bytes';

export type SortOrder = 'newest' | 'oldest' | 'title';
export type AbstractMode = 'none' | 'first-sentence' | 'full';

/** How an entry written by the add-on looks. */
export interface EntryFormat {
  /** Authors shown before "et al."; 0 shows all. */
  maxAuthors: number;
  showDate: boolean;
  showCategories: boolean;
  /** Show the visible `arXiv:2111.11432` label at the end of the head. */
  showIdLabel: boolean;
  abstract: AbstractMode;
  /** Bulleted list items (default) or plain paragraphs. */
  style: 'bullet' | 'paragraph';
}

/** A user's explicit filing rule for one section. */
export interface SectionRule {
  section: string;
  /** arXiv category patterns: `cs.CL`, `math.*`, `stat.ML`. */
  categories: string[];
  /** Words or phrases looked for in title and abstract (case-insensitive). */
  keywords: string[];
}

export interface Settings {
  /** Heading level of sections (1-6), or 0 to detect it from the document. */
  sectionLevel: number;
  sortOrder: SortOrder;
  entryFormat: EntryFormat;
  inboxName: string;
  rules: SectionRule[];
  /** Inbox entries whose top suggestion reaches this confidence are filed by reorganize. */
  autoFileThreshold: number;
  /** A scheduled reorganize whose plan has more moves than this applies nothing and waits in the sidebar (issue 28). */
  scheduleMaxMoves: number;
}

export const DEFAULT_SETTINGS: Settings = {
  sectionLevel: 0,
  sortOrder: 'newest',
  entryFormat: {
    maxAuthors: 3,
    showDate: true,
    showCategories: true,
    showIdLabel: true,
    abstract: 'first-sentence',
    style: 'bullet',
  },
  inboxName: 'Inbox',
  rules: [],
  autoFileThreshold: 0.8,
  scheduleMaxMoves: 50,
};

/** Bounds of scheduleMaxMoves. */
export const MAX_SCHEDULE_MOVES = 10000;

/** Longest section name or keyword accepted (a longer heading in the document is still a heading). */
export const MAX_NAME_LENGTH = 100;

/**
 * True when a name shows something: not only spaces, zero-width or other
 * format characters (U+200B, U+FEFF, bidi marks) and control characters,
 * which would make a heading no one can see or type.
 */
export function hasVisibleText(name: string): boolean {
  return name.replace(/[\s\p{Cc}\p{Cf}]/gu, '') !== '';
}
export const MAX_RULES = 100;

/** Thrown when settings fail validation; `messages` lists every problem. */
/** One problem with a setting: the field it is about (a path like `rules.2.categories`) and what to do. */
export interface SettingsProblem {
  field: string;
  message: string;
}

export class SettingsError extends Error {
  readonly messages: string[];
  constructor(readonly problems: SettingsProblem[]) {
    const messages = problems.map(p => p.message);
    super(messages.join(' '));
    this.messages = messages;
    this.name = 'SettingsError';
  }
}

/**
 * The most a saved settings value may take: Apps Script keeps at most 9 KB
 * per property value (docs/PLATFORM.md), counted in UTF-8 bytes.
 */
export const MAX_SETTINGS_BYTES = PROPERTY_VALUE_MAX_BYTES;

const SORT_ORDERS: readonly SortOrder[] = ['newest', 'oldest', 'title'];
const ABSTRACT_MODES: readonly AbstractMode[] = [
  'none',
  'first-sentence',
  'full',
];
const CATEGORY_PATTERN = /^[a-z-]+(\.[A-Za-z-]+|\.\*)?$|^\*$/;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function cleanList(v: unknown): string[] | null {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some(x => typeof x !== 'string')) return null;
  return (v as string[])
    .map(s => cleanText(s).trim())
    .filter(s => s.length > 0);
}

/**
 * Checks settings sent by the sidebar (or read back from storage) and fills
 * anything missing from the defaults.
 * @throws SettingsError listing every problem, so the user can fix them at once.
 */
export function validateSettings(input: unknown): Settings {
  if (!isRecord(input)) {
    throw new SettingsError([
      {field: '', message: 'Settings must be an object.'},
    ]);
  }
  const errors: SettingsProblem[] = [];
  const problem = (field: string, message: string) =>
    errors.push({field, message});
  const out: Settings = JSON.parse(JSON.stringify(DEFAULT_SETTINGS));

  if (input.sectionLevel !== undefined) {
    const l = input.sectionLevel;
    if (typeof l !== 'number' || !Number.isInteger(l) || l < 0 || l > 6) {
      problem(
        'sectionLevel',
        'Section heading level must be Auto or a level from 1 to 6.',
      );
    } else out.sectionLevel = l;
  }
  if (input.sortOrder !== undefined) {
    if (!SORT_ORDERS.includes(input.sortOrder as SortOrder)) {
      problem('sortOrder', 'Sort order must be newest, oldest or title.');
    } else out.sortOrder = input.sortOrder as SortOrder;
  }
  if (input.entryFormat !== undefined) {
    const f = input.entryFormat;
    if (!isRecord(f)) problem('entryFormat', 'Entry format must be an object.');
    else {
      if (f.maxAuthors !== undefined) {
        const n = f.maxAuthors;
        if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 50) {
          problem(
            'entryFormat.maxAuthors',
            'Authors shown must be a whole number from 0 (all) to 50.',
          );
        } else out.entryFormat.maxAuthors = n;
      }
      for (const key of [
        'showDate',
        'showCategories',
        'showIdLabel',
      ] as const) {
        if (f[key] === undefined) continue;
        if (typeof f[key] !== 'boolean')
          problem(`entryFormat.${key}`, `${key} must be true or false.`);
        else out.entryFormat[key] = f[key] as boolean;
      }
      if (f.abstract !== undefined) {
        if (!ABSTRACT_MODES.includes(f.abstract as AbstractMode)) {
          problem(
            'entryFormat.abstract',
            'Abstract must be none, first sentence or full.',
          );
        } else out.entryFormat.abstract = f.abstract as AbstractMode;
      }
      if (f.style !== undefined) {
        if (f.style !== 'bullet' && f.style !== 'paragraph') {
          problem(
            'entryFormat.style',
            'Entry style must be bullet or paragraph.',
          );
        } else out.entryFormat.style = f.style;
      }
    }
  }
  if (input.inboxName !== undefined) {
    const name =
      typeof input.inboxName === 'string' ? cleanName(input.inboxName) : '';
    if (!hasVisibleText(name)) problem('inboxName', 'The Inbox needs a name.');
    else if (name.length > MAX_NAME_LENGTH) {
      problem(
        'inboxName',
        `The Inbox name must be at most ${MAX_NAME_LENGTH} characters.`,
      );
    } else out.inboxName = name;
  }
  if (input.autoFileThreshold !== undefined) {
    const t = input.autoFileThreshold;
    if (typeof t !== 'number' || !(t >= 0.5 && t <= 1)) {
      problem(
        'autoFileThreshold',
        'Auto-filing threshold must be between 0.5 and 1.',
      );
    } else out.autoFileThreshold = t;
  }
  if (input.scheduleMaxMoves !== undefined) {
    const n = input.scheduleMaxMoves;
    if (
      typeof n !== 'number' ||
      !Number.isInteger(n) ||
      n < 1 ||
      n > MAX_SCHEDULE_MOVES
    ) {
      problem(
        'scheduleMaxMoves',
        `The most moves a daily reorganize may make must be a whole number from 1 to ${MAX_SCHEDULE_MOVES}.`,
      );
    } else out.scheduleMaxMoves = n;
  }
  if (input.rules !== undefined) {
    if (!Array.isArray(input.rules)) problem('rules', 'Rules must be a list.');
    else if (input.rules.length > MAX_RULES) {
      problem('rules', `At most ${MAX_RULES} rules.`);
    } else {
      out.rules = [];
      input.rules.forEach((r: unknown, i: number) => {
        const where = `Rule ${i + 1}`;
        const field = `rules.${i}`;
        if (!isRecord(r)) return problem(field, `${where} must be an object.`);
        const section =
          typeof r.section === 'string' ? cleanName(r.section) : '';
        const categories = cleanList(r.categories);
        const keywords = cleanList(r.keywords);
        if (!hasVisibleText(section)) {
          problem(`${field}.section`, `${where} needs a section name.`);
        } else if (section.length > MAX_NAME_LENGTH) {
          problem(`${field}.section`, `${where}: section name is too long.`);
        }
        if (categories === null)
          problem(
            `${field}.categories`,
            `${where}: categories must be a list of codes.`,
          );
        if (keywords === null)
          problem(
            `${field}.keywords`,
            `${where}: keywords must be a list of words.`,
          );
        const badCats = (categories ?? []).filter(
          c => !CATEGORY_PATTERN.test(c),
        );
        if (badCats.length) {
          problem(
            `${field}.categories`,
            `${where}: "${badCats[0]}" is not an arXiv category pattern (like cs.CL or math.*).`,
          );
        }
        if ((keywords ?? []).some(k => k.length > MAX_NAME_LENGTH)) {
          problem(`${field}.keywords`, `${where}: a keyword is too long.`);
        }
        if (!categories?.length && !keywords?.length && section) {
          problem(
            `${field}.categories`,
            `${where} needs at least one category or keyword.`,
          );
        }
        out.rules.push({
          section,
          categories: categories ?? [],
          keywords: keywords ?? [],
        });
        return undefined;
      });
    }
  }
  if (!errors.length) {
    const bytes = utf8Bytes(JSON.stringify(out));
    if (bytes > MAX_SETTINGS_BYTES) {
      const kb = (n: number) => (n / 1024).toFixed(1);
      problem(
        'rules',
        `These settings take ${kb(bytes)} KB, and Google Docs keeps at most ${kb(MAX_SETTINGS_BYTES)} KB of settings per document. Remove some rules or shorten their keywords.`,
      );
    }
  }
  if (errors.length) throw new SettingsError(errors);
  return out;
}
