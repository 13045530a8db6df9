// The add-on's whole public surface: every export becomes a top-level Apps Script function, and each only forwards
// to its journey's flow (services.ts) or to the menu (menu.ts); test/server/main-shape.test.ts keeps it so.
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
import type {DocumentStatus} from '../core/doc-size';
import type {SettingsCheck} from '../app/settings/settings-check';
import type {FindIndex, GatherResult} from '../app/find/find';
import type {HaulDraft, HaulDraftInput} from '../app/haul/haul-draft';
import type {UndoResult, UndoState} from '../app/haul/undo-haul';
import type {
  UndoReorganizeResult,
  UndoReorganizeState,
} from '../app/reorganize/undo-reorganize';
import type {VersionCheck, VersionUpdate} from '../app/library/version-watch';
import * as menu from './menu';
import {
  daily,
  finding,
  haul,
  library,
  reorganizing,
  settingsJourney,
  undoingReorganize,
} from './services';

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
export type {UndoResult, UndoState} from '../app/haul/undo-haul';
export type {VersionCheck, VersionUpdate} from '../app/library/version-watch';
export type {SettingsCheck} from '../app/settings/settings-check';
export type {FindIndex, GatherResult} from '../app/find/find';
export type {HaulDraft, HaulDraftInput} from '../app/haul/haul-draft';
export type {
  UndoReorganizeResult,
  UndoReorganizeState,
} from '../app/reorganize/undo-reorganize';

/**
 * Builds the Extensions > Paper Haul menu. Runs in AuthMode NONE or LIMITED
 * on every open of the document, so it reads nothing and fetches nothing.
 */
export const onOpen = (e?: GoogleAppsScript.Events.DocsOnOpen): void =>
  menu.buildMenu(e);

/** Install-time trigger: the documented pattern is to build the menu at once. */
export const onInstall = (e?: GoogleAppsScript.Events.AddonOnInstall): void =>
  menu.buildMenu(e);

/** Menu item and the sidebar's Help link: the short user guide (docs/USER-GUIDE.md, built into Help.html). */
export const showHelp = (): void => menu.showHelp();

/**
 * Menu item: checks in a new scratch document the Docs behaviours Paper Haul
 * depends on and shows the report to copy into a bug report.
 */
export const runSelfTest = (): void => menu.showSelfTest();

/** Menu item: opens the sidebar (quick add, find, settings, schedule). */
export const showSidebar = (): void => menu.showSidebar();

/** Menu item: opens the Insert papers dialog. */
export const showInsertDialog = (): void => menu.showInsertDialog();

/** The document's settings for the sidebar. */
export const getSettings = (): Settings => settingsJourney().get();

/**
 * Validates and saves the sidebar's settings.
 * @throws Error listing every problem in words the user can act on
 */
export const saveSettings = (s: Settings): Settings =>
  settingsJourney().save(s);

/**
 * Sidebar: checks settings before saving them: each problem with its field,
 * and the questions to ask first (a rule's section the document lacks, a
 * section level leaving fewer than two sections). Saves nothing.
 */
export const checkSettings = (s: Settings): SettingsCheck =>
  settingsJourney().check(s);

/**
 * Dialog and sidebar: every arXiv id in the pasted text with its paper or
 * why there is none (ready, not_found, invalid, error). Problems come back as
 * messages in the result, never as a thrown error.
 */
export const previewPapers = (input: string): PreviewResult =>
  haul().preview(input);

/**
 * Dialog and sidebar: writes each paper as an entry at its sorted place in
 * its section (created when missing), under the document lock. Each result
 * says what happened to its request; one bad request never stops the others.
 */
export const insertPapers = (
  requests: InsertRequest[],
  options?: {haul?: string},
): InsertResult[] => haul().insert(requests, options);

/**
 * Sorts sections, merges repeated ones and files confident Inbox entries, or
 * with `dryRun` only says what it would do (with the plan by title and its
 * `planToken`). Given `expectPlan`, applies only that very plan: when the
 * document changed since, changes nothing and reports the new plan
 * (`stale`). Stops before Apps Script's time limit (`complete: false`); the
 * next run continues.
 */
export const reorganize = (options?: {
  dryRun?: boolean;
  expectPlan?: string;
}): ReorganizeReport => reorganizing().run(options);

/** Menu item: shows the plan by title and section and applies exactly it when the user says yes. */
export const reorganizeNow = (): void => reorganizing().now();

/** Sidebar: puts back what the last reorganize of this tab moved and merged, or says why it cannot. */
export const undoLastReorganize = (): UndoReorganizeResult =>
  reorganizing().undo();

/** Menu item: the same undo, its outcome in a dialog. */
export const undoReorganizeFromMenu = (): void =>
  undoingReorganize().undoFromMenu();

