// DocumentApp's element classes, one a file (as gas-fakes has them): registers each with the registry and exports them.
import {TextNodeStore} from '../text-store';
import {EmuBody} from './body';
import {EmuListItem} from './list-item';
import {EmuParagraph} from './paragraph';
import {registerElement} from './registry';
import {EmuTable} from './table';
import {EmuTableCell} from './table-cell';
import {EmuTableOfContents} from './table-of-contents';
import {EmuTableRow} from './table-row';
import {EmuText} from './text';

registerElement('body', (session, node) => new EmuBody(session, node));
registerElement(
  'paragraph',
  (session, node) => new EmuParagraph(session, node),
);
registerElement('listItem', (session, node) => new EmuListItem(session, node));
registerElement('table', (session, node) => new EmuTable(session, node));
registerElement('row', (session, node) => new EmuTableRow(session, node));
registerElement('cell', (session, node) => new EmuTableCell(session, node));
registerElement(
  'toc',
  (session, node) => new EmuTableOfContents(session, node),
);
registerElement('text', (session, node) => {
  if (node.kind !== 'text') throw new Error('Emulator: not a text node');
  return new EmuText(session, new TextNodeStore(node), node);
});

export {nodeOf} from './arguments';
export {EmuElement} from './element';
export {wrap} from './registry';
export {EmuText, textView} from './text';
export {isInDocument} from './tree-edit';
export {
  DETACHED_MESSAGE,
  type ElementHandle,
  LAST_PARAGRAPH_MESSAGE,
} from './types';
export {
  EmuBody,
  EmuListItem,
  EmuParagraph,
  EmuTable,
  EmuTableCell,
  EmuTableOfContents,
  EmuTableRow,
};
