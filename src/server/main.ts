// The add-on's whole public surface: every export becomes a top-level Apps Script function.
import type {
  InsertRequest,
  InsertResult,
  PreviewResult,
  ReorganizeReport,
  ScheduleState,
  SearchHit,
  FindResult,
} from '../core/types';
import type {Settings} from '../core/settings';
import * as settingsStore from '../app/settings-store';
import {checkSettings as checkSettingsDraft} from '../app/settings-check';
import type {SettingsCheck} from '../app/settings-check';
import {services, type Services} from './services';
import * as reorganizer from '../app/reorganize';
import * as reorganizeFlow from '../app/reorganize-now';
import * as reorganizeRun from '../app/reorganize-run';
import * as schedule from '../app/schedule';
import * as scheduleTarget from '../app/schedule-target';
import * as find from '../app/find';
import * as preview from '../app/preview';
import {lookupElsewhereToo, titleMatcher} from '../app/lookup-elsewhere';
import * as scholarlyKey from '../app/scholarly-key';
import * as insert from '../app/insert';
import {runSelfTest as runFacts} from '../gas/self-test';
import {describeSelfTest} from '../app/self-test-report';
import {documentStatus} from '../app/document-status';
import type {DocumentStatus} from '../core/doc-size';
import * as undoHaul from '../app/undo-haul';
import * as versionWatch from '../app/version-watch';
import * as versionSchedule from '../app/version-schedule';
import * as bibtex from '../app/bibtex-export';

export type {
  InsertRequest,
  InsertResult,
  Paper,
  PreviewItem,
  PreviewResult,
  ReorganizeReport,
  ScheduleState,
  SearchHit,
  SearchMatch,
  FindResult,
  Suggestion,
} from '../core/types';
export type {Settings, SectionRule, EntryFormat} from '../core/settings';
export type {DocumentStatus} from '../core/doc-size';
export type {UndoResult, UndoState} from '../app/undo-haul';
export type {VersionCheck, VersionUpdate} from '../app/version-watch';
export type {SettingsCheck} from '../app/settings-check';
export type {FindIndex, GatherResult} from '../app/find';

const ADDON_TITLE = 'Paper Haul';

/**
 * Builds the Extensions > Paper Haul menu. Runs in AuthMode NONE or LIMITED
 * on every open of the document, so it reads nothing and fetches nothing.
 * Eight calls in all (getUi, createAddonMenu, five items, addToUi): no
 * separator, as each builder call counts.
 */
export function onOpen(e?: GoogleAppsScript.Events.DocsOnOpen): void {
  void e;
  DocumentApp.getUi()
    .createAddonMenu()
    .addItem('Open sidebar', 'showSidebar')
    .addItem('Insert papers...', 'showInsertDialog')
    .addItem('Reorganize now', 'reorganizeNow')
    .addItem('Run self-test', 'runSelfTest')
    .addItem('Help', 'showHelp')
    .addToUi();
}

/** Menu item and the sidebar's Help link: the short user guide (docs/USER-GUIDE.md, built into Help.html). */
export function showHelp(): void {
  const html = HtmlService.createHtmlOutputFromFile('Help')
    .setWidth(640)
    .setHeight(560);
  DocumentApp.getUi().showModelessDialog(html, 'Paper Haul help');
}

/**
 * Menu item: checks in a new scratch document the Docs behaviours Paper Haul
 * depends on and shows the report to copy into a bug report.
 */
export function runSelfTest(): void {
  const report = runFacts();
  const ui = DocumentApp.getUi();
  ui.alert(
    'Paper Haul self-test',
    describeSelfTest(report, new Date().toISOString()),
    ui.ButtonSet.OK,
  );
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
    const all = services();
    const saved = settingsStore.saveSettings(all.documentProperties, s);
    scheduleTarget.refreshTargetSettings(all, saved);
    return saved;
  } catch (err) {
    throw new Error(err instanceof Error ? err.message : String(err));
  }
}

/**
 * Sidebar: checks settings before saving them: each problem with its field,
 * and the questions to ask first (a rule's section the document lacks, a
 * section level leaving fewer than two sections). Saves nothing.
 */
