// The add-on's whole public surface: every export becomes a top-level Apps Script function.
import type {
  InsertRequest,
  InsertResult,
  PreviewResult,
  ReorganizeReport,
  ScheduleState,
  SearchHit,
} from '../core/types';
import type {Settings} from '../core/settings';
import * as settingsStore from '../app/settings-store';
import {DOCUMENT_ID_KEY, services, type Services} from './services';
import * as reorganizer from '../app/reorganize';
import * as reorganizeRun from '../app/reorganize-run';
import * as schedule from '../app/schedule';
import * as find from '../app/find';
import * as preview from '../app/preview';
import * as insert from '../app/insert';
import {annotatePreview} from '../app/annotate-preview';
import {buildOutline} from '../core/outline';

export type {
  InsertRequest,
  InsertResult,
  Paper,
  PreviewItem,
  PreviewResult,
  ReorganizeReport,
  ScheduleState,
  SearchHit,
  Suggestion,
} from '../core/types';
export type {Settings, SectionRule, EntryFormat} from '../core/settings';

const ADDON_TITLE = 'Paper Haul';

/**
 * Builds the Extensions > Paper Haul menu. Runs in AuthMode NONE or LIMITED
 * on every open of the document, so it reads nothing and fetches nothing.
 * Six calls in all (getUi, createAddonMenu, three items, addToUi): no
 * separator, as each builder call counts.
 */
export function onOpen(e?: GoogleAppsScript.Events.DocsOnOpen): void {
  void e;
  DocumentApp.getUi()
    .createAddonMenu()
    .addItem('Open sidebar', 'showSidebar')
    .addItem('Insert papers...', 'showInsertDialog')
    .addItem('Reorganize now', 'reorganizeNow')
    .addToUi();
}

/** Install-time trigger: the documented pattern is to build the menu at once. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.DocsOnOpen | undefined);
}

/** Menu item: opens the sidebar (quick add, find, settings, schedule). */
export function showSidebar(): void {
  const html =
    HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(ADDON_TITLE);
  DocumentApp.getUi().showSidebar(html);
}

/** Menu item: opens the Insert papers dialog. */
export function showInsertDialog(): void {
  const html = HtmlService.createHtmlOutputFromFile('Dialog')
    .setWidth(760)
    .setHeight(620);
  DocumentApp.getUi().showModalDialog(html, 'Insert papers');
}

/** The document's settings for the sidebar. */
export function getSettings(): Settings {
  return services().settings;
}

/**
 * Validates and saves the sidebar's settings.
 * @throws Error listing every problem in words the user can act on
 */
export function saveSettings(s: Settings): Settings {
  try {
    return settingsStore.saveSettings(services().documentProperties, s);
  } catch (err) {
    throw new Error(err instanceof Error ? err.message : String(err));
  }
}

/**
 * Dialog and sidebar: every arXiv id in the pasted text with its paper or
 * why there is none (ready, not_found, invalid, error). Problems come back as
 * messages in the result, never as a thrown error.
 */
export function previewPapers(input: string): PreviewResult {
  const s = services();
  return preview.previewPapers(input, {
    arxiv: s.arxiv,
    annotate: result =>
      annotatePreview(
        result,
        buildOutline(s.document.read(), s.settings),
        s.settings,
      ),
  });
}

/**
 * Dialog and sidebar: writes each paper as an entry at its sorted place in
 * its section (created when missing), under the document lock. Each result
 * says what happened to its request; one bad request never stops the others.
 */
export function insertPapers(requests: InsertRequest[]): InsertResult[] {
  const s = services();
  return insert.insertPapers(requests, {
    document: s.document,
    lock: s.lock,
    lookup: ids => s.arxiv.lookup(ids),
    settings: s.settings,
    clock: s.clock,
  });
}

/** The reorganize use case's ports. */
function reorganizeDeps(s: Services): reorganizeRun.ReorganizeRunDeps {
  return {
    document: s.document,
    lock: s.lock,
    clock: s.clock,
    settings: s.settings,
    properties: s.documentProperties,
  };
}

/** One reorganize run; real runs are recorded for the sidebar. */
function runReorganize(dryRun: boolean, s: Services): ReorganizeReport {
  return reorganizeRun.runReorganize({dryRun}, reorganizeDeps(s));
}

/**
 * Sorts sections, merges repeated ones and files confident Inbox entries, or
 * with `dryRun` only says what it would do. Stops before Apps Script's time
 * limit (`complete: false`); the next run continues.
 */
export function reorganize(options?: {
  dryRun?: boolean;
  expectPlan?: string;
}): ReorganizeReport {
  const checked = reorganizeRun.parseReorganizeOptions(options);
  return reorganizeRun.runReorganize(checked, reorganizeDeps(services()));
}

/** Menu item: shows what reorganize would change and applies it when the user says yes. */
export function reorganizeNow(): void {
  const s = services();
  const ui = DocumentApp.getUi();
  const preview = runReorganize(true, s);
  const summary = reorganizer.describeReport(preview);
  if (reorganizer.changesNothing(preview)) {
    ui.alert('Reorganize', summary, ui.ButtonSet.OK);
    return;
  }
  const answer = ui.alert(
    'Reorganize',
    `${summary}\n\nApply these changes?`,
    ui.ButtonSet.YES_NO,
  );
  if (answer !== ui.Button.YES) return;
  ui.alert(
    'Reorganize',
    reorganizer.describeReport(runReorganize(false, s)),
    ui.ButtonSet.OK,
  );
}

/**
 * The daily time trigger. The active document may be missing here, so the
 * document comes from its stored id; no Ui exists in a trigger. A failure is
 * recorded for the sidebar and thrown on for the execution log.
 */
export function scheduledReorganize(
  e?: GoogleAppsScript.Events.TimeDriven,
): void {
  void e;
  const s = services();
  try {
    runReorganize(false, s);
  } catch (err) {
    reorganizeRun.recordFailedRun(s.documentProperties, s.clock.now(), err);
    throw err;
  }
}

/**
 * Sidebar: turns the daily reorganize on (one trigger at `hour`) or off, and
 * remembers this document so the trigger finds it without an active one.
 * @throws Error with a readable message for a malformed request
 */
export function setSchedule(request: {
  enabled: boolean;
  hour?: number;
}): ScheduleState {
  const s = services();
  if (request && request.enabled === true) {
    s.documentProperties.set(DOCUMENT_ID_KEY, s.document.id());
  }
  return schedule.setSchedule(request, {
    triggers: s.triggers,
    properties: s.documentProperties,
  });
}

/** Sidebar: the schedule and the last run's report. */
export function getSchedule(): ScheduleState {
  const s = services();
  return schedule.getSchedule({
    triggers: s.triggers,
    properties: s.documentProperties,
  });
}

/** Sidebar Find: the document's entries ranked for the query. */
export function searchEntries(query: string): SearchHit[] {
  const {document, settings} = services();
  return find.searchEntries(query, {document, settings});
}

/**
 * Sidebar Find: selects the entry's head in the document.
 * @throws Error saying the paper is gone when it was moved out or deleted
 */
export function revealEntry(id: string): void {
  const {document, settings} = services();
  find.revealEntry(id, {document, settings});
}
