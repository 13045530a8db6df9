// The Insert papers dialog: paste, preview every paper as a card, choose sections and gists, insert.
import {html, nothing, render} from 'lit-html';
import type {TemplateResult} from 'lit-html';
import {Haul, canInsert, shouldFetch, unsavedGists} from '../lib/haul';
import type {HaulState} from '../lib/haul';
import {
  GIST_KEYS_HINT,
  cardsTemplate,
  focusNextGist,
  haulSummary,
  insertAllTemplate,
  progressText,
} from '../lib/cards';
import {closeHost, server} from '../lib/google';
import {UndoBar, reopenCards} from '../lib/undo-bar';
import {EXAMPLE_PASTE, SAMPLE_HAUL} from '../lib/sample-haul';
import {FILTER_MIN_CARDS, filterCards, statusCounts} from '../lib/card-filter';
import {ARXIV_THANKS} from '../lib/format';
import {DraftSaver, draftOf, restoreQuestion} from '../lib/haul-draft';
import type {HaulDraft} from '../../server/main';

const app = document.getElementById('app')!;
let pasteBox: HTMLTextAreaElement | null = null;
let focusFirstGistAfterPreview = false;
/** True while the dialog asks whether to close and lose unsaved gists. */
let askingToClose = false;
/** The status label the cards are filtered by; '' shows all. */
let statusFilter = '';

function setFilter(label: string): void {
  statusFilter = label;
  draw(haul.current);
}

/** The filter row of a long haul: All and one toggle per status, with counts. */
function filterTemplate(state: HaulState): TemplateResult | typeof nothing {
  if (state.cards.length < FILTER_MIN_CARDS || state.busy === 'previewing') {
    return nothing;
  }
  const counts = statusCounts(state.cards);
  // One status for every card leaves nothing to filter.
  if (counts.length < 2) return nothing;
  const active = counts.some(c => c.label === statusFilter) ? statusFilter : '';
  const button = (label: string, text: string) =>
    html`<button
      type="button"
      class="filter ${active === label ? 'active' : ''}"
      aria-pressed=${active === label ? 'true' : 'false'}
      @click=${() => setFilter(label)}
    >
      ${text}
    </button>`;
  return html`<div class="filters" role="group" aria-label="Show cards">
    ${button('', `All ${state.cards.length}`)}
    ${counts.map(c => button(c.label, `${c.label} ${c.count}`))}
  </div>`;
}

/** An unsent haul from an earlier opening, offered back until the user restores, discards or starts another. */
let draftOffer: HaulDraft | null = null;
/** "Draft saved" once the server has the latest draft, "Saving draft…" before. */
let draftNote = '';
const drafts = new DraftSaver(server, status => {
  draftNote =
    status === 'saved' ? 'Draft saved' : status ? 'Saving draft…' : '';
  app.dataset.draft = status;
  draw(haul.current);
});
// Nothing is saved until the earlier draft, if any, was offered: an empty box must not overwrite it.
drafts.enabled = false;

function saveDraft(): void {
  drafts.schedule(draftOf(haul.current, pasteBox?.value ?? ''));
}

/** The user chose: the offer goes, and from now on this haul is the draft. */
function settleDraft(): void {
  draftOffer = null;
  drafts.enabled = true;
}

function restoreDraft(): void {
  const draft = draftOffer;
  settleDraft();
  if (!draft || !pasteBox) return;
  pasteBox.value = draft.text;
  focusFirstGistAfterPreview = true;
  void haul.restore(draft);
}

function discardDraft(): void {
  settleDraft();
  drafts.discard().then(
    () => (app.dataset.draft = 'discarded'),
    () => undefined,
  );
  draw(haul.current);
  pasteBox?.focus();
}

function draftOfferTemplate(): TemplateResult | typeof nothing {
  if (!draftOffer) return nothing;
  return html`<div class="draft-offer" role="status">
    <span>${restoreQuestion(draftOffer)}</span>
    <button type="button" class="button restore-draft" @click=${restoreDraft}>
      Restore
    </button>
    <button type="button" class="button discard-draft" @click=${discardDraft}>
      Discard
    </button>
  </div>`;
}

const undoBar = new UndoBar(
  server,
  () => draw(haul.current),
  removed => reopenCards(haul, removed),
);
const haul = new Haul(server, state => {
  undoBar.observe(state);
  draw(state);
  saveDraft();
  if (focusFirstGistAfterPreview && !state.busy) {
    focusFirstGistAfterPreview = false;
    const first = app.querySelector<HTMLInputElement>('input.gist');
    if (first) first.focus();
    else insertAllButton()?.focus();
  }
});

server.call('getSettings').then(
  settings => {
    haul.inboxName = settings.inboxName;
    haul.maxAuthors = settings.entryFormat.maxAuthors;
    draw(haul.current);
  },
  // Without settings the default Inbox name still files papers; the haul's own calls report any real problem.
  () => undefined,
);

server.call('getHaulDraft').then(
  draft => {
    app.dataset.draftChecked = 'true';
    // A paste already begun in this opening wins over an old draft.
    if (draft && !pasteBox?.value.trim() && !haul.current.cards.length) {
      draftOffer = draft;
      draw(haul.current);
    } else {
      settleDraft();
      saveDraft();
    }
  },
  () => {
    app.dataset.draftChecked = 'true';
    settleDraft();
  },
);
// The host's own close cannot be intercepted: send what is queued as the page goes.
window.addEventListener('pagehide', () => drafts.flush());

function insertAllButton(): HTMLButtonElement | null {
  return app.querySelector<HTMLButtonElement>('.insert-all');
}