export function checkSettings(s: Settings): SettingsCheck {
  const {document, settings} = services();
  return checkSettingsDraft(s, document.read(), settings);
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
    document: s.document,
    settings: s.settings,
    properties: s.documentProperties,
    scholarly: s.scholarly,
  });
}

/**
 * Dialog and sidebar: writes each paper as an entry at its sorted place in
 * its section (created when missing), under the document lock. Each result
 * says what happened to its request; one bad request never stops the others.
 */
export function insertPapers(
  requests: InsertRequest[],
  options?: {haul?: string},
): InsertResult[] {
  const s = services();
  const written: insert.WrittenEntry[] = [];
  let writeFailed = false;
  const results = insert.insertPapers(requests, {
    document: s.document,
    lock: s.lock,
    // Papers whose cards Semantic Scholar filled while arXiv throttled can be inserted too.
    lookup: lookupElsewhereToo(ids => s.arxiv.lookup(ids), s.scholarly),
    matchTitle: titleMatcher(s.scholarly),
    settings: s.settings,
    clock: s.clock,
    onWritten: w => written.push(w),
    onWriteFailed: () => {
      writeFailed = true;
    },
  });
  // The dialog's token joins the chunks of one haul into one undo.
  const haul = typeof options?.haul === 'string' ? options.haul : undefined;
  const undoNote = undoHaul.recordHaul(written, haul, undoDeps(s), writeFailed);
  // Nothing that worked goes silently: each inserted paper's result says undo is off.
  if (undoNote) {
    for (const r of results) {
      if (r.status === 'inserted' && !r.message) r.message = undoNote;
    }
  }
  versionWatch.recordWritten(written, versionDeps(s));
  return results;
}

/** The reorganize use case's ports; the run is recorded in the document's properties unless `record` says otherwise. */
function reorganizeDeps(
  s: Services,
  record?: (report: ReorganizeReport) => void,
): reorganizeRun.ReorganizeRunDeps {
  return {
    document: s.document,
    lock: s.lock,
    clock: s.clock,
    settings: s.settings,
    progress: s.documentState,
    record:
      record ?? (report => schedule.recordReport(s.documentProperties, report)),
  };
}

/** One reorganize run (options checked by reorganizeRun.parseReorganizeOptions); real runs are recorded for the sidebar. */
function runReorganize(
  options: reorganizeRun.ReorganizeOptions,
  s: Services,
  record?: (report: ReorganizeReport) => void,
): ReorganizeReport {
  return reorganizeRun.runReorganize(options, reorganizeDeps(s, record));
}

/**
 * Sorts sections, merges repeated ones and files confident Inbox entries, or
 * with `dryRun` only says what it would do (with the plan by title and its
 * `planToken`). Given `expectPlan`, applies only that very plan: when the
 * document changed since, changes nothing and reports the new plan
 * (`stale`). Stops before Apps Script's time limit (`complete: false`); the
 * next run continues.
 */
export function reorganize(options?: {
  dryRun?: boolean;
  expectPlan?: string;
}): ReorganizeReport {
  const checked = reorganizeRun.parseReorganizeOptions(options);
  return runReorganize(checked, services());
}

/** Menu item: shows the plan by title and section and applies exactly it when the user says yes. */
export function reorganizeNow(): void {
  const s = services();
  const ui = DocumentApp.getUi();
  reorganizeFlow.reorganizeNow({
    run: o => runReorganize(o, s),
    confirm: text =>
      ui.alert('Reorganize', text, ui.ButtonSet.YES_NO) === ui.Button.YES,
    tell: text => void ui.alert('Reorganize', text, ui.ButtonSet.OK),
    describe: reorganizer.describeReport,
  });
}

/**
 * The daily time trigger. An add-on's trigger has no active document, no
 * document properties and no document lock: the document, tab and settings
 * come from the target stored under the trigger's id in user properties,
 * and the report goes there too. No Ui exists in a trigger. A failure is
 * recorded for the sidebar and thrown on for the execution log.
 */