/** Sidebar: the reorganize "Undo last reorganize" would undo in this tab, or null. */
export const getReorganizeUndo = (): UndoReorganizeState | null =>
  reorganizing().undoState();

/**
 * The daily time trigger. An add-on's trigger has no active document, no
 * document properties and no document lock: the document, tab and settings
 * come from the target stored under the trigger's id in user properties,
 * and the report goes there too. No Ui exists in a trigger. A failure is
 * recorded for the sidebar and thrown on for the execution log.
 */
export const scheduledReorganize = (
  e?: GoogleAppsScript.Events.TimeDriven,
): void => daily(e).run();

/**
 * Sidebar: turns the daily reorganize on (one trigger at `hour`) or off, and
 * remembers this document, the tab the user is in and the settings, so the
 * trigger finds them without an active document. The scheduled run tidies
 * that one tab.
 * @throws Error with a readable message for a malformed request
 */
export const setSchedule = (request: {
  enabled: boolean;
  hour?: number;
  timeZone?: string;
}): ScheduleState => daily().set(request);

/** Sidebar: the schedule and the last run's report. */
export const getSchedule = (): ScheduleState => daily().get();

/** Sidebar Find: the document's entries ranked for the query. */
export const searchEntries = (query: string): SearchHit[] =>
  finding().search(query);

/** Sidebar Find: the hits, and how many abstracts are still being gathered. */
export const findPapers = (query: string): FindResult => finding().find(query);

/** Sidebar Find: the index its page searches keystroke by keystroke. */
export const getFindIndex = (): FindIndex => finding().index();

/** Sidebar Find: fetches up to 100 abstracts Find lacks, in one arXiv request. */
export const gatherAbstracts = (): GatherResult => finding().gather();

/**
 * Sidebar Find: selects the entry's head in the document, in the hit's tab
 * (`tabId`) when the document has tabs.
 * @throws Error saying the paper is gone when it was moved out or deleted
 */
export const revealEntry = (id: string, tabId?: string): void =>
  finding().reveal(id, tabId);

/** Sidebar settings: the user's own Semantic Scholar API key as shown (`••••abcd`), '' when none. */
export const getScholarlyKey = (): string => settingsJourney().scholarlyKey();

/** Sidebar settings: saves the user's Semantic Scholar API key (blank removes it); returns it masked. */
export const saveScholarlyKey = (key: string): string =>
  settingsJourney().saveScholarlyKey(key);

/** Sidebar: how full the document is (a warning past 90% of Docs' limit) and whether it was read through the Docs API. */
export const getDocumentStatus = (): DocumentStatus => library().status();

/**
 * Dialog and sidebar: removes exactly the entries this user's last haul
 * wrote (and a section heading it created, when empty now). Entries edited
 * since are kept and listed with the reason.
 * @throws Error when there is nothing to undo or the document is busy
 */
export const undoLastHaul = (): UndoResult => haul().undo();

/** Sidebar: this user's haul that "Undo last haul" would remove, or null. */
export const getLastHaul = (): UndoState | null => haul().last();

/**
 * BibTeX records (arXiv's export form) for papers in the document.
 * @throws Error naming ids that are not in the document, or arXiv's problem
 */
export const getBibtex = (ids: string[]): string => library().bibtex(ids);

/**
 * Sidebar: BibTeX for one section's papers, or the whole document's when
 * `section` is blank.
 */
export const exportBibtex = (section?: string): string =>
  library().exportSection(section);

/**
 * Asks arXiv (never the cache) which papers in the document have a newer
 * version, a journal ref or a DOI their entries were written without.
 */
export const checkVersions = (): Omit<VersionCheck, 'at'> =>
  library().checkVersions();

/** Sidebar: the last check's updates (the schedule's or the user's), or null when none ran. */
export const getVersionUpdates = (): VersionCheck | null =>
  library().versionUpdates();

/**
 * Adds an update line ("Update: v3 · Published in ...") to these papers'
 * entries from the last check, touching no other text.
 * @throws Error for ids with no update waiting or no longer in the document (nothing changes then)
 */
export const applyVersionUpdates = (
  ids: string[],
): {applied: string[]; updates: VersionUpdate[]} =>
  library().applyVersionUpdates(ids);

/** Sidebar's Library tab: the sections to export from, the undo on offer, the last version check. */
export const getLibrary = (): {
  sections: string[];
  undo: UndoState | null;
  versions: VersionCheck | null;
} => library().library();

/** Dialog: this user's unsent haul in this document, or null. */
export const getHaulDraft = (): HaulDraft | null => haul().draft();

/** Dialog: keeps the unsent haul as the user types; null (Discard) forgets it. */
export const saveHaulDraft = (draft: HaulDraftInput | null): void =>
  haul().saveDraft(draft);
