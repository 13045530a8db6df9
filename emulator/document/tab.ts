// Document tabs: the Tab and DocumentTab handles over the tab tree (tab-tree.ts).
import {wrap} from './elements';
import {EnumValue} from './enums';
import type {Session} from './session';
import type {TabState} from './tab-tree';

export {
  FIRST_TAB_ID,
  FIRST_TAB_TITLE,
  type TabState,
  allTabs,
  findTab,
  siblingsOf,
  tabsFromJson,
  tabsToJson,
} from './tab-tree';

/** DocumentApp.TabType: Docs has only document tabs so far. */
export const TabType = Object.freeze({
  DOCUMENT_TAB: new EnumValue('TabType', 'DOCUMENT_TAB', 0),
});

/** Document.getTabs()/getTab(id)/getActiveTab(): one tab of the document. */
export class EmuTab implements GoogleAppsScript.Document.Tab {
  constructor(
    private readonly session: Session,
    readonly tab: TabState,
    private readonly siblings: TabState[],
  ) {}

  private call(method: string): void {
    this.session.call(`Tab.${method}`);
  }

  asDocumentTab(): GoogleAppsScript.Document.DocumentTab {
    this.call('asDocumentTab');
    return new EmuDocumentTab(
      this.session,
      this.tab,
    ) as unknown as GoogleAppsScript.Document.DocumentTab;
  }

  getChildTabs(): GoogleAppsScript.Document.Tab[] {
    this.call('getChildTabs');
    return this.tab.childTabs.map(
      child => new EmuTab(this.session, child, this.tab.childTabs),
    );
  }

  getId(): string {
    this.call('getId');
    return this.tab.id;
  }

  getIndex(): number {
    this.call('getIndex');
    return this.siblings.indexOf(this.tab);
  }

  getTitle(): string {
    this.call('getTitle');
    return this.tab.title;
  }

  getType(): GoogleAppsScript.Document.TabType {
    this.call('getType');
    return TabType.DOCUMENT_TAB as unknown as GoogleAppsScript.Document.TabType;
  }
}

/** Tab.asDocumentTab(): the tab's content; only its body is emulated. */
export class EmuDocumentTab implements Pick<
  GoogleAppsScript.Document.DocumentTab,
  'getBody'
> {
  constructor(
    private readonly session: Session,
    readonly tab: TabState,
  ) {}

  getBody(): GoogleAppsScript.Document.Body {
    this.session.call('DocumentTab.getBody');
    return wrap(
      this.session,
      this.tab.body,
    ) as unknown as GoogleAppsScript.Document.Body;
  }
}
