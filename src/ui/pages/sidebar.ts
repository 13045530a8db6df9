// The sidebar: quick add, find, reorganize with its schedule, and settings, in four tabs sized for 300 px.
import {html, nothing, render} from 'lit-html';
import type {TemplateResult} from 'lit-html';
import type {SearchHit, SectionRule, Settings} from '../../server/main';
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
import {hitSnippet} from '../lib/format';
import {EXAMPLE_PASTE} from '../lib/sample-haul';
import {organizePanel, startOrganize} from './sidebar-organize';

type Tab = 'add' | 'find' | 'organize' | 'settings';
const TABS: {id: Tab; label: string}[] = [
  {id: 'add', label: 'Add'},
  {id: 'find', label: 'Find'},
  {id: 'organize', label: 'Organize'},
  {id: 'settings', label: 'Settings'},
];

interface FindState {
  query: string;
  hits: SearchHit[];
  searching: boolean;
  searched: string;
  revealed: string;
  error: string;
}

interface SettingsState {
  saved?: Settings;
  draft?: Settings;
  saving: boolean;
  errors: string[];
  notice: string;
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
};
const settings: SettingsState = {saving: false, errors: [], notice: ''};
// Kept outside the textarea: switching tabs redraws the panel, and a lost paste made Ctrl+Enter clear the cards.
let quickText = '';
let searchTimer: ReturnType<typeof setTimeout> | undefined;
let searchRun = 0;

