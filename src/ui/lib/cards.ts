// Paper cards for the dialog and the sidebar's quick add: lit-html templates, so arXiv text is escaped by construction.
import {html, nothing} from 'lit-html';
import type {TemplateResult} from 'lit-html';
import type {Card, HaulState} from './haul';
import {NEW_SECTION, canInsert, chosenSection, sectionOptions} from './haul';
import {authorsLine, monthYear, snippet} from './format';

export interface CardActions {
  inboxName: string;
  /** The sidebar's narrow cards leave out the abstract. */
  compact: boolean;
  /** Authors before "et al.", as the entry will write them (the entry format setting; 0: all). */
  maxAuthors: number;
  change(key: string, patch: Partial<Card>): void;
  insert(key: string): void;
  /** Enter or Tab in a gist field: the page moves focus to the next gist. */
  nextGist(from: HTMLInputElement): void;
  /** Selects the paper's entry in the document (a duplicate's "Show in the document"). */
  reveal?(id: string): void;
}

/** Most characters a gist may have; the field counts them, so nothing is cut without a word. */
export const GIST_MAX = 500;

/** The hint that documents the gist fields' keys (gistKeys). */
export const GIST_KEYS_HINT =
  'Tab moves from gist to gist (Alt+↓: the card’s section).';

/** The chip's words and colour for where the card stands. */
export function cardStatus(card: Card): {label: string; tone: string} {
  if (card.phase === 'fetching') return {label: 'Fetching…', tone: 'busy'};
  if (card.phase === 'inserting') return {label: 'Inserting…', tone: 'busy'};
  if (card.phase === 'inserted') {
    return card.result?.status === 'duplicate'
      ? {label: 'Already in the doc', tone: 'muted'}
      : {label: 'Inserted', tone: 'good'};
  }
  if (card.phase === 'failed') return {label: 'Failed', tone: 'bad'};
  switch (card.item.status) {
    case 'ready':
      return {label: 'Ready', tone: 'ready'};
    case 'duplicate':
      return {label: 'Already in the doc', tone: 'muted'};
    case 'not_found':
      return {label: 'Not found', tone: 'bad'};
    case 'invalid':
      return card.item.otherLink
        ? {label: 'Not arXiv', tone: 'muted'}
        : {label: 'Invalid', tone: 'bad'};
    default:
      return {label: 'Failed', tone: 'bad'};
  }
}

/** The sentence under the card saying what happened or why nothing can. */
export function cardOutcome(card: Card): string {
  const {item, result} = card;
  if (card.phase === 'inserted' && result) {
    return result.status === 'duplicate'
      ? `Already in the doc under “${result.section ?? '?'}”; not added again.`
      : `Inserted under “${result.section ?? chosenSection(card)}”.`;
  }
  if (card.phase === 'failed') {
    return result?.message ?? 'The paper could not be inserted.';
  }
  if (card.phase !== 'preview') return '';
  switch (item.status) {
    case 'duplicate':
      if (item.existingSections && item.existingSections.length > 1) {
        const where = item.existingSections.map(name =>
          name ? `“${name}”` : 'outside the sections',
        );
        return `Already in the doc ${where.length} times: ${where.slice(0, -1).join(', ')} and ${where[where.length - 1]}.`;
      }
      return item.existingSection
        ? `Already in the doc under “${item.existingSection}”.`
        : 'Already in the doc.';
    case 'not_found':
      return item.message ?? `arXiv has no paper ${item.id ?? item.input}.`;
    case 'invalid':
      return item.message ?? `“${item.input}” is not a valid arXiv id.`;
    case 'error':
      return item.message ?? 'arXiv could not be reached for this paper.';
    default:
      return '';
  }
}

function picker(card: Card, sections: string[], actions: CardActions) {
  const options = sectionOptions(card.item, sections, actions.inboxName);
  const suggested = options.filter(o => o.group === 'suggested');
  const others = options.filter(o => o.group !== 'suggested');
  const selected = card.item.suggestions?.find(s => s.section === card.section);
  const disabled = !canInsert(card);
  const option = (o: {value: string; label: string}) =>
    html`<option .value=${o.value} ?selected=${o.value === card.section}>
      ${o.label}
    </option>`;
  return html`<div class="field">
    <label class="label" for="section-${card.key}">Section</label>
    <select
      id="section-${card.key}"
      class="section-picker"
      ?disabled=${disabled}
      @change=${(e: Event) =>
        actions.change(card.key, {
          section: (e.target as HTMLSelectElement).value,
        })}
    >
      ${
        suggested.length
          ? html`<optgroup label="Suggested">
              ${suggested.map(option)}
            </optgroup>`
          : nothing
      }
      <optgroup label="All sections">${others.map(option)}</optgroup>
    </select>
    ${
      card.section === NEW_SECTION
        ? html`<input
            class="new-section"
            type="text"
            aria-label="Name of the new section"
            placeholder="Name of the new section"
            .value=${card.newSection}
            ?disabled=${disabled}
            @input=${(e: Event) =>
              actions.change(card.key, {
                newSection: (e.target as HTMLInputElement).value,
              })}
          />`
        : nothing
    }
    ${
      selected?.reasons.length
        ? html`<div class="reason">${selected.reasons.join('; ')}</div>`
        : nothing
    }
  </div>`;
}

