// The sidebar's Organize tab: preview the plan by title, apply exactly it on Apply, undo the last reorganize, and the daily schedule.
import {html, nothing} from 'lit-html';
import type {TemplateResult} from 'lit-html';
import type {
  ReorganizeReport,
  ScheduleState,
  UndoReorganizeState,
} from '../../server/main';
import {server} from '../lib/google';
import {describeError} from '../lib/server';
import {
  browserTimeZone,
  dateTime,
  hourLabel,
  scheduleTimeLabel,
  timeZoneLabel,
} from '../lib/format';
import {
  afterReorganize,
  applyOptions,
  canApply,
  initialOrganize,
  organizeLines,
  type OrganizeState,
} from '../lib/organize';

let organize: OrganizeState = initialOrganize();
let redraw: () => void = () => undefined;
/** The reorganize Undo would put back (menu, sidebar or the daily run), or null. */
let undoable: UndoReorganizeState | null = null;
let undoMessage = '';
let undoing = false;

function loadUndo(): void {
  server.call('getReorganizeUndo').then(
    state => {
      undoable = state;
      redraw();
    },
    () => undefined,
  );
}

/** Undo last reorganize: the server checks the document is as the reorganize left it, or says why not. */
function undoReorganize(): void {
  undoing = true;
  undoMessage = '';
  redraw();
  server.call('undoLastReorganize').then(
    result => {
      undoing = false;
      undoMessage = result.message;
      if (result.undone) {
        undoable = null;
        organize.report = undefined;
      }
      redraw();
    },
    error => {
      undoing = false;
      undoMessage = describeError(error);
      redraw();
    },
  );
}

function undoTemplate(): TemplateResult {
  return html`${
    undoable
      ? html`<div class="row">
            <button
              type="button"
              class="button undo-reorganize"
              ?disabled=${undoing || organize.running !== ''}
              @click=${undoReorganize}
            >
              ${undoing ? 'Undoing…' : 'Undo last reorganize'}
            </button>
          </div>
          <p class="notice">
            Puts back the
            ${undoable.moves === 1 ? 'move' : `${undoable.moves} moves`} of
            ${dateTime(undoable.at)}${
              undoable.merged.length
                ? ` and splits ${undoable.merged.join(', ')} again`
                : ''
            }.
          </p>`
      : nothing
  }
  ${undoMessage ? html`<p class="notice undo-result" role="status">${undoMessage}</p>` : nothing}`;
}

/** Connects the tab to the page's redraw and loads the schedule. */
export function startOrganize(draw: () => void): void {
  redraw = draw;
  loadUndo();
  server.call('getSchedule').then(
    s => {
      organize.schedule = s;
      redraw();
    },
    error => {
      organize.scheduleMessage = describeError(error);
      redraw();
    },
  );
}

function saveSchedule(patch: Partial<ScheduleState>): void {
  const current = organize.schedule ?? {enabled: false, hour: 6};
  const next = {...current, ...patch};
  organize.scheduleMessage = 'Saving…';
  redraw();
  // The hours listed are the reader's own: the trigger runs in their time zone.
  const timeZone = browserTimeZone();
  const request = timeZone
    ? {enabled: next.enabled, hour: next.hour, timeZone}
    : {enabled: next.enabled, hour: next.hour};
  server.call('setSchedule', request).then(
    s => {
      organize.schedule = s;
      organize.scheduleMessage = s.enabled
        ? `Reorganizes every day ${scheduleTimeLabel(s.hour, s.timeZone)}.`
        : 'Schedule is off.';
      redraw();
    },
    error => {
      organize.scheduleMessage = describeError(error);
      redraw();
    },
  );
}

/** A preview, or the apply of the preview shown (its token: exactly that plan or, when the doc changed, its new plan). */
function runReorganize(apply: boolean): void {
  const shown = organize.report;
  const options =
    apply && shown ? applyOptions(shown) : {dryRun: true as const};
  organize.running = apply ? 'apply' : 'preview';
  organize.error = '';
  redraw();
  server.call('reorganize', options).then(
    report => {
      organize = afterReorganize(organize, report);
      if (!report.dryRun) {
        undoMessage = '';
        loadUndo();
      }
      redraw();
    },
    error => {
      organize.error = describeError(error);
      organize.running = '';
      redraw();
    },
  );
}

