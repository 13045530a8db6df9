// DocumentApp's element classes (Body, Paragraph, ListItem, Table, TableRow, TableCell, Text) as handles over the tree.
import {
  Attribute,
  ElementType,
  GlyphType,
  ParagraphHeading,
  enumName,
} from './enums';
import {compileFindPattern, firstMatch} from './find-text';
import {inheritNeighbourStyle} from './inherit-style';
import {
  type AnyNode,
  type BlockNode,
  type BodyNode,
  type CellNode,
  type HolderNode,
  type ListItemNode,
  type ParagraphNode,
  type RowNode,
  type TableNode,
  type TextNode,
  type TocNode,
  MAX_NESTING,
  childrenOf,
  cloneNode,
  ensureTrailingParagraph,
  holderRich,
  isHolder,
  newListItem,
  newParagraph,
  newTable,
  nodeText,
  normalizeColor,
  topLevelBlock,
} from './nodes';
import {EmuRangeElement} from './ranges';
import {RichText, type TextAttributeName} from './rich-text';
import type {Session} from './session';
import {
  BodyStore,
  HolderStore,
  TextNodeStore,
  type TextStore,
} from './text-store';

type GasElement = GoogleAppsScript.Document.Element;
type GasParagraph = GoogleAppsScript.Document.Paragraph;
type GasListItem = GoogleAppsScript.Document.ListItem;
type GasTable = GoogleAppsScript.Document.Table;
type GasTableRow = GoogleAppsScript.Document.TableRow;
type GasTableCell = GoogleAppsScript.Document.TableCell;
type GasText = GoogleAppsScript.Document.Text;
type GasBody = GoogleAppsScript.Document.Body;

export const LAST_PARAGRAPH_MESSAGE =
  "Exception: Can't remove the last paragraph in a document section.";
export const DETACHED_MESSAGE = 'Exception: Element must be detached.';

/** Our handles are typed as Apps Script's classes at the boundary. */
function gas<T>(value: unknown): T {
  return value as T;
}

const TYPE_NAMES: Record<AnyNode['kind'], string> = {
  body: 'BODY_SECTION',
  paragraph: 'PARAGRAPH',
  listItem: 'LIST_ITEM',
  table: 'TABLE',
  row: 'TABLE_ROW',
  cell: 'TABLE_CELL',
  text: 'TEXT',
  toc: 'TABLE_OF_CONTENTS',
};

/** Any handle this module makes. */
export type ElementHandle = EmuElement | EmuText;

/** A handle for `node` of the right class. */
export function wrap(session: Session, node: AnyNode): ElementHandle {
  switch (node.kind) {
    case 'body':
      return new EmuBody(session, node);
    case 'paragraph':
      return new EmuParagraph(session, node);
    case 'listItem':
      return new EmuListItem(session, node);
    case 'table':
      return new EmuTable(session, node);
    case 'row':
      return new EmuTableRow(session, node);
    case 'cell':
      return new EmuTableCell(session, node);
    case 'text':
      return new EmuText(session, new TextNodeStore(node), node);
    case 'toc':
      return new EmuTableOfContents(session, node);
  }
}

/** The tree node behind an argument that should be one of our handles. */
export function nodeOf(value: unknown, argument: string): AnyNode {
  if (value instanceof EmuElement || value instanceof EmuText)
    return value.node;
  throw new Error(`Exception: Invalid argument: ${argument}`);
}

/** True when `node` hangs (through its parents) from this document's body. */
export function isInDocument(session: Session, node: AnyNode): boolean {
  let current: AnyNode | null = node;
  while (current && current.kind !== 'body') current = current.parent;
  return session.state.isBody(current);
}

/** A Text handle over the whole text of a paragraph, cell or body (what editAsText returns). */
export function textView(
  session: Session,
  node: HolderNode | BodyNode,
): EmuText {
  const store =
    node.kind === 'body' ? new BodyStore(node) : new HolderStore(node);
  return new EmuText(session, store, node);
}

function childIndexError(index: number, count: number): Error {
  return new Error(
    `Exception: Child index (${index}) must be less than the number of child elements (${count}).`,
  );
}

function checkChildIndex(index: number, count: number): void {
  if (!Number.isInteger(index) || index < 0 || index >= count) {
    throw childIndexError(index, count);
  }
}

/** Base of the element classes: the Element interface every element has. */
export abstract class EmuElement implements Pick<
  GasElement,
  | 'getParent'
  | 'getNextSibling'
  | 'getPreviousSibling'
  | 'getType'
  | 'isAtDocumentEnd'
  | 'asParagraph'
  | 'asListItem'
  | 'asTable'
  | 'asTableRow'
  | 'asTableCell'
  | 'asText'
  | 'asBody'
