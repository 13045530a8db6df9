// The Document handle with its range builder and positions: selection and cursor of the user's view.
import {
  type ElementHandle,
  EmuText,
  isInDocument,
  nodeOf,
  textView,
  wrap,
} from './elements';
import {type AnyNode, childrenOf, isHolder, nodeText} from './nodes';
import {EmuRange, EmuRangeElement} from './ranges';
import type {Session} from './session';
import {EmuTab, findTab, siblingsOf} from './tab';

type GasDocument = GoogleAppsScript.Document.Document;
type GasElement = GoogleAppsScript.Document.Element;
type GasPosition = GoogleAppsScript.Document.Position;
type GasRange = GoogleAppsScript.Document.Range;

function gas<T>(value: unknown): T {
  return value as T;
}

/** True for an editAsText() view (of a paragraph, cell or body) rather than the element itself. */
function isTextView(handle: ElementHandle): boolean {
  return handle instanceof EmuText && handle.node.kind !== 'text';
}

/** A handle for a stored node, in the shape it was stored with. */
function rehandle(
  session: Session,
  node: AnyNode,
  asTextView: boolean,
): ElementHandle {
  if (asTextView && (node.kind === 'body' || isHolder(node))) {
    return textView(session, node);
  }
  return wrap(session, node);
}

function handleOf(value: unknown, argument: string): ElementHandle {
  nodeOf(value, argument);
  return value as ElementHandle;
}

export class EmuDocument implements Pick<
  GasDocument,
  | 'getId'
  | 'getName'
  | 'getBody'
  | 'saveAndClose'
  | 'newRange'
  | 'setSelection'
  | 'getSelection'
  | 'newPosition'
  | 'setCursor'
  | 'getCursor'
  | 'getTabs'
  | 'getTab'
  | 'getActiveTab'
  | 'setActiveTab'
> {
  constructor(private readonly session: Session) {}

  private call(method: string): void {
    this.session.call(`Document.${method}`);
  }

  getId(): string {
    this.call('getId');
    return this.session.state.id;
  }

  getName(): string {
    this.call('getName');
    return this.session.state.name;
  }

  /**
   * The active tab's body in a script running in the open document
   * (getActiveDocument), the first tab's otherwise (openById): "Existing
   * methods on the Document class now operate on the active tab (or the
   * first tab)", developers.google.com/apps-script/guides/docs/tabs.
   */
  getBody(): GoogleAppsScript.Document.Body {
    this.call('getBody');
    const state = this.session.state;
    const tab = this.session.bound ? state.activeTab() : state.tabs[0];
    return gas(wrap(this.session, tab.body));
  }

  /** The top-level tabs; child tabs hang from them (Tab.getChildTabs). */
  getTabs(): GoogleAppsScript.Document.Tab[] {
    this.call('getTabs');
    const tabs = this.session.state.tabs;
    return tabs.map(tab => new EmuTab(this.session, tab, tabs));
  }

  /**
   * The tab with this id, at any depth, or null for an unknown id:
   * live Apps Script returns null (brucemcpherson/gas-fakes' live-proved
   * tests; Google's reference does not say), so callers must check.
   */
  getTab(tabId: string): GoogleAppsScript.Document.Tab {
    this.call('getTab');
    const tabs = this.session.state.tabs;
    const tab = findTab(tabs, String(tabId));
    if (!tab) return null as unknown as GoogleAppsScript.Document.Tab;
    return new EmuTab(this.session, tab, siblingsOf(tabs, tab));
  }

  /**
   * The user's open tab. The guide says this "only works in scripts bound
   * to a document"; what it gives a document opened by id is not stated, so
   * here it is null there (the stricter reading: callers must remember the
   * tab themselves).
   */
  getActiveTab(): GoogleAppsScript.Document.Tab {
    this.call('getActiveTab');
    if (!this.session.bound) return gas(null);
    const tabs = this.session.state.tabs;
    const tab = this.session.state.activeTab();
    return new EmuTab(this.session, tab, siblingsOf(tabs, tab));
  }

  /** Opens the tab in the user's view; selection and cursor live in the active tab. */
  setActiveTab(tabId: string): void {
    this.call('setActiveTab');
    this.session.state.setActiveTab(String(tabId));
  }

  /**
   * @throws Error unless `node` is in the active tab: the guide says the
   * selection and cursor operate in the active tab; what Docs does with one
   * elsewhere is not stated, so the emulator refuses it (stricter).
   */
  private checkInActiveTab(node: AnyNode, argument: string): void {
    const state = this.session.state;
    if (state.tabOf(node) !== state.activeTab()) {
      throw new Error(
        `Exception: Invalid argument: ${argument} (not in the active tab; call setActiveTab first)`,
      );
    }
  }

  /** Closes this handle and every element obtained through it; reopen with openById. */
  saveAndClose(): void {
    this.call('saveAndClose');
    this.session.closed = true;
    this.session.state.unsavedChanges.saved();
  }

  newRange(): GoogleAppsScript.Document.RangeBuilder {
    this.call('newRange');
    return gas(new EmuRangeBuilder(this.session));
  }

  /** Selects the range in the user's view (and drops the cursor, as Docs shows one or the other). */
  setSelection(range: GasRange): GasDocument {
    this.call('setSelection');
    if (!(range instanceof EmuRange)) {
      throw new Error('Exception: Invalid argument: range');
    }
    for (const element of range.elements) {
      if (!isInDocument(this.session, element.element.node)) {
        throw new Error(
          'Exception: Invalid argument: range (an element is not in this document)',
        );
      }
      this.checkInActiveTab(element.element.node, 'range');
    }
    this.session.state.selected = range.elements.map(element => ({
      node: element.element.node,
      textView: isTextView(element.element),
      startOffset: element.startOffset,
      endOffsetInclusive: element.endOffsetInclusive,
    }));
    this.session.state.cursor = null;
    return gas(this);
  }

  getSelection(): GasRange {
    this.call('getSelection');
    const elements = this.session.state.selected
      .filter(selected => isInDocument(this.session, selected.node))
      .map(
        selected =>
          new EmuRangeElement(
            this.session,
            rehandle(this.session, selected.node, selected.textView),
            selected.startOffset,
            selected.endOffsetInclusive,
          ),
      );
    return gas(elements.length ? new EmuRange(this.session, elements) : null);
  }

  newPosition(element: GasElement, offset: number): GasPosition {
    this.call('newPosition');
    const handle = handleOf(element, 'element');
    if (!isInDocument(this.session, handle.node)) {
      throw new Error(
        'Exception: Invalid argument: element (not in this document)',
      );
    }
    const limit =
      handle instanceof EmuText
        ? handle.store.snapshot().length
        : childrenOf(handle.node).length;
    if (!Number.isInteger(offset) || offset < 0 || offset > limit) {
      throw new Error(
        `Exception: Invalid argument: offset (${offset}) must be between 0 and ${limit}.`,
      );
    }
    return gas(new EmuPosition(this.session, handle, offset));
  }

  /** Places the cursor (and drops the selection). */
  setCursor(position: GasPosition): GasDocument {
    this.call('setCursor');
    if (!(position instanceof EmuPosition)) {
      throw new Error('Exception: Invalid argument: position');
    }
    if (!isInDocument(this.session, position.element.node)) {
      throw new Error(
        'Exception: Invalid argument: position (not in this document)',
      );
    }
    this.checkInActiveTab(position.element.node, 'position');
    this.session.state.cursor = {
      node: position.element.node,
      textView: isTextView(position.element),
      offset: position.offset,
    };
    this.session.state.selected = [];
    return gas(this);
  }

  getCursor(): GasPosition | null {
    this.call('getCursor');
    const cursor = this.session.state.cursor;
    if (!cursor || !isInDocument(this.session, cursor.node)) return null;
    return gas(
      new EmuPosition(
        this.session,
        rehandle(this.session, cursor.node, cursor.textView),
        cursor.offset,
      ),
    );
  }
}

