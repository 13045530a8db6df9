// Body: the document's (or a tab's) section: its blocks, inserting and removing them, and findText.
import {findAcross} from '../find-text';
import {inheritNeighbourStyle} from '../inherit-style';
import {
  type BlockNode,
  type BodyNode,
  type HolderNode,
  type ListItemNode,
  type ParagraphNode,
  type TableNode,
  ensureTrailingParagraph,
  isHolder,
  newListItem,
  newParagraph,
  newTable,
  nodeText,
} from '../nodes';
import {EmuRangeElement} from '../ranges';
import {detachedArgument, nodeOf} from './arguments';
import {EmuElement} from './element';
import {textView} from './text';
import {checkChildIndex, detachNode} from './tree-edit';
import {
  type GasBody,
  type GasElement,
  type GasListItem,
  type GasParagraph,
  type GasTable,
  type GasText,
  gas,
} from './types';

/** DocumentApp's Body (a document's or a tab's). */
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
    const holders = this.holdersInOrder();
    const hit = findAcross(searchPattern, holders.map(nodeText), () => {
      if (!from) return {index: 0, offset: 0};
      if (!(from instanceof EmuRangeElement)) {
        throw new Error('Exception: Invalid argument: from');
      }
      const index = holders.indexOf(from.element.node as HolderNode);
      if (index < 0) throw new Error('Exception: Invalid argument: from');
      return {index, offset: from.endOffsetInclusive + 1};
    });
    if (!hit) return gas(null);
    const view = textView(this.session, holders[hit.index]);
    const [start, end] = hit.match;
    return gas(new EmuRangeElement(this.session, view, start, end - 1));
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