> {
  protected abstract readonly className: string;

  constructor(
    readonly session: Session,
    readonly node: AnyNode,
  ) {}

  protected call(method: string): void {
    this.session.call(`${this.className}.${method}`);
  }

  protected handle<T>(node: AnyNode | null): T {
    return gas<T>(node ? wrap(this.session, node) : null);
  }

  getParent(): GoogleAppsScript.Document.ContainerElement {
    this.call('getParent');
    return this.handle(this.node.parent);
  }

  getNextSibling(): GasElement {
    this.call('getNextSibling');
    return this.handle(sibling(this.node, 1));
  }

  getPreviousSibling(): GasElement {
    this.call('getPreviousSibling');
    return this.handle(sibling(this.node, -1));
  }

  getType(): GoogleAppsScript.Document.ElementType {
    this.call('getType');
    return gas(ElementType[TYPE_NAMES[this.node.kind]]);
  }

  isAtDocumentEnd(): boolean {
    this.call('isAtDocumentEnd');
    return atDocumentEnd(this.node);
  }

  asParagraph(): GasParagraph {
    return this.cast('asParagraph', 'paragraph');
  }
  asListItem(): GasListItem {
    return this.cast('asListItem', 'listItem');
  }
  asTable(): GasTable {
    return this.cast('asTable', 'table');
  }
  asTableRow(): GasTableRow {
    return this.cast('asTableRow', 'row');
  }
  asTableCell(): GasTableCell {
    return this.cast('asTableCell', 'cell');
  }
  asBody(): GasBody {
    return this.cast('asBody', 'body');
  }
  asText(): GasText {
    return this.cast('asText', 'text');
  }
  asTableOfContents(): GoogleAppsScript.Document.TableOfContents {
    return this.cast('asTableOfContents', 'toc');
  }

  /** Casting to another class throws (stricter than a silent wrong cast). */
  private cast<T>(method: string, kind: AnyNode['kind']): T {
    this.call(method);
    if (this.node.kind !== kind) {
      throw new Error(
        `Exception: Cannot cast ${TYPE_NAMES[this.node.kind]} to ${TYPE_NAMES[kind]}.`,
      );
    }
    return gas<T>(this);
  }

  /** removeFromParent's work, without counting a call. */
  protected detach(): void {
    detachNode(this.node);
  }
}

function sibling(node: AnyNode, step: number): AnyNode | null {
  if (!node.parent) return null;
  const siblings = childrenOf(node.parent);
  return siblings[siblings.indexOf(node) + step] ?? null;
}

function atDocumentEnd(node: AnyNode): boolean {
  const block = topLevelBlock(node);
  if (!block || !block.parent) return false;
  const children = block.parent.children;
  return children[children.length - 1] === block;
}

/** Takes `node` out of its parent, enforcing Docs' rules for what must stay. */
function detachNode(node: AnyNode): void {
  const parent = node.parent;
  if (!parent) return;
  const siblings = childrenOf(parent);
  if (parent.kind === 'body' && siblings[siblings.length - 1] === node) {
    throw new Error(LAST_PARAGRAPH_MESSAGE);
  }
  if (
    (parent.kind === 'table' || parent.kind === 'row') &&
    siblings.length === 1
  ) {
    throw new Error(
      'Emulator: removing the only row or cell of a table is not emulated; remove the table.',
    );
  }
  siblings.splice(siblings.indexOf(node), 1);
  node.parent = null;
}

/** Checks an inclusive [start, endInclusive] range against a text's length. */
function checkInclusiveRange(start: number, end: number, length: number): void {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new Error('Exception: Invalid argument: offsets must be integers');
  }
  if (end >= length) {
    throw new Error(
      `Exception: Index (${end}) must be less than the content length (${length}).`,
    );
  }
  if (start < 0 || start > end) {
    throw new Error(
      `Exception: Invalid argument: startOffset (${start}) must be between 0 and endOffsetInclusive (${end}).`,
    );
  }
}

function checkOffset(offset: number, length: number): void {
  if (!Number.isInteger(offset) || offset < 0 || offset >= length) {
    throw new Error(
      `Exception: Index (${offset}) must be less than the content length (${length}).`,
    );
  }
}

/** The value of an attribute over the whole text, or undefined when it varies. */
function uniform(rich: RichText, name: TextAttributeName): unknown {
  const runs: {start: number; end: number; value: unknown}[] =
    rich.attrs[name].list();
  if (runs.length === 0) return null;
  const only = runs[0];
  if (runs.length === 1 && only.start === 0 && only.end === rich.length) {
    return only.value;
  }
  return undefined;
}

/** The text attributes as getAttributes reports them, for one offset or the whole text (null when mixed). */
function textAttributes(
  rich: RichText,
  offset: number | null,
): Record<string, unknown> {
  const read = (name: TextAttributeName) => {
    const value = offset === null ? uniform(rich, name) : rich.at(name, offset);
    return value === undefined ? null : value;
  };
  const bold = read('bold');
  const italic = read('italic');
  return {
    [String(Attribute.BOLD)]: bold === null && offset !== null ? false : bold,
    [String(Attribute.ITALIC)]:
      italic === null && offset !== null ? false : italic,
    [String(Attribute.FOREGROUND_COLOR)]: read('color'),
    [String(Attribute.LINK_URL)]: read('link'),
  };
}