const haul = new Haul(server, state => {
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

function loadSettings(): void {
  server.call('getSettings').then(
    s => {
      settings.saved = s;
      settings.draft = clone(s);
      haul.inboxName = s.inboxName;
      haul.maxAuthors = s.entryFormat.maxAuthors;
      draw();
    },
    error => {
      settings.errors = [describeError(error)];
      draw();
    },
  );
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function selectTab(next: Tab, focus = false): void {
  tab = next;
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
  };
  return html`<nav class="tabs" role="tablist" aria-label="Paper Haul">
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
    </section>`;
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
  find.searching = true;
  draw();
  server.call('searchEntries', query).then(
    hits => {
      if (run !== searchRun) return;
      Object.assign(find, {hits, searched: query, searching: false, error: ''});
      draw();
    },
    error => {
      if (run !== searchRun) return;
      Object.assign(find, {searching: false, error: describeError(error)});
      draw();
    },
  );
}

function reveal(hit: SearchHit): void {
  find.error = '';
  server.call('revealEntry', hit.id).then(
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
              <span class="hit-meta">${hit.section} · ${hit.authors}</span>
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
          </li>`,
      )}
    </ul>`;
}

// Organize: sidebar-organize.ts.

// Settings: a form over the Settings object; the server validates and explains.

function setDraft(mutate: (draft: Settings) => void): void {
  if (!settings.draft) return;
  mutate(settings.draft);
  settings.notice = '';
  draw();
}

function splitList(text: string): string[] {
  return text
    .split(',')
    .map(s => s.trim())
    .filter(Boolean);
}

function saveSettings(e: Event): void {
  e.preventDefault();
  if (!settings.draft) return;
  settings.saving = true;
  settings.errors = [];
  settings.notice = '';
  draw();
  server.call('saveSettings', settings.draft).then(
    saved => {
      settings.saved = saved;
      settings.draft = clone(saved);
      settings.saving = false;
      settings.notice = 'Settings saved.';
      haul.inboxName = saved.inboxName;
      draw();
    },
    error => {
      settings.saving = false;
      settings.errors = [describeError(error)];
      draw();
    },
  );
}

function numberFrom(e: Event): number {
  const value = (e.target as HTMLInputElement).value;
  // An empty or garbled field is sent as NaN so the server's message names the field.
  return value.trim() === '' ? NaN : Number(value);
}

function ruleRow(rule: SectionRule, index: number): TemplateResult {
  const n = index + 1;
  return html`<fieldset class="rule">
    <legend>Rule ${n}</legend>
    <label class="label" for="rule-section-${n}">Section</label>
    <input
      id="rule-section-${n}"
      type="text"
      .value=${rule.section}
      @input=${(e: Event) =>
        setDraft(d => {
          d.rules[index].section = (e.target as HTMLInputElement).value;
        })}
    />
    <label class="label" for="rule-categories-${n}"
      >arXiv categories (comma-separated, e.g. cs.CL, math.*)</label
    >
    <input
      id="rule-categories-${n}"
      type="text"
      .value=${rule.categories.join(', ')}
      @change=${(e: Event) =>
        setDraft(d => {
          d.rules[index].categories = splitList(
            (e.target as HTMLInputElement).value,
          );
        })}
    />
    <label class="label" for="rule-keywords-${n}"
      >Keywords (comma-separated)</label
    >
    <input
      id="rule-keywords-${n}"
      type="text"
      .value=${rule.keywords.join(', ')}
      @change=${(e: Event) =>
        setDraft(d => {
          d.rules[index].keywords = splitList(
            (e.target as HTMLInputElement).value,
          );
        })}
    />
    <button
      type="button"
      class="link-button remove-rule"
      aria-label="Remove rule ${n}"
      @click=${() => setDraft(d => d.rules.splice(index, 1))}
    >
      Remove
    </button>
  </fieldset>`;
}

function settingsPanel(): TemplateResult {
  const d = settings.draft;
  if (!d) {
    return settings.errors.length
      ? html`<div class="error" role="alert">${settings.errors[0]}</div>`
      : html`<p class="notice" role="status">Loading settings…</p>`;
  }
  const f = d.entryFormat;
  const check = (
    id: string,
    label: string,
    value: boolean,
    set: (v: boolean) => void,
  ) =>
    html`<label class="check"
      ><input
        type="checkbox"
        id=${id}
        .checked=${value}
        @change=${(e: Event) =>
          setDraft(() => set((e.target as HTMLInputElement).checked))}
      />
      ${label}</label
    >`;
  const choice = (
    id: string,
    label: string,
    value: string,
    options: [string, string][],
    set: (v: string) => void,
  ) =>
    html`<label class="label" for=${id}>${label}</label>
      <select
        id=${id}
        @change=${(e: Event) =>
          setDraft(() => set((e.target as HTMLSelectElement).value))}
      >
        ${options.map(
          ([v, text]) =>
            html`<option .value=${v} ?selected=${v === value}>${text}</option>`,
        )}
      </select>`;
  return html`<form class="settings" @submit=${saveSettings} novalidate>
    <h2 class="panel-title">Document</h2>
    ${choice(
      'section-level',
      'Section headings',
      String(d.sectionLevel),
      [
        ['0', 'Detect from the document'],
        ...[1, 2, 3, 4, 5, 6].map(
          l => [String(l), `Heading ${l}`] as [string, string],
        ),
      ],
      v => (d.sectionLevel = Number(v)),
    )}
    ${choice(
      'sort-order',
      'Order inside a section',
      d.sortOrder,
      [
        ['newest', 'Newest first'],
        ['oldest', 'Oldest first'],
        ['title', 'By title'],
      ],
      v => (d.sortOrder = v as Settings['sortOrder']),
    )}
    <label class="label" for="inbox-name">Inbox section</label>
    <input
      id="inbox-name"
      type="text"
      .value=${d.inboxName}
      @input=${(e: Event) =>
        setDraft(() => (d.inboxName = (e.target as HTMLInputElement).value))}
    />
    <label class="label" for="threshold"
      >Auto-file Inbox entries at confidence (0.5 to 1)</label
    >
    <input
      id="threshold"
      type="number"
      min="0.5"
      max="1"
      step="0.05"
      .value=${String(d.autoFileThreshold)}
      @change=${(e: Event) =>
        setDraft(() => (d.autoFileThreshold = numberFrom(e)))}
    />
    <h2 class="panel-title">New entries</h2>
    ${choice(
      'entry-style',
      'Entry style',
      f.style,
      [
        ['bullet', 'Bulleted list'],
        ['paragraph', 'Paragraphs'],
      ],
      v => (f.style = v as Settings['entryFormat']['style']),
    )}
    <label class="label" for="max-authors">Authors shown (0 for all)</label>
    <input
      id="max-authors"
      type="number"
      min="0"
      max="50"
      step="1"
      .value=${String(f.maxAuthors)}
      @change=${(e: Event) => setDraft(() => (f.maxAuthors = numberFrom(e)))}
    />
    ${choice(
      'abstract',
      'Abstract',
      f.abstract,
      [
        ['none', 'None'],
        ['first-sentence', 'First sentence'],
        ['full', 'Full abstract'],
      ],
      v => (f.abstract = v as Settings['entryFormat']['abstract']),
    )}
    ${check('show-date', 'Show the date', f.showDate, v => (f.showDate = v))}
    ${check(
      'show-categories',
      'Show categories',
      f.showCategories,
      v => (f.showCategories = v),
    )}
    ${check(
      'show-id',
      'Show the arXiv id label',
      f.showIdLabel,
      v => (f.showIdLabel = v),
    )}
    <h2 class="panel-title">Filing rules</h2>
    <p class="notice">
      Papers matching a rule are suggested for its section first.
    </p>
    ${d.rules.map(ruleRow)}
    <button
      type="button"
      class="button add-rule"
      @click=${() =>
        setDraft(x =>
          x.rules.push({section: '', categories: [], keywords: []}),
        )}
    >
      Add rule
    </button>
    ${
      settings.errors.length
        ? html`<div class="error" role="alert">
            ${settings.errors.map(m => html`<div>${m}</div>`)}
          </div>`
        : nothing
    }
    <div class="row sticky">
      <span class="notice" role="status">${settings.notice}</span>
      <button
        type="submit"
        class="button primary save-settings"
        ?disabled=${settings.saving}
      >
        ${settings.saving ? 'Saving…' : 'Save'}
      </button>
    </div>
  </form>`;
}

draw();
loadSettings();
startOrganize(draw);
