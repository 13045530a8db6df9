// The tab tree behind a document: DocJson's `tabs` in and out, with no handles (state.ts reads it without the element classes).
import type {AnyDocJson, DocTab} from '../../src/core/doc-model';
import {isTabbed} from '../../src/core/doc-model';
import {type BodyNode, ListIds, bodyFromJson, bodyToJson} from './nodes';

/**
 * Every Docs document has at least one tab; one made without tabs has a
 * single tab. Its id and title as Docs gives them to a new document ("t.0",
 * "Tab 1") as seen in Docs' URLs and UI; DocumentApp's reference does not
 * state them.
 */
export const FIRST_TAB_ID = 't.0';
export const FIRST_TAB_TITLE = 'Tab 1';

/** One tab: its own body and the tabs nested under it. */
export interface TabState {
  id: string;
  title: string;
  body: BodyNode;
  childTabs: TabState[];
}

/**
 * The tab tree of a DocJson: the document's tabs, or for a document without
 * them one tab holding its body.
 * @throws Error when a tab lacks its id, title or body, or an id repeats
 */
export function tabsFromJson(json: AnyDocJson, listIds: ListIds): TabState[] {
  if (!json || !isTabbed(json)) {
    return [
      {
        id: FIRST_TAB_ID,
        title: FIRST_TAB_TITLE,
        body: bodyFromJson(json, listIds),
        childTabs: [],
      },
    ];
  }
  const seen = new Set<string>();
  const build = (tabs: DocTab[], where: string): TabState[] =>
    tabs.map((tab, index) => {
      const at = `${where}[${index}]`;
      if (!tab || typeof tab.tabId !== 'string' || !tab.tabId) {
        throw new Error(`DocJson ${at}: tabId missing`);
      }
      if (seen.has(tab.tabId)) {
        throw new Error(`DocJson ${at}: tabId ${tab.tabId} repeats`);
      }
      seen.add(tab.tabId);
      if (typeof tab.title !== 'string') {
        throw new Error(`DocJson ${at}: title missing`);
      }
      return {
        id: tab.tabId,
        title: tab.title,
        body: bodyFromJson({body: tab.body}, listIds),
        childTabs: build(tab.childTabs ?? [], `${at}.childTabs`),
      };
    });
  if (json.tabs.length === 0) {
    throw new Error('DocJson tabs: a document has at least one tab');
  }
  return build(json.tabs, 'tabs');
}

/** DocJson's `tabs` for a tab tree; `childTabs` only where there are some. */
export function tabsToJson(tabs: TabState[]): DocTab[] {
  return tabs.map(tab => ({
    tabId: tab.id,
    title: tab.title,
    body: bodyToJson(tab.body),
    ...(tab.childTabs.length ? {childTabs: tabsToJson(tab.childTabs)} : {}),
  }));
}

/** Every tab, parents before their children, in the order Docs lists them. */
export function allTabs(tabs: TabState[]): TabState[] {
  return tabs.flatMap(tab => [tab, ...allTabs(tab.childTabs)]);
}

/** The tab with this id anywhere in the tree, or null. */
export function findTab(tabs: TabState[], id: string): TabState | null {
  return allTabs(tabs).find(tab => tab.id === id) ?? null;
}

/** The tab list a tab stands in (the top level or its parent's children). */
export function siblingsOf(tabs: TabState[], tab: TabState): TabState[] {
  if (tabs.includes(tab)) return tabs;
  for (const parent of allTabs(tabs)) {
    if (parent.childTabs.includes(tab)) return parent.childTabs;
  }
  return [tab];
}
