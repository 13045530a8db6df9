// The sidebar's Find details: why a hit matched (doc or abstract), its year and id, and the note while abstracts are still being gathered.
import {html, nothing} from 'lit-html';
import type {TemplateResult} from 'lit-html';
import type {FindResult, SearchHit, SearchMatch} from '../../server/main';

/** Where a matched word was found, in the user's words. */
function placeOf(match: SearchMatch): string {
  if (match.from === 'doc') return 'your doc';
  return match.field === 'abstract' ? 'the abstract' : 'arXiv';
}

/** "doc: atari, rl · abstract: nondeterministic": the words of a hit by where they matched. */
export function whyText(hit: SearchHit): string {
  const byPlace = new Map<string, string[]>();
  for (const match of hit.why ?? []) {
    const place = placeOf(match);
    const words = byPlace.get(place) ?? [];
    if (!words.includes(match.word)) words.push(match.word);
    byPlace.set(place, words);
  }
  return [...byPlace]
    .map(([place, words]) => `in ${place}: ${words.join(', ')}`)
    .join(' · ');
}

/** The year, the arXiv id and why, under a hit's title and byline. */
export function hitDetails(hit: SearchHit): TemplateResult {
  const why = whyText(hit);
  return html`<span class="hit-id"
      >${hit.year ? `${hit.year} · ` : ''}arXiv:${hit.id}</span
    >
    ${why ? html`<span class="hit-why">Matched ${why}</span>` : nothing}`;
}

/**
 * A note on what the search could read: the date it filtered by, and how
 * many papers' abstracts are not cached yet (searched by the doc's text).
 */
export function findNote(
  result: Pick<FindResult, 'papers' | 'pendingAbstracts' | 'dateFilter'>,
): TemplateResult | typeof nothing {
  const parts: string[] = [];
  if (result.dateFilter) parts.push(`Papers from ${result.dateFilter} only.`);
  if (result.pendingAbstracts > 0) {
    parts.push(
      `Abstracts are still being gathered for ${result.pendingAbstracts} of ${result.papers} papers; those are searched by what your doc says.`,
    );
  }
  return parts.length
    ? html`<p class="notice find-note">${parts.join(' ')}</p>`
    : nothing;
}
