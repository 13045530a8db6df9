// TableCell: a cell's text, and the row and table it stands in.
import type {CellNode} from '../nodes';
import {HolderStore} from '../text-store';
import {EmuRemovableElement} from './element';
import {textView} from './text';
import {
  type GasTable,
  type GasTableCell,
  type GasTableRow,
  type GasText,
  gas,
} from './types';

/** DocumentApp's TableCell. */
export class EmuTableCell
  extends EmuRemovableElement<GasTableCell>
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
}
