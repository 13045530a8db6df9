// TableRow: a row of a table and its cells.
import type {RowNode} from '../nodes';
import {EmuRemovableElement} from './element';
import {checkChildIndex} from './tree-edit';
import type {GasTable, GasTableCell, GasTableRow} from './types';

/** DocumentApp's TableRow. */
export class EmuTableRow
  extends EmuRemovableElement<GasTableRow>
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
  getParentTable(): GasTable {
    this.call('getParentTable');
    return this.handle(this.node.parent);
  }
}
