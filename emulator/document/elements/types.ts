// The leaf of the element classes: Apps Script's type names, the messages, and what any handle is (no classes, so nothing imports back).
import type {AnyNode} from '../nodes';
import type {Session} from '../session';

export type GasElement = GoogleAppsScript.Document.Element;
export type GasParagraph = GoogleAppsScript.Document.Paragraph;
export type GasListItem = GoogleAppsScript.Document.ListItem;
export type GasTable = GoogleAppsScript.Document.Table;
export type GasTableRow = GoogleAppsScript.Document.TableRow;
export type GasTableCell = GoogleAppsScript.Document.TableCell;
export type GasText = GoogleAppsScript.Document.Text;
export type GasBody = GoogleAppsScript.Document.Body;

export const LAST_PARAGRAPH_MESSAGE =
  "Exception: Can't remove the last paragraph in a document section.";
export const DETACHED_MESSAGE = 'Exception: Element must be detached.';

/** Our handles are typed as Apps Script's classes at the boundary. */
export function gas<T>(value: unknown): T {
  return value as T;
}

/** ElementType names by node kind (getType, and the cast errors). */
export const TYPE_NAMES: Record<AnyNode['kind'], string> = {
  body: 'BODY_SECTION',
  paragraph: 'PARAGRAPH',
  listItem: 'LIST_ITEM',
  table: 'TABLE',
  row: 'TABLE_ROW',
  cell: 'TABLE_CELL',
  text: 'TEXT',
  toc: 'TABLE_OF_CONTENTS',
};

/** Any handle the element classes make: an element, or a Text (element or editAsText() view). */
export interface ElementHandle {
  readonly session: Session;
  readonly node: AnyNode;
}

/** Makes the handle of the right class for a node (the registry's entries). */
export type HandleMaker = (session: Session, node: AnyNode) => ElementHandle;
