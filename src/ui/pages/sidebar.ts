// The sidebar: quick add, find, reorganize with its schedule (sidebar-organize.ts) and settings (sidebar-settings.ts), in four tabs sized for 300 px.
import {html, nothing, render} from 'lit-html';
import type {TemplateResult} from 'lit-html';
import type {DocumentStatus, SearchHit} from '../../server/main';
import {Haul, shouldFetch} from '../lib/haul';
import {
  cardsTemplate,
  focusNextGist,
  haulSummary,
  insertAllTemplate,
  progressText,
} from '../lib/cards';
import {server} from '../lib/google';
import {describeError} from '../lib/server';
import {documentStatusLine} from '../lib/document-status';
import {ARXIV_THANKS, hitSnippet} from '../lib/format';
import {EXAMPLE_PASTE} from '../lib/sample-haul';
import {UndoBar, reopenCards} from '../lib/undo-bar';
import {findNote, gatherNow, hitDetails} from './sidebar-find';
import {loadFindIndex, searchIndex} from '../lib/find-index';
import {createLibrary} from './sidebar-library';
import {organizePanel, startOrganize} from './sidebar-organize';
import {settingsPanel, startSettings} from './sidebar-settings';

type Tab = 'add' | 'find' | 'organize' | 'settings' | 'library';
const TABS: {id: Tab; label: string}[] = [
  {id: 'add', label: 'Add'},
  {id: 'find', label: 'Find'},
  {id: 'organize', label: 'Organize'},
  {id: 'settings', label: 'Settings'},
  {id: 'library', label: 'Library'},
];

interface FindState {
  query: string;
  hits: SearchHit[];
  searching: boolean;
  searched: string;
  revealed: string;
  error: string;
  /** The last answer's papers, pending abstracts and date (see findNote). */
  status: {papers: number; pendingAbstracts: number; dateFilter?: string};
}

const app = document.getElementById('app')!;
let tab: Tab = 'add';
const find: FindState = {
  query: '',
  hits: [],
  searching: false,
  searched: '',
  revealed: '',
  error: '',
  status: {papers: 0, pendingAbstracts: 0},
};
// Kept outside the textarea: switching tabs redraws the panel, and a lost paste made Ctrl+Enter clear the cards.
let quickText = '';
let searchTimer: ReturnType<typeof setTimeout> | undefined;
let searchRun = 0;
let documentStatus: DocumentStatus | undefined;
/** The User Timing name of one in-page Find answer, search and redraw. */
const FIND_KEY_MEASURE = 'paper-haul:find-key';

const library = createLibrary(() => draw());
const undoBar = new UndoBar(
  server,
  () => draw(),
  removed => reopenCards(haul, removed),
);
const haul = new Haul(server, state => {
  undoBar.observe(state);
  draw();
  if (focusFirstGistAfterFetch && !state.busy) {
    focusFirstGistAfterFetch = false;
    firstGistOrInsert()?.focus();
  }
});
/** Set by Ctrl+Enter's fetch: once the cards are ready, the keyboard goes on to the first gist. */
let focusFirstGistAfterFetch = false;

function firstGistOrInsert(): HTMLElement | null {
  return (
    app.querySelector<HTMLElement>('input.gist:not([disabled])') ??
    app.querySelector<HTMLElement>('.insert-all:not([disabled])')
  );
}

function draw(): void {
  render(sidebar(), app);
}

function loadDocumentStatus(): void {
  // Only a hint: when it fails, the sidebar simply shows no status line.
  server.call('getDocumentStatus').then(
    s => {
      documentStatus = s;
      draw();
    },
    () => undefined,
  );
}

function selectTab(next: Tab, focus = false): void {
  tab = next;
  if (next === 'library') library.load();
  // Find answers keystrokes from an index in the page: it loads once here.
  if (next === 'find') void loadFindIndex().then(searchAgain);
  draw();
  if (focus) app.querySelector<HTMLElement>(`#tab-${next}`)?.focus();
}

