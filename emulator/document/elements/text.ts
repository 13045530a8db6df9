// Text: a Text element, or the editAsText() view of a paragraph, cell or the body.
import {ElementType} from '../enums';
import {findAcross} from '../find-text';
import {
  type AnyNode,
  type BodyNode,
  type HolderNode,
  type TextNode,
  normalizeColor,
} from '../nodes';
import {EmuRangeElement} from '../ranges';
import type {RichText, TextAttributeName} from '../rich-text';
import type {Session} from '../session';
import {
  BodyStore,
  HolderStore,
  TextNodeStore,
  type TextStore,
} from '../text-store';
import {wrap} from './registry';
import {
  applyTextAttributes,
  checkInclusiveRange,
  checkOffset,
  linkValue,
  textAttributes,
  uniform,
} from './text-attributes';
import {detachNode} from './tree-edit';
import {type GasText, gas} from './types';

/** A Text handle over the whole text of a paragraph, cell or body (what editAsText returns). */
export function textView(
  session: Session,
  node: HolderNode | BodyNode,
): EmuText {
  const store =
    node.kind === 'body' ? new BodyStore(node) : new HolderStore(node);
  return new EmuText(session, store, node);
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
    const hit = findAcross(searchPattern, [this.rich().text], () => ({
      index: 0,
      offset: from instanceof EmuRangeElement ? from.endOffsetInclusive + 1 : 0,
    }));
    if (!hit) return gas(null);
    const [start, end] = hit.match;
    return gas(new EmuRangeElement(this.session, this, start, end - 1));
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
