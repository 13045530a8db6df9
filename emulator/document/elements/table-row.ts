// TableRow: a row of a table and its cells.
import {type RowNode, cloneNode, nodeText} from '../nodes';
import {EmuElement} from './element';
import {checkChildIndex} from './tree-edit';
import {type GasTable, type GasTableCell, type GasTableRow, gas} from './types';

/** DocumentApp's TableRow. */
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