/** Arrow keys move between tabs, as in any ARIA tab list. */
function tabKeys(e: KeyboardEvent): void {
  const index = TABS.findIndex(t => t.id === tab);
  const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
  if (!step) return;
  e.preventDefault();
  selectTab(TABS[(index + step + TABS.length) % TABS.length].id, true);
}

function sidebar(): TemplateResult {
  const panels: Record<Tab, () => TemplateResult> = {
    add: addPanel,
    find: findPanel,
    organize: organizePanel,
    settings: settingsPanel,
    library: library.panel,
  };
  return html`${documentStatusLine(documentStatus)}
    <nav class="tabs" role="tablist" aria-label="Paper Haul">
      ${TABS.map(
        t =>
          html`<button
            type="button"
            role="tab"
            id="tab-${t.id}"
            class="tab"
            aria-selected=${t.id === tab ? 'true' : 'false'}
            aria-controls="panel-${t.id}"
            tabindex=${t.id === tab ? '0' : '-1'}
            @click=${() => selectTab(t.id)}
            @keydown=${tabKeys}
          >
            ${t.label}
          </button>`,
      )}
    </nav>
    <section
      class="panel"
      role="tabpanel"
      id="panel-${tab}"
      aria-labelledby="tab-${tab}"
    >
      ${panels[tab]()}
    </section>
    <footer class="sidebar-footer">
      <button type="button" class="link-button help-link" @click=${openHelp}>
        Help
      </button>
      <p class="ack">${ARXIV_THANKS}</p>
    </footer>`;
}

/** The Help link: the server opens the user guide as a dialog over the document. */
function openHelp(): void {
  void server.call('showHelp').catch(() => undefined);
}

// Quick add: the dialog's haul, compact.

function quickPreview(): void {
  if (quickText.trim()) void haul.preview(quickText);
  else haul.clear();
}

/** Ctrl/Cmd+Enter anywhere in the Add tab: fetch what is new (then focus the first gist), else insert the ready cards. */
function quickKeys(e: KeyboardEvent): void {
  if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey)) return;
  e.preventDefault();
  if (haul.current.busy) return;
  if (shouldFetch(haul.current, quickText)) {
    focusFirstGistAfterFetch = true;
    quickPreview();
  } else void haul.insert();
}

function addPanel(): TemplateResult {
  const state = haul.current;
  return html`<div class="add-panel" @keydown=${quickKeys}>
    <label class="label" for="quick-paste">Paste arXiv links or ids</label>
    <textarea
      id="quick-paste"
      rows="3"
      spellcheck="false"
      placeholder=${EXAMPLE_PASTE.split('\n')[0]}
      .value=${quickText}
      @input=${(e: Event) =>
        (quickText = (e.target as HTMLTextAreaElement).value)}
      @paste=${() => setTimeout(quickPreview)}
    ></textarea>
    <div class="row">
      <button
        type="button"
        class="button"
        ?disabled=${state.busy !== ''}
        @click=${quickPreview}
      >
        Fetch
      </button>
      ${insertAllTemplate(state, () => void haul.insert())}
    </div>
    ${undoBar.template()}
    <p class="notice" role="status" aria-live="polite">
      ${progressText(state) || haulSummary(state)}
    </p>
    ${
      state.message
        ? html`<div class="error" role="alert">${state.message}</div>`
        : nothing
    }
    <div class="cards">
      ${cardsTemplate(state, {
        inboxName: haul.inboxName,
        compact: true,
        maxAuthors: haul.maxAuthors,
        change: (key, patch) => haul.update(key, patch),
        insert: key => void haul.insert([key]),
        nextGist: from =>
          focusNextGist(
            app,
            from,
            app.querySelector<HTMLElement>('.insert-all'),
          ),
      })}
    </div>
  </div>`;
}

// Find: search as you type, reveal a hit in the document.

function onQuery(e: Event): void {
  find.query = (e.target as HTMLInputElement).value;
  clearTimeout(searchTimer);
  searchTimer = setTimeout(search, 200);
}