/** Applies the text attributes of a setAttributes object to [start, end). */
function applyTextAttributes(
  store: TextStore,
  start: number,
  end: number,
  attributes: Record<string, unknown>,
): void {
  for (const [key, value] of Object.entries(checkAttributeKeys(attributes))) {
    if (key === 'BOLD') store.setAttr('bold', start, end, value ? true : null);
    if (key === 'ITALIC')
      store.setAttr('italic', start, end, value ? true : null);
    if (key === 'LINK_URL') store.setAttr('link', start, end, linkValue(value));
    if (key === 'FOREGROUND_COLOR') {
      store.setAttr(
        'color',
        start,
        end,
        value ? normalizeColor(String(value)) : null,
      );
    }
  }
}

/**
 * Refuses keys that are no DocumentApp.Attribute. Known attributes the
 * emulator does not model (fonts, spacing, ...) are accepted and ignored:
 * DocJson has no place for them.
 */
function checkAttributeKeys(attributes: unknown): Record<string, unknown> {
  if (!attributes || typeof attributes !== 'object') {
    throw new Error('Exception: Invalid argument: attributes');
  }
  for (const key of Object.keys(attributes)) {
    if (!Attribute[key]) {
      throw new Error(`Exception: Invalid argument: attributes (${key})`);
    }
  }
  return attributes as Record<string, unknown>;
}

function linkValue(url: unknown): string | null {
  if (url === null || url === undefined || url === '') return null;
  return String(url);
}

/**
 * Text: a Text element, or the editAsText() view of a paragraph, cell or
 * the body. Offsets taken from callers are inclusive at the end.
 */
export class EmuText implements Pick<
  GasText,
  | 'getText'
  | 'setText'
  | 'insertText'
  | 'appendText'
  | 'deleteText'
  | 'setLinkUrl'
  | 'getLinkUrl'
  | 'setBold'
  | 'isBold'
  | 'setItalic'
  | 'isItalic'
  | 'setForegroundColor'
  | 'getForegroundColor'
  | 'getTextAttributeIndices'
  | 'getAttributes'
  | 'setAttributes'
  | 'getType'
  | 'getParent'
  | 'editAsText'
  | 'asText'
  | 'findText'
  | 'copy'
  | 'removeFromParent'