/** Fills the paste box with the sample haul and fetches it, for a first try without papers at hand. */
function trySampleHaul(): void {
  if (!pasteBox) return;
  pasteBox.value = SAMPLE_HAUL;
  preview(true);
}

function preview(moveFocus: boolean): void {
  const text = pasteBox?.value ?? '';
  if (!text.trim()) {
    haul.clear();
    return;
  }
  focusFirstGistAfterPreview = moveFocus;
  // Fetching a new paste starts another haul: it becomes the draft.
  if (draftOffer) settleDraft();
  void haul.preview(text);
}

/** Ctrl/Cmd+Enter: fetch what is new in the paste box, else insert every ready card. */
function primaryAction(): void {
  const state = haul.current;
  if (state.busy) return;
  if (shouldFetch(state, pasteBox?.value ?? '')) preview(true);
  else void haul.insert();
}

/** Esc or Close: closes at once, or first asks when gists typed here are not in the document yet. */
function requestClose(): void {
  if (!unsavedGists(haul.current)) {
    closeHost();
    return;
  }
  askingToClose = true;
  draw(haul.current);
  app.querySelector<HTMLButtonElement>('.keep-editing')?.focus();
}

function keepEditing(): void {
  askingToClose = false;
  draw(haul.current);
  app.querySelector<HTMLInputElement>('input.gist')?.focus();
}

document.addEventListener('keydown', e => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    primaryAction();
  } else if (e.key === 'Escape' && !e.defaultPrevented) {
    e.preventDefault();
    // Esc on the question means "no, keep editing", as in any dialog.
    if (askingToClose) keepEditing();
    else requestClose();
  }
});

/** Close anyway: the user chose to lose the gists, so the draft goes too. */
function closeAndForget(): void {
  drafts.discard().then(closeHost, closeHost);
}

function closeQuestion(): TemplateResult {
  const count = unsavedGists(haul.current);
  return html`<div
    class="confirm-close"
    role="alertdialog"
    aria-labelledby="confirm-close-text"
  >
    <span id="confirm-close-text"
      >${count === 1 ? '1 gist is' : `${count} gists are`} not in the document
      yet. Close and lose ${count === 1 ? 'it' : 'them'}?</span
    >
    <button type="button" class="button keep-editing" @click=${keepEditing}>
      Keep editing
    </button>
    <button
      type="button"
      class="button danger close-anyway"
      @click=${closeAndForget}
    >
      Close anyway
    </button>
  </div>`;
}

function draw(state: HaulState): void {
  const ready = state.cards.filter(canInsert).length;
  const progress = progressText(state);
  const summary = haulSummary(state);
  const fraction = state.total ? state.done / state.total : 0;
  render(
    html`<section class="paste ${state.cards.length ? 'has-cards' : ''}">
        <label class="label" for="paste"
          >Paste links, arXiv ids, BibTeX or any text that mentions
          papers</label
        >
        <textarea
          id="paste"
          spellcheck="false"
          placeholder=${EXAMPLE_PASTE}
          @paste=${() => setTimeout(() => preview(false))}
          @input=${saveDraft}
        ></textarea>
        <div class="paste-row">
          <span class="hint"
            >Ctrl+Enter (⌘+Enter) fetches, then inserts. ${GIST_KEYS_HINT} Esc
            closes.</span
          >
          ${
            state.cards.length
              ? nothing
              : html`<button
                  type="button"
                  class="button sample-haul"
                  ?disabled=${state.busy !== ''}
                  @click=${trySampleHaul}
                >
                  Try a sample haul
                </button>`
          }
          <button
            type="button"
            class="button fetch"
            ?disabled=${state.busy !== ''}
            @click=${() => preview(true)}
          >
            Fetch papers
          </button>
        </div>
      </section>
      ${
        state.busy
          ? html`<div
              class="progress ${
                state.busy === 'previewing' ? 'indeterminate' : ''
              }"
              role="progressbar"
              aria-label=${progress}
            >
              <div style="width: ${Math.round(fraction * 100)}%"></div>
            </div>`
          : nothing
      }
      <div class="messages">
        ${draftOfferTemplate()}
        ${
          state.message
            ? html`<div class="error" role="alert">${state.message}</div>`
            : nothing
        }
      </div>
      ${filterTemplate(state)}
      <section class="cards" aria-label="Papers">
        ${cardsTemplate(
          {...state, cards: filterCards(state.cards, statusFilter)},
          {
            inboxName: haul.inboxName,
            compact: false,
            maxAuthors: haul.maxAuthors,
            change: (key, patch) => haul.update(key, patch),
            insert: key => void haul.insert([key]),
            nextGist: from => focusNextGist(app, from, insertAllButton()),
            reveal: id =>
              void server.call('revealEntry', id).catch(() => undefined),
          },
        )}
      </section>
      ${askingToClose ? closeQuestion() : nothing}
      <footer class="footer">
        <span class="status" role="status" aria-live="polite"
          >${
            progress ||
            summary ||
            (state.cards.length
              ? `${state.cards.length} ${state.cards.length === 1 ? 'item' : 'items'}, ${ready} ready to insert`
              : '')
          }</span
        >
        ${undoBar.template()}
        ${draftNote && !state.busy ? html`<span class="draft-note">${draftNote}</span>` : nothing}
        <button type="button" class="button close" @click=${requestClose}>
          Close
        </button>
        ${insertAllTemplate(state, () => void haul.insert())}
      </footer>
      <p class="ack">${ARXIV_THANKS}</p>`,
    app,
  );
}

draw(haul.current);
pasteBox = app.querySelector<HTMLTextAreaElement>('#paste');
pasteBox?.focus();