/** Names of the services a card's metadata may come from, as the card says them. */
const SOURCE_NAMES: Record<string, string> = {
  semanticscholar: 'Semantic Scholar',
  crossref: 'Crossref',
  aclanthology: 'the ACL Anthology',
};

/**
 * The card's authors line: a duplicate's as its entry in the doc writes it
 * ("et al." where the entry cut the list), else the paper's cut as the entry
 * will write them.
 */
function cardAuthors(card: Card, actions: CardActions): string {
  if (card.item.status === 'duplicate' && card.item.existingAuthors) {
    return card.item.existingAuthors;
  }
  return authorsLine(card.item.paper?.authors ?? [], actions.maxAuthors);
}

function paperBody(card: Card, actions: CardActions) {
  const paper = card.item.paper!;
  const from = card.item.source ? SOURCE_NAMES[card.item.source] : undefined;
  const meta = [
    monthYear(paper.published),
    // Not from arXiv: no categories; the venue stands in for them.
    from ? paper.journalRef : '',
    paper.categories.slice(0, actions.compact ? 2 : 4).join(', '),
    from ? `metadata from ${from}` : '',
  ].filter(Boolean);
  const abstract = actions.compact
    ? nothing
    : html`<p class="abstract">
        ${card.expanded ? paper.summary : snippet(paper.summary)}
        ${
          paper.summary.length > 220
            ? html`<button
                type="button"
                class="link-button"
                aria-expanded=${card.expanded ? 'true' : 'false'}
                @click=${() =>
                  actions.change(card.key, {expanded: !card.expanded})}
              >
                ${card.expanded ? 'Less' : 'More'}
              </button>`
            : nothing
        }
      </p>`;
  return html`<h3 class="title">
      <a href=${paper.absUrl} target="_blank" rel="noopener noreferrer"
        >${paper.title}</a
      >
    </h3>
    <div class="authors">${cardAuthors(card, actions)}</div>
    <div class="meta">${meta.join(' · ')}</div>
    ${abstract}`;
}

/**
 * The gist field's keys, as the hint documents them: Enter and Tab go to the
 * next gist (the last one to Insert), Shift+Tab to the previous gist, and
 * Alt+Down to this card's section picker.
 */
function gistKeys(e: KeyboardEvent, card: Card, actions: CardActions): void {
  const field = e.target as HTMLInputElement;
  if (e.ctrlKey || e.metaKey) return;
  if ((e.key === 'Enter' || e.key === 'Tab') && !e.shiftKey && !e.altKey) {
    e.preventDefault();
    actions.nextGist(field);
  } else if (e.key === 'Tab' && e.shiftKey) {
    const previous = previousGist(field);
    if (!previous) return;
    e.preventDefault();
    previous.focus();
  } else if (e.key === 'ArrowDown' && e.altKey) {
    const picker = field.ownerDocument.getElementById(`section-${card.key}`);
    if (!picker) return;
    e.preventDefault();
    picker.focus();
  }
}

/** The enabled gist field before `from` in the page, if any. */
function previousGist(from: HTMLInputElement): HTMLInputElement | undefined {
  const gists = [
    ...from.ownerDocument.querySelectorAll<HTMLInputElement>('input.gist'),
  ];
  return gists
    .slice(0, gists.indexOf(from))
    .reverse()
    .find(g => !g.disabled);
}

/** The title field of a link's card: the entry is filed with what is typed here. */
function titleField(card: Card, actions: CardActions) {
  return html`<div class="field">
    <label class="label" for="title-${card.key}">Title</label>
    <input
      id="title-${card.key}"
      class="link-title"
      type="text"
      maxlength="500"
      placeholder="Type or paste the title to file this link"
      .value=${card.title ?? ''}
      ?disabled=${card.phase !== 'preview' && card.phase !== 'failed'}
      @input=${(e: Event) =>
        actions.change(card.key, {
          title: (e.target as HTMLInputElement).value,
        })}
    />
  </div>`;
}

