// Which tab's body Paper Haul works on: the tab the user has open, found again by id after a save and reopen.
type Doc = GoogleAppsScript.Document.Document;
type Body = GoogleAppsScript.Document.Body;

/**
 * The id of the tab the user has open, or null where Docs gives none
 * (getActiveTab "only works in scripts bound to a document",
 * developers.google.com/apps-script/guides/docs/tabs; a document opened by
 * id, as in a time trigger, has no active tab). Whether a published add-on
 * counts as bound is not documented: should getActiveTab throw there,
 * Paper Haul falls back to getBody() (the active or first tab) rather than
 * fail every feature.
 */
export function activeTabId(doc: Doc): string | null {
  return activeTab(doc)?.id ?? null;
}

/** The tab the user has open and its id (activeTabId), or null; the Tab object spares the port a getTab lookup. */
export function activeTab(
  doc: Doc,
): {id: string; tab: GoogleAppsScript.Document.Tab} | null {
  let tab: GoogleAppsScript.Document.Tab | null;
  try {
    tab = doc.getActiveTab();
  } catch {
    return null;
  }
  return tab ? {id: tab.getId(), tab} : null;
}

/**
 * The body of tab `tabId`, or `doc.getBody()` without one. After
 * saveAndClose, `openById(id).getBody()` is the first tab's body, so a
 * reopened document must be asked for its tab by id.
 */
export function tabBody(doc: Doc, tabId: string | null): Body {
  if (!tabId) return doc.getBody();
  // getTab answers null for a tab that no longer exists (as live Apps Script does): say so plainly.
  const tab = doc.getTab(tabId) as GoogleAppsScript.Document.Tab | null;
  if (!tab)
    throw new Error('The tab Paper Haul was working in no longer exists.');
  return tab.asDocumentTab().getBody();
}

/** Every tab of the document, parents before their children, with its title. */
export function listTabs(doc: Doc): {id: string; title: string}[] {
  const out: {id: string; title: string}[] = [];
  const walk = (tabs: GoogleAppsScript.Document.Tab[]): void => {
    for (const tab of tabs) {
      out.push({id: tab.getId(), title: tab.getTitle()});
      walk(tab.getChildTabs());
    }
  };
  walk(doc.getTabs());
  return out;
}