function reportTemplate(report: ReorganizeReport): TemplateResult {
  return html`<ul class="report">
    ${organizeLines(report).map(line => html`<li>${line}</li>`)}
  </ul>`;
}

/** A daily run the safety valve held: why, and a fresh preview of the plan with its Apply. */
function heldTemplate(
  report: ReorganizeReport,
): TemplateResult | typeof nothing {
  if (!report.held) return nothing;
  return html`<p class="notice held-run" role="status">${report.message}</p>
    <div class="row">
      <button
        type="button"
        class="button primary review-held"
        ?disabled=${organize.running !== ''}
        @click=${() => runReorganize(false)}
      >
        Review the plan
      </button>
    </div>`;
}

/** The zone the hour picker's hours are in: the saved one, the reader's for a schedule not saved yet, none for an old one. */
function hourZone(schedule: ScheduleState): string | undefined {
  if (schedule.timeZone) return schedule.timeZone;
  return schedule.enabled ? undefined : browserTimeZone();
}

/** "Time of day, your time (Europe/Paris)": the zone the listed hours are in, plainly. */
function hourPickerLabel(zone: string | undefined): string {
  if (!zone) return "Time of day, in the add-on's time zone";
  if (zone === browserTimeZone()) return `Time of day, your time (${zone})`;
  return `Time of day, ${timeZoneLabel(zone)}`;
}

function scheduleTemplate(schedule: ScheduleState): TemplateResult {
  return html`<label class="check">
      <input
        type="checkbox"
        id="schedule-enabled"
        .checked=${schedule.enabled}
        @change=${(e: Event) =>
          saveSchedule({enabled: (e.target as HTMLInputElement).checked})}
      />
      Reorganize every day
    </label>
    <label class="label" for="schedule-hour"
      >${hourPickerLabel(hourZone(schedule))}</label
    >
    <select
      id="schedule-hour"
      @change=${(e: Event) =>
        saveSchedule({hour: Number((e.target as HTMLSelectElement).value)})}
    >
      ${Array.from(
        {length: 24},
        (_, h) =>
          html`<option .value=${String(h)} ?selected=${h === schedule.hour}>
            ${hourLabel(h)}
          </option>`,
      )}
    </select>
    <p class="notice schedule-status" role="status">
      ${
        organize.scheduleMessage ||
        (schedule.enabled
          ? `Reorganizes every day ${scheduleTimeLabel(schedule.hour, schedule.timeZone)}.`
          : '')
      }
    </p>
    <h3 class="subtitle">Last run</h3>
    ${
      schedule.lastRun
        ? html`<p class="notice last-run">
              ${dateTime(schedule.lastRun.at, schedule.timeZone)}
            </p>
            ${heldTemplate(schedule.lastRun)}${reportTemplate(schedule.lastRun)}`
        : html`<p class="notice">Not run yet.</p>`
    }`;
}

/** The Organize tab's panel. */
export function organizePanel(): TemplateResult {
  const {schedule, report} = organize;
  return html`<h2 class="panel-title">Reorganize now</h2>
    <p class="notice">
      Sorts entries inside each section, merges repeated headings, files
      confident Inbox entries and lists duplicates. Nothing is deleted.
    </p>
    <div class="row">
      <button
        type="button"
        class="button preview-reorganize"
        ?disabled=${organize.running !== ''}
        @click=${() => runReorganize(false)}
      >
        ${organize.running === 'preview' ? 'Checking…' : 'Preview changes'}
      </button>
      ${
        canApply(report)
          ? html`<button
              type="button"
              class="button primary apply-reorganize"
              ?disabled=${organize.running !== ''}
              @click=${() => runReorganize(true)}
            >
              ${organize.running === 'apply' ? 'Reorganizing…' : 'Apply'}
            </button>`
          : nothing
      }
    </div>
    ${
      organize.error
        ? html`<div class="error" role="alert">${organize.error}</div>`
        : nothing
    }
    ${report ? reportTemplate(report) : nothing} ${undoTemplate()}
    <h2 class="panel-title">Schedule</h2>
    ${
      schedule
        ? scheduleTemplate(schedule)
        : html`<p class="notice" role="status">
            ${organize.scheduleMessage || 'Loading…'}
          </p>`
    }`;
}
