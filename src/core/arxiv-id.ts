// Finds, validates and normalizes arXiv identifiers in any pasted text (docs/PLATFORM.md, "arXiv identifiers").
import {OLD_SCHEME_ARCHIVES} from './categories';

/** A valid id found in text. */
export interface IdMatch {
  /** Normalized: no version, old scheme without subject class. */
  id: string;
  /** Version number without the `v`, when the text named one. */
  version?: string;
  /** The fragment of the text it came from (a URL, `arXiv:...`, a bare id). */
  input: string;
  /** Offset of `input` in the text. */
  index: number;
}

/** Something that looks like an id but is not a valid one. */
export interface InvalidMatch {
  input: string;
  index: number;
  /** Why it is not valid, as a sentence for the user. */
  message: string;
}

/** Case-insensitive source for a literal word, since ES2019 regexes have no inline `(?i)`. */
function anyCase(word: string): string {
  return word.replace(/[a-z]/g, c => `[${c}${c.toUpperCase()}]`);
}

const SCHEME = `(?:${anyCase('http')}[sS]?://)?`;
const ARXIV = anyCase('arxiv');
/** Every prefix after which an id follows (URL forms, the DOI, `arXiv:`). */
const PREFIXES = [
  `${SCHEME}(?:${anyCase('www')}\\.|${anyCase('export')}\\.|${anyCase('browse')}\\.)?${ARXIV}\\.${anyCase('org')}/(?:abs|pdf|html|format|ps)/`,
  `${SCHEME}(?:${anyCase('www')}\\.)?${anyCase('alphaxiv')}\\.${anyCase('org')}/(?:abs|pdf|overview)/`,
  `${SCHEME}${anyCase('ar5iv')}\\.${anyCase('labs')}\\.${ARXIV}\\.${anyCase('org')}/html/`,
  `${SCHEME}(?:${anyCase('www')}\\.)?${anyCase('ar5iv')}\\.${anyCase('org')}/(?:abs|html)/`,
  `(?:${SCHEME}(?:${anyCase('dx')}\\.)?${anyCase('doi')}\\.${anyCase('org')}/)?10\\.48550/${ARXIV}\\.`,
  `${ARXIV}:[ \\t]?`,
].join('|');
/** What follows a prefix: an old-style id (it contains a slash) or one path segment. */
const ID_PART = '[a-z]+(?:-[a-z]+)?(?:\\.[A-Za-z-]+)?/\\d+(?:v\\d+)?|[\\w.-]+';
/** Bare ids need a boundary before them so `x2111.11432` or `1.2111.1143` are not read as ids. */
const BARE_NEW = '(?<![\\w.])\\d{4}\\.\\d{4,6}(?:v\\d+)?(?!\\w|\\.\\d)';
const OLD_ARCHIVE = `(?:${OLD_SCHEME_ARCHIVES.join('|')})(?:\\.[A-Za-z-]+)?/`;
const BARE_OLD = `(?<![\\w.-])${OLD_ARCHIVE}\\d{5,9}(?:v\\d+)?(?!\\w)`;
/** An old id cut short (`hep-th/99`): read to say what is wrong, but not inside another site's path (`example.com/cs/12`). */
const BARE_OLD_SHORT = `(?<![\\w./-])${OLD_ARCHIVE}\\d{2,4}(?![\\w/]|\\.\\d)`;
/**
 * A new id with one stray letter among 3-5 digits after the dot (`1801.0x123`,
 * `2401.0123x`): a typo to report, never a valid id. Exactly one letter keeps
 * words, hex and version strings (`v1.2.3`, `2023.05`) out.
 */
const BARE_STRAY =
  '(?<![\\w./-])\\d{4}\\.(?=[\\dA-Za-z]{4,6}(?![\\w]|\\.\\d))\\d*[A-Za-z]\\d*(?![\\w]|\\.\\d)';

const CANDIDATE_SOURCE = `(${PREFIXES})(${ID_PART})|${BARE_NEW}|${BARE_OLD}|${BARE_OLD_SHORT}|${BARE_STRAY}`;
const URL_ONLY = new RegExp(`^\\s*(?:${PREFIXES})(${ID_PART})`);