> {
  constructor(
    readonly session: Session,
    readonly store: TextStore,
    /** The Text node, or the paragraph, cell or body this is a view of. */
    readonly node: AnyNode,
  ) {}

  /** The serial of this handle's latest call, and the snapshot read during an earlier one. */
  private serial = 0;
  private cached: {rich: RichText; serial: number} | null = null;

  private call(method: string): void {
    this.serial = this.session.call(`Text.${method}`);
  }

  /**
   * The text with its attributes. Reading a long body one getLinkUrl at a
   * time would rebuild it per call; the snapshot is reused while no other
   * document call has run since (any change goes through a call).
   */
  private rich(): RichText {
    const cached = this.cached;
    if (
      cached &&
      (cached.serial === this.serial || cached.serial === this.serial - 1)
    ) {
      cached.serial = this.serial;
      return cached.rich;
    }
    const rich = this.store.snapshot();
    this.cached = {rich, serial: this.serial};
    return rich;
  }

  /** Runs a change through the store; the snapshot no longer holds. */
  private change(fn: (store: TextStore) => void): void {
    this.cached = null;
    fn(this.store);
  }

  private self(): GasText {
    return gas<GasText>(this);
  }

  getText(): string {
    this.call('getText');
    return this.rich().text;
  }

  setText(text: string): GasText {
    this.call('setText');
    this.change(store => store.replaceAll(String(text)));
    return this.self();
  }

  insertText(offset: number, text: string): GasText {
    this.call('insertText');
    const length = this.rich().length;
    if (!Number.isInteger(offset) || offset < 0 || offset > length) {
      throw new Error(
        `Exception: Index (${offset}) must be less than or equal to the content length (${length}).`,
      );
    }
    this.change(store => store.insert(offset, String(text)));
    return this.self();
  }

  appendText(text: string): GasText {
    this.call('appendText');
    const length = this.rich().length;
    this.change(store => store.insert(length, String(text)));
    return this.self();
  }

  deleteText(startOffset: number, endOffsetInclusive: number): GasText {
    this.call('deleteText');
    checkInclusiveRange(startOffset, endOffsetInclusive, this.rich().length);
    this.change(store => store.remove(startOffset, endOffsetInclusive + 1));
    return this.self();
  }

  setLinkUrl(
    ...args: [string | null] | [number, number, string | null]
  ): GasText {
    this.call('setLinkUrl');
    this.setRange('link', args, linkValue(args[args.length - 1]));
    return this.self();
  }

  getLinkUrl(offset?: number): string {
    this.call('getLinkUrl');
    return gas(this.read('link', offset));
  }

  setBold(...args: [boolean] | [number, number, boolean]): GasText {
    this.call('setBold');
    this.setRange('bold', args, args[args.length - 1] ? true : null);
    return this.self();
  }

  isBold(offset?: number): boolean {
    this.call('isBold');
    return gas(this.readFlag('bold', offset));
  }

  setItalic(...args: [boolean] | [number, number, boolean]): GasText {
    this.call('setItalic');
    this.setRange('italic', args, args[args.length - 1] ? true : null);
    return this.self();
  }

  isItalic(offset?: number): boolean {
    this.call('isItalic');
    return gas(this.readFlag('italic', offset));
  }

  setForegroundColor(
    ...args: [string | null] | [number, number, string | null]
  ): GasText {
    this.call('setForegroundColor');
    const color = args[args.length - 1];
    this.setRange('color', args, color ? normalizeColor(String(color)) : null);
    return this.self();
  }

  getForegroundColor(offset?: number): string {
    this.call('getForegroundColor');
    return gas(this.read('color', offset));
  }

  getTextAttributeIndices(): number[] {
    this.call('getTextAttributeIndices');
    return this.rich().attributeIndices();
  }

  getAttributes(offset?: number): Record<string, unknown> {
    this.call('getAttributes');
    const rich = this.rich();
    if (offset !== undefined && offset !== null)
      checkOffset(offset, rich.length);
    return textAttributes(rich, offset ?? null);
  }

  setAttributes(
    ...args:
      [Record<string, unknown>] | [number, number, Record<string, unknown>]
  ): GasText {
    this.call('setAttributes');
    const length = this.rich().length;
    if (args.length === 3) {
      checkInclusiveRange(args[0], args[1], length);
      const [start, end, attributes] = args;
      this.change(store =>
        applyTextAttributes(store, start, end + 1, attributes),
      );
    } else {
      const attributes = args[0];
      this.change(store => applyTextAttributes(store, 0, length, attributes));
    }
    return this.self();
  }

  getType(): GoogleAppsScript.Document.ElementType {
    this.call('getType');
    return gas(ElementType.TEXT);
  }

  getParent(): GoogleAppsScript.Document.ContainerElement {
    this.call('getParent');
    const parent = this.node.kind === 'text' ? this.node.parent : this.node;
    return gas(parent ? wrap(this.session, parent) : null);
  }

  editAsText(): GasText {
    this.call('editAsText');
    return this.self();
  }

  asText(): GasText {
    this.call('asText');
    return this.self();
  }

  findText(
    searchPattern: string,
    from?: GoogleAppsScript.Document.RangeElement | null,
  ): GoogleAppsScript.Document.RangeElement {
    this.call('findText');
    const regex = compileFindPattern(searchPattern);
    const start =
      from instanceof EmuRangeElement ? from.endOffsetInclusive + 1 : 0;
    const match = firstMatch(regex, this.rich().text, start);
    return gas(
      match && new EmuRangeElement(this.session, this, match[0], match[1] - 1),
    );
  }

  copy(): GasText {
    this.call('copy');
    const rich = this.rich().clone();
    const node: TextNode = {kind: 'text', rich, parent: null};
    return gas(new EmuText(this.session, new TextNodeStore(node), node));
  }

  removeFromParent(): GasText {
    this.call('removeFromParent');
    if (this.node.kind !== 'text') {
      throw new Error(
        'Emulator: removeFromParent on an editAsText() view is not emulated.',
      );
    }
    detachNode(this.node);
    return this.self();
  }

  private setRange(
    name: TextAttributeName,
    args: unknown[],
    value: unknown,
  ): void {
    const length = this.rich().length;
    if (args.length === 3) {
      const [start, end] = args as [number, number];
      checkInclusiveRange(start, end, length);
      this.change(store => store.setAttr(name, start, end + 1, gas(value)));
    } else if (args.length === 1) {
      this.change(store => store.setAttr(name, 0, length, gas(value)));
    } else {
      throw new Error(`Exception: Invalid argument count (${args.length})`);
    }
  }

  private read(name: TextAttributeName, offset: number | undefined): unknown {
    const rich = this.rich();
    if (offset === undefined || offset === null) {
      const value = uniform(rich, name);
      return value === undefined ? null : value;
    }
    checkOffset(offset, rich.length);
    return rich.at(name, offset);
  }

  private readFlag(
    name: 'bold' | 'italic',
    offset: number | undefined,
  ): boolean | null {
    const value = this.read(name, offset);
    if (offset === undefined || offset === null) {
      // Whole text: true, false, or null when mixed.
      const runs = this.rich().attrs[name].list();
      if (runs.length === 0) return false;
      return value === null ? null : true;
    }
    return value === true;
  }
}

/** Paragraph and ListItem share everything but their list properties. */
abstract class EmuHolderElement<TGas> extends EmuElement {
  declare readonly node: ParagraphNode | ListItemNode;

