// The emulated document itself: its tree, id, name, and what the user's view has selected.
import {
  type AnyDocJson,
  type DocJson,
  type TabbedDocJson,
  isTabbed,
} from '../../src/core/doc-model';
import {type AnyNode, type BodyNode, ListIds, topLevelBlock} from './nodes';
import {bumpCallSerial} from './call-serial';
import {
  type TabState,
  allTabs,
  findTab,
  tabsFromJson,
  tabsToJson,
} from './tab-tree';
import {UnsavedChanges} from './unsaved-changes';

/** An element of the user's selection; `textView` marks an editAsText() view rather than the element. */
export interface SelectedElement {
  node: AnyNode;
  textView: boolean;
  /** -1 for a whole element; otherwise inclusive offsets into a Text. */
  startOffset: number;
  endOffsetInclusive: number;
}

/** Where the user's cursor stands (set by Document.setCursor). */
export interface CursorPlace {
  node: AnyNode;
  textView: boolean;
  offset: number;
}

let documentCount = 0;

/** What toJSON gives for a document loaded as `J`: the same form, with or without tabs. */
export type JsonOf<J extends AnyDocJson> = J extends TabbedDocJson
  ? TabbedDocJson
  : DocJson;

/**
 * One document, shared by every Document handle the emulated DocumentApp
 * hands out (getActiveDocument, openById). It has one tab or more (Docs
 * documents always do); `J` is the DocJson form it was loaded from.
 */
export class DocumentState<J extends AnyDocJson = DocJson> {
  readonly id: string;
  name: string;
  /** DocJson's title, kept so toJSON gives back what was loaded. */
  title: string | undefined;
  /** The top-level tabs; a document loaded without tabs has one. */
  tabs: TabState[];
  /** Loaded with `tabs`: toJSON gives them back. */
  private tabbed: boolean;
  /** The tab the user has open in the document (Document.setActiveTab changes it). */
  activeTabId: string;
  readonly listIds = new ListIds();
  selected: SelectedElement[] = [];
  cursor: CursorPlace | null = null;
  /** Changes since the last save, against Apps Script's limit (its `limit` is settable). */
  readonly unsavedChanges = new UnsavedChanges();

  constructor(
    json: J,
    options: {id?: string; name?: string; activeTabId?: string} = {},
  ) {
    documentCount++;
    this.id = options.id ?? `emu-document-${documentCount}`;
    this.title = json.title;
    this.name = options.name ?? json.title ?? 'Untitled document';
    this.tabs = tabsFromJson(json, this.listIds);
    this.tabbed = isTabbed(json);
    this.activeTabId = this.tabs[0].id;
    if (options.activeTabId !== undefined) {
      this.setActiveTab(options.activeTabId);
    }
  }

  /** The first tab's body: what `openById(id).getBody()` gives. */
  get body(): BodyNode {
    return this.tabs[0].body;
  }

  /** The tab the user has open. */
  activeTab(): TabState {
    return findTab(this.tabs, this.activeTabId) ?? this.tabs[0];
  }

  /**
   * Makes `tabId` the user's open tab.
   * @throws Error when the document has no such tab
   */
  setActiveTab(tabId: string): void {
    if (!findTab(this.tabs, tabId)) {
      throw new Error(`Exception: Invalid argument: tabId (no tab ${tabId})`);
    }
    this.activeTabId = tabId;
  }

  /** True for the body of one of this document's tabs. */
  isBody(node: AnyNode | null): boolean {
    return allTabs(this.tabs).some(tab => tab.body === node);
  }

  /** The tab whose body holds `node`, or null. */
  tabOf(node: AnyNode): TabState | null {
    let current: AnyNode | null = node;
    while (current && current.kind !== 'body') current = current.parent;
    return allTabs(this.tabs).find(tab => tab.body === current) ?? null;
  }

  /**
   * Canonical DocJson in the form it was loaded (`tabs` or `body`): NORMAL
   * headings, nesting 0, the BULLET glyph and empty style lists are omitted;
   * spans are sorted, merged and end-exclusive.
   */
  toJSON(): JsonOf<J> {
    const title = this.title !== undefined ? {title: this.title} : {};
    const json: AnyDocJson = this.tabbed
      ? {...title, tabs: tabsToJson(this.tabs)}
      : {...title, body: tabsToJson(this.tabs)[0].body};
    return json as JsonOf<J>;
  }

  /** Replaces the content (the playground's reset); selection and cursor are cleared. */
  load(json: J): void {
    const first = this.body;
    const tabs = tabsFromJson(json, this.listIds);
    // The first body stays the same node, so Body handles held by running code see the new content.
    for (const child of first.children) child.parent = null;
    first.children = tabs[0].body.children;
    for (const child of first.children) child.parent = first;
    tabs[0].body = first;
    this.tabs = tabs;
    this.tabbed = isTabbed(json);
    if (!findTab(tabs, this.activeTabId)) this.activeTabId = tabs[0].id;
    bumpCallSerial();
    this.title = json.title;
    if (json.title !== undefined) this.name = json.title;
    this.selected = [];
    this.cursor = null;
  }

  /**
   * What the user's view has selected (set by Document.setSelection), as
   * child indices of the active tab's body: `end` is exclusive. Null when
   * nothing selected is still there.
   */
  selection(): {start: number; end: number} | null {
    const indices: number[] = [];
    const body = this.activeTab().body;
    for (const {node} of this.selected) {
      const block = topLevelBlock(node);
      const index = block ? body.children.indexOf(block) : -1;
      if (index >= 0) indices.push(index);
    }
    if (indices.length === 0) return null;
    return {start: Math.min(...indices), end: Math.max(...indices) + 1};
  }
}
