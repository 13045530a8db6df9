// The Docs Ui the server owns: the add-on menu, its dialogs and sidebar, the self-test alert and the menu's alerts.
import type {AlertPort} from '../app/reorganize/reorganize-flow';
import {selfTestView} from '../app/shared/self-test-report';
import {runSelfTest as runFacts} from '../gas/self-test';

const ADDON_TITLE = 'Paper Haul';

/**
 * Builds the Extensions > Paper Haul menu. Runs in AuthMode NONE or LIMITED
 * on every open of the document, so it reads nothing and fetches nothing.
 * Nine calls in all (getUi, createAddonMenu, six items, addToUi): no
 * separator, as each builder call counts.
 */
export function buildMenu(e?: unknown): void {
  // The open or install event is not read: the menu is the same in every mode.
  void e;
  DocumentApp.getUi()
    .createAddonMenu()
    .addItem('Open sidebar', 'showSidebar')
    .addItem('Insert papers...', 'showInsertDialog')
    .addItem('Reorganize now', 'reorganizeNow')
    .addItem('Undo last reorganize', 'undoReorganizeFromMenu')
    .addItem('Run self-test', 'runSelfTest')
    .addItem('Help', 'showHelp')
    .addToUi();
}

/** The short user guide (docs/USER-GUIDE.md, built into Help.html). */
export function showHelp(): void {
  const html = HtmlService.createHtmlOutputFromFile('Help')
    .setWidth(640)
    .setHeight(560);
  DocumentApp.getUi().showModelessDialog(html, 'Paper Haul help');
}

/**
 * Checks in a new scratch document the Docs behaviours Paper Haul depends on
 * and shows the report in a small dialog: the summary first, the details on
 * request and a Copy button (an alert showed a raw dump that could not be copied).
 */
export function showSelfTest(): void {
  const report = runFacts();
  const page = HtmlService.createTemplateFromFile('Report');
  Object.assign(page, selfTestView(report, new Date().toISOString()));
  const html = page.evaluate().setWidth(560).setHeight(360);
  DocumentApp.getUi().showModelessDialog(html, 'Paper Haul self-test');
}

/** The sidebar (quick add, find, settings, schedule). */
export function showSidebar(): void {
  const html =
    HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(ADDON_TITLE);
  DocumentApp.getUi().showSidebar(html);
}

/** The Insert papers dialog. */
export function showInsertDialog(): void {
  const html = HtmlService.createHtmlOutputFromFile('Dialog')
    .setWidth(760)
    .setHeight(620);
  DocumentApp.getUi().showModalDialog(html, 'Insert papers');
}

/** Alerts titled `title`; the Ui is asked for on the first alert (a sidebar call shows none). */
export function alerts(title: string): AlertPort {
  let ui: GoogleAppsScript.Base.Ui | undefined;
  const get = () => (ui ??= DocumentApp.getUi());
  return {
    confirm: text => {
      const u = get();
      return u.alert(title, text, u.ButtonSet.YES_NO) === u.Button.YES;
    },
    tell: text => {
      const u = get();
      void u.alert(title, text, u.ButtonSet.OK);
    },
  };
}
