// Table: its rows and cells.
import type {TableNode} from '../nodes';
import {EmuRemovableElement} from './element';
import {checkChildIndex} from './tree-edit';
import {
  type GasElement,
  type GasTable,
  type GasTableCell,
  type GasTableRow,
} from './types';

/** DocumentApp's Table. */
export class EmuTable
  extends EmuRemovableElement<GasTable>
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
}
