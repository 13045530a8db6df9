// The sidebar's Find details: why a hit matched (doc or abstract), its year and id, and the note on which abstracts are at hand, with a button to fetch the rest.
import {html, nothing} from 'lit-html';
import type {TemplateResult} from 'lit-html';
import type {
  FindResult,
  GatherResult,
  SearchHit,
  SearchMatch,
} from '../../server/main';
import {server} from '../lib/google';
import {describeError} from '../lib/server';

/** Abstracts one press fetches (the server's GATHER_BATCH: one arXiv request). */
const GATHER_BATCH = 100;

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

/** The "Fetch abstracts now" button's state, kept across redraws of the panel. */
const gather: {running: boolean; report: string; failed: boolean} = {
  running: false,
  report: '',
  failed: false,
};

/** What one fetch did, in a sentence. */
export function gatherReport(result: GatherResult): string {
  const parts = [
    `Fetched ${result.fetched} ${result.fetched === 1 ? 'abstract' : 'abstracts'} from arXiv.`,
  ];
  if (result.unknown.length) {
    parts.push(
      `arXiv has no record of ${result.unknown.slice(0, 3).join(', ')}${result.unknown.length > 3 ? ` and ${result.unknown.length - 3} more` : ''}.`,
    );
  }
  if (result.error) parts.push(result.error);
  return parts.join(' ');
}

/**
 * Fetches up to 100 missing abstracts on the server (one arXiv request),
 * then runs the search again so the hits and the note count them.
 */
export function gatherNow(redraw: () => void, searchAgain: () => void): void {
  if (gather.running) return;
  Object.assign(gather, {running: true, report: '', failed: false});
  redraw();
  server.call('gatherAbstracts').then(
    result => {
      Object.assign(gather, {
        running: false,
        report: gatherReport(result),
        failed: Boolean(result.error),
      });
      searchAgain();
    },
    error => {
      Object.assign(gather, {
        running: false,
        report: describeError(error),
        failed: true,
      });
      redraw();
    },
  );
}

/**
 * A note on what the search could read: the date it filtered by, and how
 * many papers' abstracts are at hand. Nothing fetches abstracts in the
 * background, so the note says when they are fetched and offers to fetch
 * the missing ones now (`onGather`).
 */
export function findNote(
  result: Pick<FindResult, 'papers' | 'pendingAbstracts' | 'dateFilter'>,
  onGather?: () => void,
): TemplateResult | typeof nothing {
  const parts: string[] = [];
  if (result.dateFilter) parts.push(`Papers from ${result.dateFilter} only.`);
  const pending = result.pendingAbstracts;
  if (pending > 0) {
    const atHand = result.papers - pending;
    parts.push(
      `arXiv abstracts are at hand for ${atHand} of ${result.papers} papers; the other ${pending} are searched by what your doc says. Abstracts are fetched only when a preview looks papers up (its own and up to 100 filed entries) and are kept for 6 hours.`,
    );
  }
  const button =
    pending > 0 && onGather
      ? html`<button
          type="button"
          class="button gather-abstracts"
          ?disabled=${gather.running}
          @click=${onGather}
        >
          ${
            gather.running
              ? 'Fetching abstracts from arXiv…'
              : pending <= GATHER_BATCH
                ? `Fetch the ${pending} missing ${pending === 1 ? 'abstract' : 'abstracts'} now`
                : `Fetch ${GATHER_BATCH} more abstracts now`
          }
        </button>`
      : nothing;
  const report = gather.report
    ? html`<p
        class="${gather.failed ? 'error' : 'notice'} gather-report"
        role="status"
      >
        ${gather.report}
      </p>`
    : nothing;
  return parts.length || gather.report
    ? html`<div class="find-note-box">
        ${parts.length ? html`<p class="notice find-note">${parts.join(' ')}</p>` : nothing}
        ${button} ${report}
      </div>`
    : nothing;
}