function cardTemplate(
  card: Card,
  sections: string[],
  actions: CardActions,
): TemplateResult {
  const status = cardStatus(card);
  const outcome = cardOutcome(card);
  const hasPaper = !!card.item.paper;
  const insertable = canInsert(card);
  // A link that is not a paper id gets a title field: typed, it can be filed.
  const linkCard = !!card.item.otherLink && card.phase !== 'inserted';
  const showControls =
    (hasPaper && card.item.status === 'ready' && card.phase !== 'inserted') ||
    linkCard;
  const title =
    card.item.paper?.title ?? card.item.existingTitle ?? card.item.input;
  return html`<article
    class="card tone-${status.tone}"
    data-key=${card.key}
    data-status=${card.phase === 'preview' ? card.item.status : card.phase}
    aria-label=${title}
  >
    <div class="card-head">
      <span class="chip chip-${status.tone}">${status.label}</span>
      <span class="card-id"
        >${card.item.id ? `arXiv:${card.item.id}` : card.item.input}</span
      >
    </div>
    ${
      hasPaper
        ? paperBody(card, actions)
        : card.item.existingTitle
          ? html`<h3 class="title">${card.item.existingTitle}</h3>
              ${
                card.item.existingAuthors
                  ? html`<div class="authors">
                      ${card.item.existingAuthors}
                    </div>`
                  : nothing
              }`
          : nothing
    }
    ${linkCard ? titleField(card, actions) : nothing}
    ${
      showControls
        ? html`<div class="field">
              <label class="label" for="gist-${card.key}">Gist</label>
              <input
                id="gist-${card.key}"
                class="gist"
                type="text"
                maxlength=${GIST_MAX}
                placeholder="Your one-line gist (optional)"
                .value=${card.gist}
                ?disabled=${!insertable}
                @input=${(e: Event) =>
                  actions.change(card.key, {
                    gist: (e.target as HTMLInputElement).value,
                  })}
                @keydown=${(e: KeyboardEvent) => gistKeys(e, card, actions)}
                aria-describedby="gist-count-${card.key}"
              />
              <span
                id="gist-count-${card.key}"
                class="gist-count ${card.gist.length >= GIST_MAX ? 'full' : ''}"
                >${card.gist.length}/${GIST_MAX}${
                  card.gist.length >= GIST_MAX ? ' · the limit' : ''
                }</span
              >
            </div>
            ${picker(card, sections, actions)}
            <div class="card-actions">
              <button
                type="button"
                class="button insert-one"
                ?disabled=${!insertable}
                aria-label="Insert ${title}"
                @click=${() => actions.insert(card.key)}
              >
                ${card.phase === 'failed' ? 'Try again' : 'Insert'}
              </button>
            </div>`
        : nothing
    }
    ${outcome ? html`<p class="outcome" role="status">${outcome}</p>` : nothing}
    ${
      card.item.status === 'duplicate' && card.item.id && actions.reveal
        ? html`<button
            type="button"
            class="link-button reveal-copy"
            @click=${() => actions.reveal!(card.item.id!)}
          >
            ${
              card.item.existingSections?.length
                ? 'Show the first copy in the document'
                : 'Show it in the document'
            }
          </button>`
        : nothing
    }
  </article>`;
}

/** Every card of the haul, in the order the server listed them. */
export function cardsTemplate(
  state: HaulState,
  actions: CardActions,
): TemplateResult {
  return html`${state.cards.map(card =>
    cardTemplate(card, state.sections, actions),
  )}`;
}

/** The button that inserts every ready card: "Insert", or "Insert all 3" when several are ready. */
export function insertAllTemplate(
  state: HaulState,
  insertAll: () => void,
): TemplateResult {
  const ready = state.cards.filter(canInsert).length;
  return html`<button
    type="button"
    class="button primary insert-all"
    ?disabled=${ready === 0 || state.busy !== ''}
    @click=${insertAll}
  >
    ${ready > 1 ? `Insert all ${ready}` : 'Insert'}
  </button>`;
}

/** "Fetching 12 papers…" / "Inserting 20 of 100…", or '' when idle. */
export function progressText(state: HaulState): string {
  if (state.busy === 'previewing') {
    return state.total
      ? `Fetching ${state.total} ${state.total === 1 ? 'paper' : 'papers'} from arXiv…`
      : 'Looking for arXiv ids…';
  }
  if (state.busy === 'inserting') {
    return `Inserting ${state.done} of ${state.total}…`;
  }
  return '';
}

/** Moves focus to the gist field after `from`, or to `fallback` after the last one. */
export function focusNextGist(
  root: ParentNode,
  from: HTMLInputElement,
  fallback?: HTMLElement | null,
): void {
  const gists = [...root.querySelectorAll<HTMLInputElement>('input.gist')];
  const next = gists.slice(gists.indexOf(from) + 1).find(g => !g.disabled);
  (next ?? fallback)?.focus();
}

/** A short summary after an insert: "Inserted 3 papers; 1 already in the doc; 1 failed." */
export function haulSummary(state: HaulState): string {
  const inserted = state.cards.filter(
    c => c.phase === 'inserted' && c.result?.status === 'inserted',
  ).length;
  const duplicates = state.cards.filter(
    c => c.phase === 'inserted' && c.result?.status === 'duplicate',
  ).length;
  const failed = state.cards.filter(c => c.phase === 'failed').length;
  if (!inserted && !duplicates && !failed) return '';
  const parts = [`Inserted ${inserted} ${inserted === 1 ? 'paper' : 'papers'}`];
  if (duplicates) parts.push(`${duplicates} already in the doc`);
  if (failed) parts.push(`${failed} failed`);
  return `${parts.join('; ')}.`;
}
