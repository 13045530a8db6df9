// Filtering a long haul's cards by the status their chip shows (no DOM): the counts per status and the cards one status keeps.
import type {Card} from './haul';
import {cardStatus} from './cards';

/** Pastes with at least this many cards get the status filter. */
export const FILTER_MIN_CARDS = 8;

/** One filter button: a chip label and how many cards wear it. */
export interface StatusCount {
  label: string;
  count: number;
}

/** Every status the cards show, in first-seen order, with its count. */
export function statusCounts(cards: readonly Card[]): StatusCount[] {
  const counts = new Map<string, number>();
  for (const card of cards) {
    const {label} = cardStatus(card);
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts].map(([label, count]) => ({label, count}));
}

/** The cards the filter keeps: all for '' (or a status no card has any more), else those whose chip says `label`. */
export function filterCards(cards: readonly Card[], label: string): Card[] {
  if (!label) return [...cards];
  const kept = cards.filter(c => cardStatus(c).label === label);
  return kept.length ? kept : [...cards];
}
