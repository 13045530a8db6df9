// Find's dates: "2021", "december 2022", "last july", "this year" in a query become a filter on the paper's month of first submission.
import {monthOfId} from './arxiv-id';
import type {Entry} from './doc-model';
import {MONTH_NAMES} from './entry-line';

/** A year, and a month (1-12) when one was named. */
export interface DateFilter {
  year: number;
  month?: number;
}

/** 1-12 for a month name or its common abbreviation ("dec", "sept"), else 0. */
function monthOf(word: string): number {
  if (word.length < 3) return 0;
  const at = MONTH_NAMES.findIndex(name => {
    const lower = name.toLowerCase();
    return lower === word || (word.length <= 4 && lower.startsWith(word));
  });
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

/**
 * The year and month an entry's paper first appeared: arXiv's date when
 * cached, else the month its head names (the outline's Entry.month), else a
 * "(2017)" in its head, else the month its arXiv id was given.
 */
export function entryDate(
  entry: Pick<Entry, 'id' | 'title' | 'byline' | 'month'>,
  published?: string,
): {year: number; month?: number} | undefined {
  const iso = published ? /^(\d{4})-(\d{2})/.exec(published) : null;
  if (iso) return {year: Number(iso[1]), month: Number(iso[2])};
  if (entry.month) return {...entry.month};
  const inParens = /\(((?:19|20)\d\d)\)/.exec(`${entry.byline} ${entry.title}`);
  if (inParens) return {year: Number(inParens[1])};
  return monthOfId(entry.id);
}

/** True when the entry's date is inside the filter. */
export function dateMatches(
  filter: DateFilter,
  date: {year: number; month?: number} | undefined,
): boolean {
  if (!date || date.year !== filter.year) return false;
  return filter.month === undefined || date.month === filter.month;
}
