// What Paragraph and ListItem share: text, heading, link, attributes and their Text children.
import {Attribute, ParagraphHeading, enumName} from '../enums';
import {
  type ListItemNode,
  type ParagraphNode,
  type TextNode,
  holderRich,
} from '../nodes';
import {RichText} from '../rich-text';
import {HolderStore, TextNodeStore} from '../text-store';
import {nodeOf} from './arguments';
import {EmuRemovableElement} from './element';
import {EmuText, textView} from './text';
import {
  applyTextAttributes,
  checkAttributeKeys,
  linkValue,
  textAttributes,
  uniform,
} from './text-attributes';
import {checkChildIndex} from './tree-edit';
import {DETACHED_MESSAGE, type GasElement, type GasText, gas} from './types';

/** The DocumentApp methods EmuHolderElement implements for Paragraph and ListItem alike. */
export type HolderMethods =
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
  | 'getChild';

/** Paragraph and ListItem share everything but their list properties. */
export abstract class EmuHolderElement<TGas> extends EmuRemovableElement<TGas> {
  declare readonly node: ParagraphNode | ListItemNode;

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

  protected listAttributes(): Record<string, unknown> {
    return {};
  }

  /** Plain paragraphs have no list properties: list attributes are ignored, as Docs does. */
  protected applyListAttributes(attributes: Record<string, unknown>): void {
    void attributes;
  }
}