  protected self(): TGas {
    return gas<TGas>(this);
  }

  getText(): string {
    this.call('getText');
    return nodeText(this.node);
  }

  setText(text: string): TGas {
    this.call('setText');
    new HolderStore(this.node).replaceAll(String(text));
    return this.self();
  }

  /** A new Text child, styled like the character before it (Docs carries formatting over). */
  appendText(text: string | GasText): GasText {
    this.call('appendText');
    if (typeof text !== 'string') {
      const detached = nodeOf(text, 'text');
      if (detached.kind !== 'text') {
        throw new Error('Exception: Invalid argument: text');
      }
      if (detached.parent !== null) throw new Error(DETACHED_MESSAGE);
      detached.parent = this.node;
      this.node.texts.push(detached);
      return gas(text);
    }
    const rich = new RichText(text);
    const before = holderRich(this.node);
    if (before.length > 0 && rich.length > 0) {
      for (const name of ['link', 'bold', 'italic', 'color'] as const) {
        rich.setAttr(
          name,
          0,
          rich.length,
          gas(before.at(name, before.length - 1)),
        );
      }
    }
    const node: TextNode = {kind: 'text', rich, parent: this.node};
    this.node.texts.push(node);
    return gas(new EmuText(this.session, new TextNodeStore(node), node));
  }

  getHeading(): GoogleAppsScript.Document.ParagraphHeading {
    this.call('getHeading');
    return gas(ParagraphHeading[this.node.heading]);
  }

  setHeading(heading: GoogleAppsScript.Document.ParagraphHeading): TGas {
    this.call('setHeading');
    this.node.heading = gas(enumName(heading, ParagraphHeading, 'heading'));
    return this.self();
  }

  editAsText(): GasText {
    this.call('editAsText');
    return gas(textView(this.session, this.node));
  }

  getLinkUrl(): string {
    this.call('getLinkUrl');
    const value = uniform(holderRich(this.node), 'link');
    return gas(value === undefined ? null : value);
  }

  setLinkUrl(url: string | null): TGas {
    this.call('setLinkUrl');
    const store = new HolderStore(this.node);
    store.setAttr('link', 0, store.snapshot().length, linkValue(url));
    return this.self();
  }

  getNumChildren(): number {
    this.call('getNumChildren');
    return this.node.texts.length;
  }

  getChild(childIndex: number): GasElement {
    this.call('getChild');
    checkChildIndex(childIndex, this.node.texts.length);
    return this.handle(this.node.texts[childIndex]);
  }

  getAttributes(): Record<string, unknown> {
    this.call('getAttributes');
    return {
      ...textAttributes(holderRich(this.node), null),
      [String(Attribute.HEADING)]: ParagraphHeading[this.node.heading],
      ...this.listAttributes(),
    };
  }

  setAttributes(attributes: Record<string, unknown>): TGas {
    this.call('setAttributes');
    const checked = checkAttributeKeys(attributes);
    const store = new HolderStore(this.node);
    applyTextAttributes(store, 0, store.snapshot().length, checked);
    if (checked.HEADING !== undefined && checked.HEADING !== null) {
      this.node.heading = gas(
        enumName(checked.HEADING, ParagraphHeading, 'HEADING'),
      );
    }
    this.applyListAttributes(checked);
    return this.self();
  }

  copy(): TGas {
    this.call('copy');
    return gas(wrap(this.session, cloneNode(this.node)));
  }

  removeFromParent(): TGas {
    this.call('removeFromParent');
    this.detach();
    return this.self();
  }

  protected listAttributes(): Record<string, unknown> {
    return {};
  }

  /** Plain paragraphs have no list properties: list attributes are ignored, as Docs does. */
  protected applyListAttributes(attributes: Record<string, unknown>): void {
    void attributes;
  }
}

export class EmuParagraph
  extends EmuHolderElement<GasParagraph>
  implements
    Pick<
      GasParagraph,
      | 'getText'
      | 'setText'
      | 'appendText'
      | 'getHeading'
      | 'setHeading'
      | 'editAsText'
      | 'getLinkUrl'
      | 'setLinkUrl'
      | 'getAttributes'
      | 'setAttributes'
      | 'copy'
      | 'removeFromParent'
      | 'getParent'
      | 'getNextSibling'
      | 'getPreviousSibling'
      | 'getType'
      | 'isAtDocumentEnd'
      | 'getNumChildren'
      | 'getChild'
    >
{
  protected readonly className = 'Paragraph';
  declare readonly node: ParagraphNode;
}

