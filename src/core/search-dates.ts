// Find's dates: "2021", "december 2022", "last july", "this year" in a query become a filter on the paper's month of first submission.

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** A year, and a month (1-12) when one was named. */
export interface DateFilter {
  year: number;
  month?: number;
}

/** 1-12 for a month name or its common abbreviation ("dec", "sept"), else 0. */
function monthOf(word: string): number {
  if (word.length < 3) return 0;
  const at = MONTH_NAMES.findIndex(
    name => name === word || (word.length <= 4 && name.startsWith(word)),
  );
  return at + 1;
}

function yearOf(word: string, now: Date): number {
  if (!/^(19|20)\d\d$/.test(word)) return 0;
  const year = Number(word);
  // An id prefix like "2103" is not a year; next year allows for time zones.
  return year <= now.getUTCFullYear() + 1 ? year : 0;
}

/**
 * Takes the date words out of the query words. A bare month is not read as
 * a date ("march", "may" are ordinary words): it needs "last", "this" or a
 * year. "last july" is the most recent July before this month, so it needs
 * the clock: `now`.
 */
export function takeDateFilter(
  words: string[],
  now: Date,
): {filter?: DateFilter; words: string[]} {
  const rest: string[] = [];
  let filter: DateFilter | undefined;
  const thisYear = now.getUTCFullYear();
  const thisMonth = now.getUTCMonth() + 1;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const next = words[i + 1] ?? '';
    const relative = word === 'last' || word === 'this';
    if (relative && next === 'year') {
      filter = {year: word === 'last' ? thisYear - 1 : thisYear};
      i++;
      continue;
    }
    if (relative && monthOf(next)) {
      const month = monthOf(next);
      const year =
        word === 'this' || month < thisMonth ? thisYear : thisYear - 1;
      filter = {year, month};
      i++;
      continue;
    }
    const month = monthOf(word);
    if (month && yearOf(next, now)) {
      filter = {year: yearOf(next, now), month};
      i++;
      continue;
    }
    if (yearOf(word, now)) {
      filter = {year: yearOf(word, now)};
      continue;
    }
    rest.push(word);
  }
  return filter ? {filter, words: rest} : {words};
}

const SHORT_MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(
  ' ',
);

/**
 * The year and month an entry's paper first appeared: arXiv's date when
 * cached, else the "Mon YYYY" the add-on writes in the byline, else a
 * "(2017)" in the entry's text, else the new-style id's yymm or the
 * old-style id's yymm after the slash.
 */
export function entryDate(
  id: string,
  text: string,
  published?: string,
): {year: number; month?: number} | undefined {
  const iso = published ? /^(\d{4})-(\d{2})/.exec(published) : null;
  if (iso) return {year: Number(iso[1]), month: Number(iso[2])};
  const written =
    /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* ((?:19|20)\d\d)\b/i.exec(
      text,
    );
  if (written) {
    return {
      year: Number(written[2]),
      month: SHORT_MONTHS.indexOf(written[1].toLowerCase()) + 1,
    };
  }
  const inParens = /\(((?:19|20)\d\d)\)/.exec(text);
  if (inParens) return {year: Number(inParens[1])};
  const yymm = /^(\d\d)(\d\d)\./.exec(id) ?? /\/(\d\d)(\d\d)/.exec(id);
  if (!yymm) return undefined;
  const yy = Number(yymm[1]);
  return {year: yy >= 91 ? 1900 + yy : 2000 + yy, month: Number(yymm[2])};
}

/** True when the entry's date is inside the filter. */
export function dateMatches(
  filter: DateFilter,
  date: {year: number; month?: number} | undefined,
): boolean {
  if (!date || date.year !== filter.year) return false;
  return filter.month === undefined || date.month === filter.month;
}
