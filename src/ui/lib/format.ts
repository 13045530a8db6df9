// Plain-text wording the pages show: authors, dates, snippets and confidence (no DOM, unit-tested; a reorganize report is core/reorganize-report-lines).
import type {SearchHit, Suggestion} from '../../server/main';

/** arXiv's API terms ask every client to show this line (plain text: no arXiv logo or colours). */
export const ARXIV_THANKS =
  'Thank you to arXiv for use of its open access interoperability.';

/** "Nov 2021": arXiv stamps dates in UTC, so the month is read in UTC too. */
const MONTH_YEAR = new Intl.DateTimeFormat('en', {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
/** "Nov", in the reader's time zone. */
const LOCAL_MONTH = new Intl.DateTimeFormat('en', {month: 'short'});

/** "A, B, C, et al." — the first `max` authors, as the entry in the doc reads (`max` 0: all of them). */
export function authorsLine(authors: readonly string[], max = 4): string {
  if (max <= 0 || authors.length <= max) return authors.join(', ');
  return `${authors.slice(0, max).join(', ')}, et al.`;
}

/** "Nov 2021" from an ISO date; the input itself when it is not one. */
export function monthYear(iso: string): string {
  const match = /^(\d{4})-(\d{2})/.exec(iso);
  const month = match ? Number(match[2]) : 0;
  if (!match || month < 1 || month > 12) return iso;
  return MONTH_YEAR.format(Date.UTC(Number(match[1]), month - 1));
}

/** The start of `text` cut at a word boundary, with an ellipsis when cut. */
export function snippet(text: string, maxChars = 220): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= maxChars) return clean;
  const cut = clean.slice(0, maxChars);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxChars * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

/** "86%" for a confidence of 0.857. */
export function percent(confidence: number): string {
  return `${Math.round(Math.max(0, Math.min(1, confidence)) * 100)}%`;
}

/** The label of one suggestion in the section picker. */
export function suggestionLabel(s: Suggestion): string {
  const name = s.isNew ? `New section: ${s.section}` : s.section;
  // The Inbox fallback's number is doubt about every section, not a match.
  if (s.fallback) return `${name} (no confident match)`;
  return `${name} (${percent(s.confidence)})`;
}

/** "9:00" for hour 9, as the schedule picker lists hours. */
export function hourLabel(hour: number): string {
  return `${hour}:00`;
}

/** The reader's IANA time zone, as the browser knows it ('' when it does not say). */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone ?? '';
}

/**
 * The time zone a schedule hour is in, named for people: "Central European
 * Standard Time (Europe/Paris)"; a schedule saved without one runs in the
 * script's time zone.
 */
export function timeZoneLabel(
  timeZone: string | undefined,
  at = new Date(),
): string {
  if (!timeZone) return "the add-on's time zone";
  try {
    const long = new Intl.DateTimeFormat('en', {timeZone, timeZoneName: 'long'})
      .formatToParts(at)
      .find(part => part.type === 'timeZoneName')?.value;
    return long && long !== timeZone ? `${long} (${timeZone})` : timeZone;
  } catch {
    return timeZone;
  }
}

/** "1 entry" / "3 entries". */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "26 Nov 2026, 09:00" in the reader's time zone, or the input when it is not a date. */
export function dateTime(iso: string | undefined, timeZone?: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (timeZone) {
    const zoned = zonedParts(date, timeZone);
    // Named, so a time under a schedule set in another zone cannot be read as the browser's own.
    if (zoned) {
      return `${zoned.day} ${zoned.month} ${zoned.year}, ${zoned.hour}:${zoned.minute} (${timeZone})`;
    }
  }
  return `${date.getDate()} ${LOCAL_MONTH.format(date)} ${date.getFullYear()}, ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function zonedParts(
  date: Date,
  timeZone: string,
): Record<'day' | 'month' | 'year' | 'hour' | 'minute', string> | null {
  try {
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
    }).formatToParts(date);
    const part = (type: string) =>
      parts.find(p => p.type === type)?.value ?? '';
    return {
      day: part('day'),
      month: part('month'),
      year: part('year'),
      // Some engines say 24 for midnight with hour12: false.
      hour: part('hour') === '24' ? '00' : part('hour'),
      minute: part('minute'),
    };
  } catch {
    return null;
  }
}

/**
 * When the daily run happens, plainly: "around 23:00 your time
 * (Europe/Paris)"; a zone other than the browser's is named as such.
 */
export function scheduleTimeLabel(
  hour: number,
  timeZone: string | undefined,
  readerZone = browserTimeZone(),
): string {
  const at = `around ${String(hour).padStart(2, '0')}:00`;
  if (!timeZone) return `${at} in the add-on's time zone`;
  if (timeZone === readerZone) return `${at} your time (${timeZone})`;
  return `${at} ${timeZone} time (your browser is on ${readerZone || 'another zone'})`;
}

/**
 * The hit's snippet when it tells more than its title and authors lines, else
 * ''. A match on a surname or a title word gives a snippet cut from those
 * very lines, and the hit would show them twice.
 */
export function hitSnippet(hit: SearchHit): string {
  const core = hit.snippet.replace(/^…|…$/g, '').trim();
  if (!core) return '';
  const shown = [hit.title, hit.authors].map(t => t.replace(/\s+/g, ' '));
  return shown.some(t => t.includes(core)) ? '' : hit.snippet;
}