export class EmuListItem
  extends EmuHolderElement<GasListItem>
  implements
    Pick<
      GasListItem,
      | 'getText'
      | 'setText'
      | 'appendText'
      | 'getHeading'
      | 'setHeading'
      | 'editAsText'
      | 'getLinkUrl'
      | 'setLinkUrl'
      | 'getAttributes'
      | 'setAttributes'
      | 'copy'
      | 'removeFromParent'
      | 'getParent'
      | 'getNextSibling'
      | 'getPreviousSibling'
      | 'getType'
      | 'isAtDocumentEnd'
      | 'getNestingLevel'
      | 'setNestingLevel'
      | 'getGlyphType'
      | 'setGlyphType'
      | 'getListId'
      | 'setListId'
      | 'getNumChildren'
      | 'getChild'
    >
{
  protected readonly className = 'ListItem';
  declare readonly node: ListItemNode;

  getNestingLevel(): number {
    this.call('getNestingLevel');
    return this.node.nesting;
  }

  setNestingLevel(nestingLevel: number): GasListItem {
    this.call('setNestingLevel');
    this.node.nesting = checkNesting(nestingLevel);
    return this.self();
  }

  getGlyphType(): GoogleAppsScript.Document.GlyphType {
    this.call('getGlyphType');
    return gas(GlyphType[this.node.glyph]);
  }

  setGlyphType(glyphType: GoogleAppsScript.Document.GlyphType): GasListItem {
    this.call('setGlyphType');
    this.node.glyph = enumName(glyphType, GlyphType, 'glyphType');
    return this.self();
  }

  getListId(): string {
    this.call('getListId');
    return this.node.listId;
  }

  /** Joins the list of `listItem` (which must be a list item). */
  setListId(listItem: GasListItem): GasListItem {
    this.call('setListId');
    const other = nodeOf(listItem, 'listItem');
    if (other.kind !== 'listItem') {
      throw new Error('Exception: Invalid argument: listItem');
    }
    this.node.listId = other.listId;
    return this.self();
  }

  protected listAttributes(): Record<string, unknown> {
    return {
      [String(Attribute.NESTING_LEVEL)]: this.node.nesting,
      [String(Attribute.GLYPH_TYPE)]: GlyphType[this.node.glyph],
      [String(Attribute.LIST_ID)]: this.node.listId,
    };
  }

  protected applyListAttributes(attributes: Record<string, unknown>): void {
    if (
      attributes.NESTING_LEVEL !== undefined &&
      attributes.NESTING_LEVEL !== null
    ) {
      this.node.nesting = checkNesting(Number(attributes.NESTING_LEVEL));
    }
    if (attributes.GLYPH_TYPE !== undefined && attributes.GLYPH_TYPE !== null) {
      this.node.glyph = enumName(
        attributes.GLYPH_TYPE,
        GlyphType,
        'GLYPH_TYPE',
      );
    }
  }
}

function checkNesting(level: number): number {
  if (!Number.isInteger(level) || level < 0 || level > MAX_NESTING) {
    throw new Error(
      `Exception: Invalid argument: nestingLevel (${level}) must be 0..${MAX_NESTING}`,
    );
  }
  return level;
}

export class EmuTable
  extends EmuElement
  implements
    Pick<
      GasTable,
      | 'getNumRows'
      | 'getRow'
      | 'getCell'
      | 'getText'
      | 'copy'
      | 'removeFromParent'
      | 'getNumChildren'
      | 'getChild'
    >
{
  protected readonly className = 'Table';
  declare readonly node: TableNode;

  getNumRows(): number {
    this.call('getNumRows');
    return this.node.rows.length;
  }
  getNumChildren(): number {
    this.call('getNumChildren');
    return this.node.rows.length;
  }
  getRow(rowIndex: number): GasTableRow {
    this.call('getRow');
    checkChildIndex(rowIndex, this.node.rows.length);
    return this.handle(this.node.rows[rowIndex]);
  }
  getChild(childIndex: number): GasElement {
    this.call('getChild');
    checkChildIndex(childIndex, this.node.rows.length);
    return this.handle(this.node.rows[childIndex]);
  }
  getCell(rowIndex: number, cellIndex: number): GasTableCell {
    this.call('getCell');
    checkChildIndex(rowIndex, this.node.rows.length);
    const row = this.node.rows[rowIndex];
    checkChildIndex(cellIndex, row.cells.length);
    return this.handle(row.cells[cellIndex]);
  }
  getText(): string {
    this.call('getText');
    return nodeText(this.node);
  }
  copy(): GasTable {
    this.call('copy');
    return this.handle(cloneNode(this.node));
  }
  removeFromParent(): GasTable {
    this.call('removeFromParent');
    this.detach();
    return gas(this);
  }
}

export class EmuTableRow
  extends EmuElement
  implements
    Pick<
      GasTableRow,
      | 'getNumCells'
      | 'getCell'
      | 'getText'
      | 'copy'
      | 'removeFromParent'
      | 'getParentTable'
    >
{
  protected readonly className = 'TableRow';
  declare readonly node: RowNode;

  getNumCells(): number {
    this.call('getNumCells');
    return this.node.cells.length;
  }
  getCell(cellIndex: number): GasTableCell {
    this.call('getCell');
    checkChildIndex(cellIndex, this.node.cells.length);
    return this.handle(this.node.cells[cellIndex]);
  }
  getText(): string {
    this.call('getText');
    return nodeText(this.node);
  }
  getParentTable(): GasTable {
    this.call('getParentTable');
    return this.handle(this.node.parent);
  }
  copy(): GasTableRow {
    this.call('copy');
    return this.handle(cloneNode(this.node));
  }
  removeFromParent(): GasTableRow {
    this.call('removeFromParent');
    this.detach();
    return gas(this);
  }
}