export function scheduledReorganize(
  e?: GoogleAppsScript.Events.TimeDriven,
): void {
  const uid = e && e.triggerUid ? String(e.triggerUid) : undefined;
  const s = services(uid);
  const target = uid ? s.scheduleTarget : null;
  const gone = target ? s.scheduleTargetGone : null;
  if (uid && target && gone) {
    // Said in plain words where the sidebar looks; the trigger stops rather than failing every day.
    scheduleTarget.stopGoneSchedule(
      {
        triggers: s.triggers,
        userProperties: s.userProperties,
        now: s.clock.now(),
      },
      uid,
      target.documentId,
      gone,
    );
    return;
  }
  const record = (report: ReorganizeReport) => {
    if (uid) scheduleTarget.recordTriggerReport(s.userProperties, uid, report);
    else if (s.hasDocumentProperties) {
      schedule.recordReport(s.documentProperties, report);
    }
  };
  let report: ReorganizeReport;
  try {
    report = runReorganize({dryRun: false}, s, record);
  } catch (err) {
    reorganizeRun.recordFailedRun(record, s.clock.now(), err);
    throw err;
  }
  // The version check rides on the daily run, after it; its answer waits in user properties for the sidebar.
  // A run that was busy or cut short has no time to spare for arXiv: tomorrow's checks.
  if (!report.complete) return;
  versionSchedule.scheduledCheck(() => ({
    document: s.document,
    settings: s.settings,
    clock: s.clock,
    userStore: s.userProperties,
    lookupFresh: ids => s.arxiv.lookup(ids, {fresh: true}),
  }));
}

/** What the daily trigger will need: this document, the user's tab, the settings. */
function scheduleTargetOf(s: Services): scheduleTarget.ScheduleTarget {
  return {documentId: s.document.id(), tabId: s.tabId, settings: s.settings};
}

/**
 * Sidebar: turns the daily reorganize on (one trigger at `hour`) or off, and
 * remembers this document, the tab the user is in and the settings, so the
 * trigger finds them without an active document. The scheduled run tidies
 * that one tab.
 * @throws Error with a readable message for a malformed request
 */
export function setSchedule(request: {
  enabled: boolean;
  hour?: number;
  timeZone?: string;
}): ScheduleState {
  const s = services();
  return scheduleTarget.setScheduleWithTarget(request, {
    triggers: s.triggers,
    properties: s.documentProperties,
    userProperties: s.userProperties,
    target: () => scheduleTargetOf(s),
  });
}

/** Sidebar: the schedule and the last run's report. */
export function getSchedule(): ScheduleState {
  const s = services();
  return scheduleTarget.getScheduleWithTarget({
    triggers: s.triggers,
    properties: s.documentProperties,
    userProperties: s.userProperties,
    target: () => scheduleTargetOf(s),
  });
}

/** Sidebar Find: the document's entries ranked for the query. */
export function searchEntries(query: string): SearchHit[] {
  return findPapers(query).hits;
}

/** Sidebar Find: the hits, and how many abstracts are still being gathered. */
export function findPapers(query: string): FindResult {
  const s = services();
  return find.findPapers(query, {
    document: s.document,
    settings: s.settings,
    tabs: s.documentTabs,
    cachedPapers: ids => s.arxiv.cachedPapers(ids),
    clock: s.clock,
  });
}

/** Sidebar Find: the index its page searches keystroke by keystroke. */
export function getFindIndex(): find.FindIndex {
  const s = services();
  return find.findIndex({
    document: s.document,
    settings: s.settings,
    tabs: s.documentTabs,
    cachedPapers: ids => s.arxiv.cachedPapers(ids),
  });
}

/** Sidebar Find: fetches up to 100 abstracts Find lacks, in one arXiv request. */
export function gatherAbstracts(): find.GatherResult {
  const s = services();
  return find.gatherAbstracts({
    document: s.document,
    settings: s.settings,
    tabs: s.documentTabs,
    arxiv: s.arxiv,
  });
}

/**
 * Sidebar Find: selects the entry's head in the document, in the hit's tab
 * (`tabId`) when the document has tabs.
 * @throws Error saying the paper is gone when it was moved out or deleted
 */
export function revealEntry(id: string, tabId?: string): void {
  const {document, settings, documentTabs} = services();
  find.revealEntry(id, {document, settings, tabs: documentTabs}, tabId);
}

