// Element: the base every element class extends (parent, siblings, type, the as... casts).
import {ElementType} from '../enums';
import {type AnyNode, cloneNode, nodeText} from '../nodes';
import type {Session} from '../session';
import {wrap} from './registry';
import {atDocumentEnd, detachNode, sibling} from './tree-edit';
import {
  type GasBody,
  type GasElement,
  type GasListItem,
  type GasParagraph,
  type GasTable,
  type GasTableCell,
  type GasTableRow,
  type GasText,
  TYPE_NAMES,
  gas,
} from './types';

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

/**
 * What Paragraph, ListItem, Table, TableRow and TableCell share beyond
 * Element: their text, a detached copy, removal from the parent. TGas is
 * the Apps Script class, which copy and removeFromParent return.
 */
export abstract class EmuRemovableElement<TGas> extends EmuElement {
  protected self(): TGas {
    return gas<TGas>(this);
  }

  getText(): string {
    this.call('getText');
    return nodeText(this.node);
  }

  copy(): TGas {
    this.call('copy');
    return this.handle(cloneNode(this.node));
  }

  removeFromParent(): TGas {
    this.call('removeFromParent');
    this.detach();
    return this.self();
  }
}