/** Body.getChild(i) for a table of contents: its entries' text, one line each. */
export class EmuTableOfContents extends EmuElement {
  protected readonly className = 'TableOfContents';
  declare readonly node: TocNode;

  getText(): string {
    this.call('getText');
    return nodeText(this.node);
  }

  getNumChildren(): number {
    this.call('getNumChildren');
    return this.node.entries.length;
  }

  copy(): EmuTableOfContents {
    this.call('copy');
    return new EmuTableOfContents(this.session, cloneNode(this.node));
  }
}

export class EmuTableCell
  extends EmuElement
  implements
    Pick<
      GasTableCell,
      | 'getText'
      | 'setText'
      | 'editAsText'
      | 'copy'
      | 'removeFromParent'
      | 'getParentRow'
      | 'getParentTable'
    >
{
  protected readonly className = 'TableCell';
  declare readonly node: CellNode;

  getText(): string {
    this.call('getText');
    return nodeText(this.node);
  }
  setText(text: string): GasTableCell {
    this.call('setText');
    new HolderStore(this.node).replaceAll(String(text));
    return gas(this);
  }
  editAsText(): GasText {
    this.call('editAsText');
    return gas(textView(this.session, this.node));
  }
  getParentRow(): GasTableRow {
    this.call('getParentRow');
    return this.handle(this.node.parent);
  }
  getParentTable(): GasTable {
    this.call('getParentTable');
    return this.handle(this.node.parent?.parent ?? null);
  }
  copy(): GasTableCell {
    this.call('copy');
    return this.handle(cloneNode(this.node));
  }
  removeFromParent(): GasTableCell {
    this.call('removeFromParent');
    this.detach();
    return gas(this);
  }
}