/** Sidebar: how full the document is (a warning past 90% of Docs' limit) and whether it was read through the Docs API. */
export function getDocumentStatus(): DocumentStatus {
  return documentStatus(services().document);
}

function undoDeps(s: Services): undoHaul.UndoDeps {
  return {
    document: s.document,
    lock: s.lock,
    store: s.documentProperties,
    userKey: s.userKey,
    clock: s.clock,
    settings: s.settings,
  };
}

function versionDeps(s: Services): versionWatch.VersionWatchDeps {
  return {
    document: s.document,
    lock: s.lock,
    store: s.documentProperties,
    clock: s.clock,
    settings: s.settings,
    lookupFresh: ids => s.arxiv.lookup(ids, {fresh: true}),
  };
}

function bibtexDeps(s: Services): bibtex.BibtexDeps {
  return {
    document: s.document,
    settings: s.settings,
    lookup: lookupElsewhereToo(ids => s.arxiv.lookup(ids), s.scholarly),
  };
}

/**
 * Dialog and sidebar: removes exactly the entries this user's last haul
 * wrote (and a section heading it created, when empty now). Entries edited
 * since are kept and listed with the reason.
 * @throws Error when there is nothing to undo or the document is busy
 */
export function undoLastHaul(): undoHaul.UndoResult {
  return undoHaul.undoLastHaul(undoDeps(services()));
}

/** Sidebar: this user's haul that "Undo last haul" would remove, or null. */
export function getLastHaul(): undoHaul.UndoState | null {
  return undoHaul.lastHaul(undoDeps(services()));
}

/**
 * BibTeX records (arXiv's export form) for papers in the document.
 * @throws Error naming ids that are not in the document, or arXiv's problem
 */
export function getBibtex(ids: string[]): string {
  return bibtex.getBibtex(ids, bibtexDeps(services()));
}

/** Sidebar settings: the user's own Semantic Scholar API key as shown (`••••abcd`), '' when none. */
export function getScholarlyKey(): string {
  return scholarlyKey.shownKey(services().userProperties);
}

/** Sidebar settings: saves the user's Semantic Scholar API key (blank removes it); returns it masked. */
export function saveScholarlyKey(key: string): string {
  return scholarlyKey.saveKey(services().userProperties, key);
}

/**
 * Sidebar: BibTeX for one section's papers, or the whole document's when
 * `section` is blank.
 */
export function exportBibtex(section?: string): string {
  return bibtex.exportBibtex(section, bibtexDeps(services()));
}

/**
 * Asks arXiv (never the cache) which papers in the document have a newer
 * version, a journal ref or a DOI their entries were written without.
 */
export function checkVersions(): {updates: versionWatch.VersionUpdate[]} {
  const check = versionWatch.checkVersions(versionDeps(services()));
  return {updates: check.updates, ...(check.more ? {more: check.more} : {})};
}

/** Sidebar: the last check's updates (the schedule's or the user's), or null when none ran. */
export function getVersionUpdates(): versionWatch.VersionCheck | null {
  const s = services();
  return versionSchedule.foldSnapshot({
    ...versionDeps(s),
    userStore: s.userProperties,
  });
}

/**
 * Adds an update line ("Update: v3 · Published in ...") to these papers'
 * entries from the last check, touching no other text.
 * @throws Error for ids with no update waiting or no longer in the document (nothing changes then)
 */
export function applyVersionUpdates(ids: string[]): {
  applied: string[];
  updates: versionWatch.VersionUpdate[];
} {
  return versionWatch.applyVersionUpdates(ids, versionDeps(services()));
}

/** Sidebar's Library tab: the sections to export from, the undo on offer, the last version check. */
export function getLibrary(): {
  sections: string[];
  undo: undoHaul.UndoState | null;
  versions: versionWatch.VersionCheck | null;
} {
  const s = services();
  return {
    sections: bibtex.exportSections(bibtexDeps(s)),
    undo: undoHaul.lastHaul(undoDeps(s)),
    versions: versionSchedule.foldSnapshot({
      ...versionDeps(s),
      userStore: s.userProperties,
    }),
  };
}
