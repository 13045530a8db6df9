// ListItem: a paragraph in a list, with its nesting, glyph and list id.
import {Attribute, GlyphType, enumName} from '../enums';
import {type ListItemNode, MAX_NESTING} from '../nodes';
import {nodeOf} from './arguments';
import {EmuHolderElement, type HolderMethods} from './holder';
import {type GasListItem, gas} from './types';

/** DocumentApp's ListItem. */
export class EmuListItem
  extends EmuHolderElement<GasListItem>
  implements
    Pick<
      GasListItem,
      | HolderMethods
      | 'getNestingLevel'
      | 'setNestingLevel'
      | 'getGlyphType'
      | 'setGlyphType'
      | 'getListId'
      | 'setListId'
    >
{
  protected readonly className = 'ListItem';
  declare readonly node: ListItemNode;

  getNestingLevel(): number {
    this.call('getNestingLevel');
    return this.node.nesting;
  }

  setNestingLevel(nestingLevel: number): GasListItem {
    this.call('setNestingLevel');
    this.node.nesting = checkNesting(nestingLevel);
    return this.self();
  }

  getGlyphType(): GoogleAppsScript.Document.GlyphType {
    this.call('getGlyphType');
    return gas(GlyphType[this.node.glyph]);
  }

  setGlyphType(glyphType: GoogleAppsScript.Document.GlyphType): GasListItem {
    this.call('setGlyphType');
    this.node.glyph = enumName(glyphType, GlyphType, 'glyphType');
    return this.self();
  }

  getListId(): string {
    this.call('getListId');
    return this.node.listId;
  }

  /** Joins the list of `listItem` (which must be a list item). */
  setListId(listItem: GasListItem): GasListItem {
    this.call('setListId');
    const other = nodeOf(listItem, 'listItem');
    if (other.kind !== 'listItem') {
      throw new Error('Exception: Invalid argument: listItem');
    }
    this.node.listId = other.listId;
    return this.self();
  }

  protected listAttributes(): Record<string, unknown> {
    return {
      [String(Attribute.NESTING_LEVEL)]: this.node.nesting,
      [String(Attribute.GLYPH_TYPE)]: GlyphType[this.node.glyph],
      [String(Attribute.LIST_ID)]: this.node.listId,
    };
  }

  protected applyListAttributes(attributes: Record<string, unknown>): void {
    if (
      attributes.NESTING_LEVEL !== undefined &&
      attributes.NESTING_LEVEL !== null
    ) {
      this.node.nesting = checkNesting(Number(attributes.NESTING_LEVEL));
    }
    if (attributes.GLYPH_TYPE !== undefined && attributes.GLYPH_TYPE !== null) {
      this.node.glyph = enumName(
        attributes.GLYPH_TYPE,
        GlyphType,
        'GLYPH_TYPE',
      );
    }
  }
}

function checkNesting(level: number): number {
  if (!Number.isInteger(level) || level < 0 || level > MAX_NESTING) {
    throw new Error(
      `Exception: Invalid argument: nestingLevel (${level}) must be 0..${MAX_NESTING}`,
    );
  }
  return level;
}