const NEW_ID = /^(\d{2})(\d{2})\.(\d+)(?:v(\d+))?$/;
const OLD_ID = /^([a-z]+(?:-[a-z]+)?)(?:\.([A-Za-z-]+))?\/(\d+)(?:v(\d+))?$/;
const OLD_ARCHIVES = new Set(OLD_SCHEME_ARCHIVES);

type Parsed = {id: string; version?: string} | {error: string};

/**
 * Validates one id as arXiv does and normalizes it: `2111.11432v2` gives
 * id `2111.11432`, version `2`; `math.GT/0309136` gives `math/0309136`.
 * Leading and trailing spaces are ignored.
 */
export function parseArxivId(candidate: string): Parsed {
  const text = candidate.trim();
  const newStyle = NEW_ID.exec(text);
  if (newStyle) {
    const [, yy, mm, number, version] = newStyle;
    const example = exampleNewId(yy, mm);
    return withVersion(text, checkNewStyle(yy, mm, number), version, example);
  }
  const oldStyle = OLD_ID.exec(text);
  if (oldStyle) {
    const [, archive, , digits, version] = oldStyle;
    return withVersion(
      text,
      checkOldStyle(archive, digits),
      version,
      OLD_EXAMPLE,
    );
  }
  return {error: `“${text}” is not an arXiv id: ${lookLike(text)}.`};
}

const NEW_EXAMPLE = '2401.01234';
const OLD_EXAMPLE = 'hep-th/9901001';

/** What a valid id looks like, for a text that is none: the scheme it seems to aim at. */
function lookLike(text: string): string {
  if (/^\d{4}\./.test(text)) return `new ids look like ${NEW_EXAMPLE}`;
  if (text.includes('/')) return `old ids look like ${OLD_EXAMPLE}`;
  return `ids look like ${NEW_EXAMPLE} or ${OLD_EXAMPLE}`;
}

/** A valid id of the same month when the month is one, else the usual example (`1412.1234` has 4 digits). */
function exampleNewId(yy: string, mm: string): string {
  const yymm = Number(yy + mm);
  const month = Number(mm);
  if (month < 1 || month > 12 || yymm < 704) return NEW_EXAMPLE;
  return yymm <= 1412 ? `${yy}${mm}.1234` : `${yy}${mm}.01234`;
}

function checkNewStyle(yy: string, mm: string, number: string): Parsed {
  const yymm = Number(yy + mm);
  const month = Number(mm);
  if (month < 1 || month > 12) return {error: `there is no month ${mm}`};
  if (yymm < 704) {
    return {error: 'ids of this form start in April 2007 (0704)'};
  }
  const digits = yymm <= 1412 ? 4 : 5;
  if (number.length !== digits) {
    const period = digits === 4 ? 'from 0704 to 1412' : 'from 1501 on';
    return {error: `ids ${period} have ${digits} digits after the dot`};
  }
  if (Number(number) === 0) return {error: 'there is no paper number 0'};
  return {id: `${yy}${mm}.${number}`};
}

function checkOldStyle(archive: string, digits: string): Parsed {
  if (!OLD_ARCHIVES.has(archive)) {
    return {error: `there is no archive "${archive}"`};
  }
  if (digits.length !== 7) {
    return {error: 'old-style ids have 7 digits after the slash'};
  }
  const yymm = digits.slice(0, 4);
  const month = Number(digits.slice(2, 4));
  if (month < 1 || month > 12) {
    return {error: `there is no month ${digits.slice(2, 4)}`};
  }
  // Two-digit years: 91-99 are the 1990s, 00-07 the 2000s; arXiv began in August 1991.
  const sortable = Number(yymm) >= 9100 ? Number(yymm) : Number(yymm) + 10000;
  if (sortable < 9108 || sortable > 10703) {
    return {
      error: 'old-style ids run from August 1991 (9108) to March 2007 (0703)',
    };
  }
  if (Number(digits.slice(4)) === 0) {
    return {error: 'there is no paper number 000'};
  }
  return {id: `${archive}/${digits}`};
}

function withVersion(
  text: string,
  parsed: Parsed,
  version: string | undefined,
  example: string,
): Parsed {
  if ('error' in parsed) {
    return {
      error: `“${text}” is not a valid arXiv id: ${parsed.error}. A valid id looks like ${example}.`,
    };
  }
  if (version === undefined) return parsed;
  if (!/^[1-9]\d{0,3}$/.test(version)) {
    return {
      error: `“${text}” is not a valid arXiv id: no version v${version}. Versions start at v1, like ${parsed.id}v1.`,
    };
  }
  return {id: parsed.id, version};
}