function search(): void {
  const query = find.query.trim();
  const run = ++searchRun;
  if (!query) {
    Object.assign(find, {hits: [], searched: '', searching: false, error: ''});
    draw();
    return;
  }
  const started = performance.now();
  const local = searchIndex(query);
  if (local) {
    const {hits, ...status} = local;
    Object.assign(find, {hits, status, searched: query, searching: false});
    find.error = '';
    draw();
    markFindKey(started);
    return;
  }
  find.searching = true;
  draw();
  server.call('findPapers', query).then(
    ({hits, ...status}) => {
      if (run !== searchRun) return;
      Object.assign(find, {
        hits,
        status,
        searched: query,
        searching: false,
        error: '',
      });
      draw();
    },
    error => {
      if (run !== searchRun) return;
      Object.assign(find, {searching: false, error: describeError(error)});
      draw();
    },
  );
}

/**
 * Records an in-page answer's time (search and redraw) as a User Timing
 * measure, FIND_KEY_MEASURE: the browser test and DevTools read it.
 */
function markFindKey(started: number): void {
  try {
    performance.measure(FIND_KEY_MEASURE, {start: started});
  } catch {
    // Only a figure: a browser without measure options still finds.
  }
}

/** Searches again after the index changed (loaded, refreshed, abstracts fetched). */
function searchAgain(): void {
  if (find.query.trim()) search();
}

// The doc may have changed while the user was in it: the index is read again when the sidebar regains focus.
window.addEventListener('focus', () => {
  if (tab === 'find') void loadFindIndex().then(searchAgain);
});

function reveal(hit: SearchHit): void {
  find.error = '';
  server.call('revealEntry', hit.id, hit.tabId).then(
    () => {
      find.revealed = hit.id;
      draw();
    },
    error => {
      find.error = describeError(error);
      draw();
    },
  );
}

function findPanel(): TemplateResult {
  const empty =
    find.searched && !find.searching && !find.hits.length && !find.error;
  return html`<label class="label" for="find">Find a paper in this doc</label>
    <input
      id="find"
      type="search"
      placeholder="Title, author, gist or note"
      autocomplete="off"
      .value=${find.query}
      @input=${onQuery}
    />
    <p class="notice" role="status" aria-live="polite">
      ${
        find.searching
          ? 'Searching…'
          : find.searched
            ? `${find.hits.length} ${find.hits.length === 1 ? 'match' : 'matches'}`
            : ''
      }
    </p>
    ${
      find.error
        ? html`<div class="error" role="alert">${find.error}</div>`
        : nothing
    }
    ${
      empty
        ? html`<p class="notice">No entry matches “${find.searched}”.</p>`
        : nothing
    }
    ${
      find.searched && !find.searching
        ? findNote(find.status, () =>
            gatherNow(draw, () => loadFindIndex().then(searchAgain)),
          )
        : nothing
    }
    <ul class="hits">
      ${find.hits.map(
        hit =>
          html`<li class="hit ${hit.id === find.revealed ? 'revealed' : ''}">
            <button
              type="button"
              class="hit-button"
              data-id=${hit.id}
              @click=${() => reveal(hit)}
            >
              <span class="hit-title">${hit.title}</span>
              <span class="hit-meta"
                >${hit.tab ? `${hit.tab} · ` : ''}${hit.section} ·
                ${hit.authors}</span
              >
              ${hitDetails(hit)}
              ${
                hitSnippet(hit)
                  ? html`<span class="hit-snippet">${hitSnippet(hit)}</span>`
                  : nothing
              }
            </button>
            ${
              hit.id === find.revealed
                ? html`<div class="revealed-note" role="status">
                    Selected in the document.
                    <a href=${hit.url} target="_blank" rel="noopener noreferrer"
                      >Open arXiv:${hit.id}</a
                    >
                  </div>`
                : nothing
            }
            ${library.hitActions(hit.id)}
          </li>`,
      )}
    </ul>`;
}

draw();
startOrganize(draw);
startSettings(draw, s => {
  haul.inboxName = s.inboxName;
  haul.maxAuthors = s.entryFormat.maxAuthors;
});
loadDocumentStatus();