export class EmuRangeBuilder implements Pick<
  GoogleAppsScript.Document.RangeBuilder,
  'addElement' | 'build'
> {
  private readonly elements: EmuRangeElement[] = [];

  constructor(private readonly session: Session) {}

  /** A whole element, or (with offsets, end inclusive) part of a Text. */
  addElement(
    element: GasElement,
    startOffset?: number,
    endOffsetInclusive?: number,
  ): GoogleAppsScript.Document.RangeBuilder {
    this.session.call('RangeBuilder.addElement');
    const handle = handleOf(element, 'element');
    if (startOffset === undefined) {
      this.elements.push(new EmuRangeElement(this.session, handle, -1, -1));
      return gas(this);
    }
    if (!(handle instanceof EmuText)) {
      throw new Error(
        'Exception: Invalid argument: textElement (offsets need a Text)',
      );
    }
    const length = handle.store.snapshot().length;
    const end = endOffsetInclusive ?? -1;
    if (
      !Number.isInteger(startOffset) ||
      !Number.isInteger(end) ||
      startOffset < 0 ||
      end < startOffset ||
      end >= length
    ) {
      throw new Error(
        `Exception: Invalid argument: offsets [${startOffset}, ${end}] for a text of length ${length}`,
      );
    }
    this.elements.push(
      new EmuRangeElement(this.session, handle, startOffset, end),
    );
    return gas(this);
  }

  build(): GasRange {
    this.session.call('RangeBuilder.build');
    return gas(new EmuRange(this.session, [...this.elements]));
  }
}

export class EmuPosition implements Pick<
  GasPosition,
  'getElement' | 'getOffset' | 'getSurroundingText' | 'getSurroundingTextOffset'
> {
  constructor(
    private readonly session: Session,
    readonly element: ElementHandle,
    readonly offset: number,
  ) {}

  getElement(): GasElement {
    this.session.call('Position.getElement');
    return gas(this.element);
  }

  getOffset(): number {
    this.session.call('Position.getOffset');
    return this.offset;
  }

  /** The whole text of the paragraph, list item or cell around the position. */
  getSurroundingText(): GoogleAppsScript.Document.Text {
    this.session.call('Position.getSurroundingText');
    const holder = this.holder();
    return gas(holder ? textView(this.session, holder) : null);
  }

  getSurroundingTextOffset(): number {
    this.session.call('Position.getSurroundingTextOffset');
    const node = this.element.node;
    if (isTextView(this.element)) return this.offset;
    if (node.kind === 'text') {
      const siblings = node.parent ? node.parent.texts : [node];
      const before = siblings.slice(0, siblings.indexOf(node));
      return before.reduce((sum, t) => sum + t.rich.length, 0) + this.offset;
    }
    if (isHolder(node)) {
      return node.texts
        .slice(0, this.offset)
        .reduce((sum, t) => sum + nodeText(t).length, 0);
    }
    return 0;
  }

  private holder() {
    const node = this.element.node;
    if (node.kind === 'text') return node.parent;
    return isHolder(node) ? node : null;
  }
}