/** Strips what ends a link or a sentence but cannot end an id: `.pdf`, a final dot or dash. */
function trimIdPart(part: string): string {
  let trimmed = part.replace(/[._-]+$/, '');
  if (/\.pdf$/i.test(trimmed)) trimmed = trimmed.slice(0, -4);
  return trimmed;
}

/**
 * Every arXiv id in `text`, in any form people paste (links to arxiv.org,
 * export., alphaxiv, ar5iv, doi.org/10.48550, `arXiv:` prefixes, bare new and
 * old ids, with versions). Valid ids come normalized and deduplicated in
 * first-seen order; look-alikes that fail validation come as `invalid` with
 * the reason. Never throws.
 */
export function extractIds(text: string): {
  ids: IdMatch[];
  invalid: InvalidMatch[];
} {
  const ids: IdMatch[] = [];
  const invalid: InvalidMatch[] = [];
  const seenIds = new Set<string>();
  const seenInvalid = new Set<string>();
  const candidates = new RegExp(CANDIDATE_SOURCE, 'g');
  for (let m = candidates.exec(text); m; m = candidates.exec(text)) {
    const [whole, prefix, part] = m;
    let input = whole;
    let idText = whole;
    if (prefix !== undefined) {
      const trimmed = trimIdPart(part);
      if (!trimmed) continue;
      // Keep `.pdf` in the fragment shown to the user, drop a sentence's final dot.
      input = prefix + part.replace(/[._-]+$/, '');
      idText = trimmed;
    }
    const parsed = parseArxivId(idText);
    if ('error' in parsed) {
      if (!seenInvalid.has(input)) {
        seenInvalid.add(input);
        invalid.push({input, index: m.index, message: parsed.error});
      }
    } else if (!seenIds.has(parsed.id)) {
      seenIds.add(parsed.id);
      ids.push({...parsed, input, index: m.index});
    }
  }
  return {ids, invalid};
}

/**
 * The normalized id of a link in any arXiv URL form, or null when the URL is
 * not one (the document engine reads entry links with it).
 */
export function findArxivIdInUrl(url: string): string | null {
  const m = URL_ONLY.exec(url);
  if (!m || /^\s*arxiv:/i.test(url)) return null;
  const parsed = parseArxivId(trimIdPart(m[1]));
  return 'error' in parsed ? null : parsed.id;
}

/** The canonical, version-less abstract page: `https://arxiv.org/abs/<id>`. */
export function absUrl(id: string): string {
  return `https://arxiv.org/abs/${id}`;
}

/** The four-digit year of an id's two: 91-99 are the 1990s (arXiv began in 1991), the rest the 2000s. */
function fullYear(yy: number): number {
  return yy >= 91 ? 1900 + yy : 2000 + yy;
}

/**
 * The year and month an id was given: a new-style id's yymm, or the yymm
 * after an old-style id's slash (91-99 are the 1990s); undefined for others.
 */
export function monthOfId(
  id: string,
): {year: number; month: number} | undefined {
  const yymm = /^(\d\d)(\d\d)\./.exec(id) ?? /\/(\d\d)(\d\d)/.exec(id);
  if (!yymm) return undefined;
  return {year: fullYear(Number(yymm[1])), month: Number(yymm[2])};
}

/**
 * A string that sorts normalized ids in submission order across both schemes:
 * four-digit year, month, zero-padded number (old ids then their archive, as
 * each archive numbered its own papers). Unparseable ids sort first.
 */
export function idSortKey(id: string): string {
  const newStyle = /^(\d{2})(\d{2})\.(\d{4,5})$/.exec(id);
  if (newStyle) {
    const [, yy, mm, number] = newStyle;
    return `20${yy}${mm}${number.padStart(5, '0')}`;
  }
  const oldStyle = /^([a-z-]+)(?:\.[A-Za-z-]+)?\/(\d{2})(\d{2})(\d{3})$/.exec(
    id,
  );
  if (oldStyle) {
    const [, archive, yy, mm, number] = oldStyle;
    return `${fullYear(Number(yy))}${mm}${number.padStart(5, '0')}${archive}`;
  }
  return '';
}
