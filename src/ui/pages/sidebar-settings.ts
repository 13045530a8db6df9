// The sidebar's Settings tab: a form over the Settings object, checked before saving, problems next to their fields.
import {html, nothing} from 'lit-html';
import type {TemplateResult} from 'lit-html';
import type {SectionRule, Settings} from '../../server/main';
import {server} from '../lib/google';
import {loadScholarlyKey, scholarlyKeyTemplate} from '../lib/scholarly-key';
import {describeError} from '../lib/server';
import {
  formMessages,
  messagesFor,
  type SettingsProblem,
} from '../lib/settings-form';

interface SettingsState {
  saved?: Settings;
  draft?: Settings;
  saving: boolean;
  /** Why the settings could not be loaded or saved (not about one field). */
  errors: string[];
  /** What the last check found, each with its field. */
  problems: SettingsProblem[];
  /** Questions to answer before these settings are saved. */
  questions: string[];
  notice: string;
}

const settings: SettingsState = {
  saving: false,
  errors: [],
  problems: [],
  questions: [],
  notice: '',
};
let redraw: () => void = () => undefined;
let onSettings: (s: Settings) => void = () => undefined;
let root: ParentNode = document;

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Connects the tab to the page and loads the settings; `loaded` hears every loaded or saved settings. */
export function startSettings(
  draw: () => void,
  loaded: (s: Settings) => void,
  page: ParentNode = document,
): void {
  redraw = draw;
  onSettings = loaded;
  root = page;
  loadScholarlyKey(() => redraw());
  server.call('getSettings').then(
    s => {
      settings.saved = s;
      settings.draft = clone(s);
      onSettings(s);
      redraw();
    },
    error => {
      settings.errors = [describeError(error)];
      redraw();
    },
  );
}

/** The messages under one control, linked to it for screen readers. */
function fieldErrors(controlId: string): TemplateResult | typeof nothing {
  const messages = messagesFor(settings.problems, controlId);
  if (!messages.length) return nothing;
  return html`<div
    class="field-error"
    id="${controlId}-error"
    data-for=${controlId}
    role="alert"
  >
    ${messages.map(m => html`<div>${m}</div>`)}
  </div>`;
}

/** After a check found problems: the first one (in form order) scrolled into view, its control focused. */
function showFirstProblem(): void {
  const first = root.querySelector<HTMLElement>('.field-error');
  if (!first) return;
  first.scrollIntoView({block: 'center'});
  const control = root.querySelector<HTMLElement>(
    `#${first.getAttribute('data-for') ?? ''}`,
  );
  control?.focus();
}

function setDraft(mutate: (draft: Settings) => void): void {
  if (!settings.draft) return;
  mutate(settings.draft);
  settings.notice = '';
  settings.questions = [];
  redraw();
}

function splitList(text: string): string[] {
  return text
    .split(',')
    .map(s => s.trim())
    .filter(Boolean);
}

/** Save: the server checks first; problems show by their fields, questions ask, else the settings are saved. */
function saveSettings(e: Event): void {
  e.preventDefault();
  const draft = settings.draft;
  if (!draft || settings.saving) return;
  settings.saving = true;
  settings.errors = [];
  settings.questions = [];
  settings.notice = '';
  redraw();
  server.call('checkSettings', draft).then(
    check => {
      settings.problems = check.problems;
      if (check.problems.length) {
        settings.saving = false;
        redraw();
        showFirstProblem();
      } else if (check.questions.length) {
        settings.saving = false;
        settings.questions = check.questions;
        redraw();
        root.querySelector<HTMLElement>('.save-anyway')?.focus();
      } else store(draft);
    },
    error => failed(error),
  );
}

function store(draft: Settings): void {
  settings.saving = true;
  settings.questions = [];
  redraw();
  server.call('saveSettings', draft).then(
    saved => {
      settings.saved = saved;
      settings.draft = clone(saved);
      settings.saving = false;
      settings.problems = [];
      settings.notice = 'Settings saved.';
      onSettings(saved);
      redraw();
    },
    error => failed(error),
  );
}

function failed(error: unknown): void {
  settings.saving = false;
  settings.errors = [describeError(error)];
  redraw();
}

function questionsTemplate(): TemplateResult | typeof nothing {
  if (!settings.questions.length || !settings.draft) return nothing;
  const draft = settings.draft;
  return html`<div
    class="questions"
    role="alertdialog"
    aria-label="Before saving"
  >
    ${settings.questions.map(q => html`<p>${q}</p>`)}
    <div class="row">
      <button
        type="button"
        class="button"
        @click=${() => {
          settings.questions = [];
          redraw();
        }}
      >
        Cancel
      </button>
      <button
        type="button"
        class="button primary save-anyway"
        @click=${() => store(draft)}
      >
        Save anyway
      </button>
    </div>
  </div>`;
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
    ${fieldErrors(`rule-section-${n}`)}
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
    ${fieldErrors(`rule-categories-${n}`)}
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
    ${fieldErrors(`rule-keywords-${n}`)}
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

/** The Settings tab's panel. */
export function settingsPanel(): TemplateResult {
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
      >${fieldErrors(id)}`;
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
      </select>
      ${fieldErrors(id)}`;
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
      ${fieldErrors('inbox-name')}
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
      ${fieldErrors('threshold')}
      <label class="label" for="schedule-max-moves"
        >Daily reorganize: at most this many moves on its own (more wait for you
        in the Organize tab)</label
      >
      <input
        id="schedule-max-moves"
        type="number"
        min="1"
        step="1"
        .value=${String(d.scheduleMaxMoves ?? 50)}
        @change=${(e: Event) =>
          setDraft(() => (d.scheduleMaxMoves = numberFrom(e)))}
      />
      ${fieldErrors('schedule-max-moves')}
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
      ${fieldErrors('max-authors')}
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
        id="add-rule"
        class="button add-rule"
        @click=${() =>
          setDraft(x =>
            x.rules.push({section: '', categories: [], keywords: []}),
          )}
      >
        Add rule
      </button>
      ${fieldErrors('add-rule')}
      ${
        settings.errors.length || formMessages(settings.problems).length
          ? html`<div class="error" role="alert">
              ${[...settings.errors, ...formMessages(settings.problems)].map(
                m => html`<div>${m}</div>`,
              )}
            </div>`
          : nothing
      }
      ${questionsTemplate()}
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
    </form>
    ${scholarlyKeyTemplate(() => redraw())}`;
}
