// AuthMode limits: what onOpen may do in NONE and LIMITED, and that menu items and script.run run in FULL.
import {load} from './load';

const SCRIPT = `
function readProperty() { return PropertiesService.getDocumentProperties().getProperty('k'); }
function readDoc() { return DocumentApp.getActiveDocument().getBody().getNumChildren(); }
function fetchFeed() { return UrlFetchApp.fetch('https://export.arxiv.org/api/query?id_list=2111.11432').getResponseCode(); }
function openSidebar() { DocumentApp.getUi().showSidebar(HtmlService.createHtmlOutput('<p>hi</p>')); }
function addMenu() { DocumentApp.getUi().createAddonMenu().addItem('Go', 'readDoc').addToUi(); }
`;

const fetch = () => ({status: 200, body: '<feed/>'});

describe('AuthMode', () => {
  test('NONE (first open) may add menus but not read properties or the document', () => {
    const {env, fns} = load(SCRIPT, {fetch});
    expect(() => env.simpleTrigger(fns, 'addMenu', 'NONE')).not.toThrow();
    expect(() => env.simpleTrigger(fns, 'readProperty', 'NONE')).toThrow(
      /permission to call PropertiesService.getDocumentProperties in AuthMode.NONE/,
    );
    expect(() => env.simpleTrigger(fns, 'readDoc', 'NONE')).toThrow(
      /permission to call DocumentApp.getActiveDocument in AuthMode.NONE/,
    );
  });

  test('LIMITED may read properties and the document but not fetch or show a sidebar', () => {
    const {env, fns} = load(SCRIPT, {fetch});
    expect(env.simpleTrigger(fns, 'readProperty', 'LIMITED')).toBeNull();
    expect(env.simpleTrigger(fns, 'readDoc', 'LIMITED')).toBe(1);
    expect(() => env.simpleTrigger(fns, 'fetchFeed', 'LIMITED')).toThrow(
      /UrlFetchApp.fetch in AuthMode.LIMITED/,
    );
    expect(() => env.simpleTrigger(fns, 'openSidebar', 'LIMITED')).toThrow(
      /Ui.showSidebar in AuthMode.LIMITED/,
    );
    expect(env.fetchLog).toEqual([]);
    expect(env.ui.shown).toEqual([]);
  });

  test('a direct call (menu item, google.script.run) runs in FULL', () => {
    const {env, fns} = load(SCRIPT, {fetch});
    expect(fns.fetchFeed()).toBe(200);
    fns.openSidebar();
    expect(env.ui.sidebar).toMatchObject({kind: 'sidebar', width: 300});
    expect(env.ui.sidebar?.content).toBe('<p>hi</p>');
  });
});