export class EmuBody
  extends EmuElement
  implements
    Pick<
      GasBody,
      | 'getNumChildren'
      | 'getChild'
      | 'getChildIndex'
      | 'getParagraphs'
      | 'getListItems'
      | 'getTables'
      | 'insertParagraph'
      | 'insertListItem'
      | 'insertTable'
      | 'appendParagraph'
      | 'appendListItem'
      | 'appendTable'
      | 'removeChild'
      | 'getText'
      | 'editAsText'
      | 'findText'
    >
{
  protected readonly className = 'Body';
  declare readonly node: BodyNode;

  getNumChildren(): number {
    this.call('getNumChildren');
    return this.node.children.length;
  }

  getChild(childIndex: number): GasElement {
    this.call('getChild');
    checkChildIndex(childIndex, this.node.children.length);
    return this.handle(this.node.children[childIndex]);
  }

  getChildIndex(child: GasElement): number {
    this.call('getChildIndex');
    const index = this.node.children.indexOf(
      nodeOf(child, 'child') as BlockNode,
    );
    if (index < 0) {
      throw new Error(
        'Exception: Element does not contain the specified child element.',
      );
    }
    return index;
  }

  /** Paragraphs and list items (Docs counts list items as paragraphs). */
  getParagraphs(): GasParagraph[] {
    this.call('getParagraphs');
    return this.node.children
      .filter(child => child.kind === 'paragraph' || child.kind === 'listItem')
      .map(child => this.handle<GasParagraph>(child));
  }

  getListItems(): GasListItem[] {
    this.call('getListItems');
    return this.node.children
      .filter(child => child.kind === 'listItem')
      .map(child => this.handle<GasListItem>(child));
  }

  getTables(): GasTable[] {
    this.call('getTables');
    return this.node.children
      .filter(child => child.kind === 'table')
      .map(child => this.handle<GasTable>(child));
  }

  insertParagraph(
    childIndex: number,
    paragraph: GasParagraph | string,
  ): GasParagraph {
    this.call('insertParagraph');
    return this.insertBlock(
      childIndex,
      this.paragraphFrom(paragraph, childIndex),
    );
  }

  appendParagraph(paragraph: GasParagraph | string): GasParagraph {
    this.call('appendParagraph');
    const index = this.node.children.length;
    return this.insertBlock(index, this.paragraphFrom(paragraph, index));
  }

  insertListItem(
    childIndex: number,
    listItem: GasListItem | string,
  ): GasListItem {
    this.call('insertListItem');
    return this.insertBlock(
      childIndex,
      this.listItemFrom(listItem, childIndex),
    );
  }

  appendListItem(listItem: GasListItem | string): GasListItem {
    this.call('appendListItem');
    const index = this.node.children.length;
    return this.insertBlock(index, this.listItemFrom(listItem, index));
  }

  insertTable(
    childIndex: number,
    cellsOrTable?: string[][] | GasTable | null,
  ): GasTable {
    this.call('insertTable');
    return this.insertBlock(childIndex, this.tableFrom(cellsOrTable));
  }

  appendTable(cellsOrTable?: string[][] | GasTable | null): GasTable {
    this.call('appendTable');
    return this.insertBlock(
      this.node.children.length,
      this.tableFrom(cellsOrTable),
    );
  }

  removeChild(child: GasElement): GasBody {
    this.call('removeChild');
    const node = nodeOf(child, 'child');
    if (node.parent !== this.node) {
      throw new Error(
        'Exception: Element does not contain the specified child element.',
      );
    }
    detachNode(node);
    return gas(this);
  }

  getText(): string {
    this.call('getText');
    return nodeText(this.node);
  }

  editAsText(): GasText {
    this.call('editAsText');
    return gas(textView(this.session, this.node));
  }

  /**
   * Searches paragraphs, list items and table cells in order, each on its
   * own (a match never spans two). The result's element is the editAsText()
   * view of the paragraph or cell, so offsets count from its start.
   */
  findText(
    searchPattern: string,
    from?: GoogleAppsScript.Document.RangeElement | null,
  ): GoogleAppsScript.Document.RangeElement {
    this.call('findText');
    const regex = compileFindPattern(searchPattern);
    const holders = this.holdersInOrder();
    let first = 0;
    let offset = 0;
    if (from) {
      if (!(from instanceof EmuRangeElement)) {
        throw new Error('Exception: Invalid argument: from');
      }
      first = holders.indexOf(from.element.node as HolderNode);
      if (first < 0) throw new Error('Exception: Invalid argument: from');
      offset = from.endOffsetInclusive + 1;
    }
    for (let i = first; i < holders.length; i++) {
      const holder = holders[i];
      const match = firstMatch(
        regex,
        nodeText(holder),
        i === first ? offset : 0,
      );
      if (match) {
        const view = textView(this.session, holder);
        return gas(
          new EmuRangeElement(this.session, view, match[0], match[1] - 1),
        );
      }
    }
    return gas(null);
  }

  private holdersInOrder(): HolderNode[] {
    const holders: HolderNode[] = [];
    for (const child of this.node.children) {
      if (isHolder(child)) holders.push(child);
      else if (child.kind === 'table') {
        for (const row of child.rows) holders.push(...row.cells);
      }
    }
    return holders;
  }

  private insertBlock<T>(childIndex: number, node: BlockNode): T {
    const children = this.node.children;
    if (
      !Number.isInteger(childIndex) ||
      childIndex < 0 ||
      childIndex > children.length
    ) {
      throw new Error(
        `Exception: Child index (${childIndex}) must be less than or equal to the number of child elements (${children.length}).`,
      );
    }
    node.parent = this.node;
    children.splice(childIndex, 0, node);
    ensureTrailingParagraph(this.node);
    return this.handle<T>(node);
  }

  /** A paragraph from a string takes its neighbours' style (inherit-style.ts); a copy keeps its own. */
  private paragraphFrom(
    paragraph: GasParagraph | string,
    index: number,
  ): ParagraphNode {
    if (typeof paragraph !== 'string') {
      return detachedArgument(paragraph, 'paragraph') as ParagraphNode;
    }
    const node = newParagraph(paragraph);
    inheritNeighbourStyle(node, this.node.children, index);
    return node;
  }

  /** A new item joins the list of an adjacent list item, as typing in Docs would. */
  private listItemFrom(
    listItem: GasListItem | string,
    index: number,
  ): ListItemNode {
    if (typeof listItem !== 'string') {
      return detachedArgument(listItem, 'listItem') as ListItemNode;
    }
    const children = this.node.children;
    const neighbour = [children[index - 1], children[index]].find(
      (child): child is ListItemNode => child?.kind === 'listItem',
    );
    const node = newListItem(
      listItem,
      neighbour ? neighbour.listId : this.session.state.listIds.fresh(),
    );
    inheritNeighbourStyle(node, children, index);
    return node;
  }

  private tableFrom(
    cellsOrTable: string[][] | GasTable | null | undefined,
  ): TableNode {
    if (cellsOrTable === undefined || cellsOrTable === null)
      return newTable([['']]);
    if (Array.isArray(cellsOrTable)) return newTable(cellsOrTable);
    return detachedArgument(cellsOrTable, 'table') as TableNode;
  }
}

/** The node of an element being inserted: of the right kind and not attached anywhere. */
function detachedArgument(
  value: unknown,
  kind: 'paragraph' | 'listItem' | 'table',
): AnyNode {
  const node = nodeOf(value, kind);
  if (node.kind !== kind)
    throw new Error(`Exception: Invalid argument: ${kind}`);
  if (node.parent !== null) throw new Error(DETACHED_MESSAGE);
  return node;
}
