// Writing one block into a Body: a new block with every attribute set, a copy of an element, a block's key for checks.
import type {Block, BlockSummary} from '../core/doc-model';

type Body = GoogleAppsScript.Document.Body;
type Element = GoogleAppsScript.Document.Element;
type Holder =
  GoogleAppsScript.Document.Paragraph | GoogleAppsScript.Document.ListItem;

/**
 * Writes one block at `index`: its kind, then every attribute (styleBlock).
 */
export function insertBlock(body: Body, index: number, block: Block): void {
  if (block.type === 'table') {
    body.insertTable(index, block.rows);
    return;
  }
  const holder =
    block.type === 'listItem'
      ? body.insertListItem(index, block.text)
      : body.insertParagraph(index, block.text);
  styleBlock(holder, block);
}

/**
 * Sets every attribute of a written paragraph or list item: nesting, glyph,
 * heading, then its text style from plain up. A new block takes its
 * neighbours' heading and text style (an entry after a bold, linked
 * paragraph would come out bold and linked), so defaults are set too. Setting
 * them again changes nothing, so a write cut short can be finished by
 * styling its blocks again.
 */
export function styleBlock(holder: Holder, block: Block): void {
  if (block.type === 'table') return;
  if (block.type === 'listItem') {
    const item = holder as GoogleAppsScript.Document.ListItem;
    item.setNestingLevel(block.nesting ?? 0);
    const glyphs = DocumentApp.GlyphType as unknown as Record<
      string,
      GoogleAppsScript.Document.GlyphType
    >;
    const glyph = glyphs[block.glyph ?? 'BULLET'];
    if (glyph) item.setGlyphType(glyph);
  }
  holder.setHeading(DocumentApp.ParagraphHeading[block.heading ?? 'NORMAL']);
  if (!block.text.length) return;
  // DocumentApp's end offsets are inclusive; DocJson's are exclusive.
  const text = holder.editAsText();
  text.setAttributes(0, block.text.length - 1, plainText());
  for (const link of block.links ?? [])
    text.setLinkUrl(link.start, link.end - 1, link.url);
  for (const span of block.bold ?? [])
    text.setBold(span.start, span.end - 1, true);
  for (const span of block.italic ?? [])
    text.setItalic(span.start, span.end - 1, true);
  for (const span of block.colors ?? [])
    text.setForegroundColor(span.start, span.end - 1, span.color);
}

/**
 * Text attributes that undo whatever a new block took from its neighbours:
 * no bold, italic, underline, strikethrough, link or colours. Underline is
 * cleared before links are set, so a link looks as Docs draws a new link.
 * Attribute values are documented as the keys of attribute objects.
 */
function plainText(): Record<string, unknown> {
  const a = DocumentApp.Attribute;
  return {
    [String(a.BOLD)]: false,
    [String(a.ITALIC)]: false,
    [String(a.UNDERLINE)]: false,
    [String(a.STRIKETHROUGH)]: false,
    [String(a.LINK_URL)]: null,
    [String(a.FOREGROUND_COLOR)]: null,
    [String(a.BACKGROUND_COLOR)]: null,
  };
}

/** Inserts a detached copy of `element` at `index`, by its kind. */
export function insertCopy(body: Body, index: number, element: Element): void {
  const type = element.getType();
  if (type === DocumentApp.ElementType.PARAGRAPH)
    body.insertParagraph(index, element.asParagraph().copy());
  else if (type === DocumentApp.ElementType.LIST_ITEM)
    body.insertListItem(index, element.asListItem().copy());
  else if (type === DocumentApp.ElementType.TABLE)
    body.insertTable(index, element.asTable().copy());
  else throw new Error(`Paper Haul cannot move a ${String(type)} element.`);
}

/**
 * A short fingerprint of a block's kind and text (FNV-1a, base 36): enough
 * to tell which of the few states an interrupted write can be in, small
 * enough that hundreds fit in one property value.
 */
export function blockKey(kind: BlockSummary['kind'], text: string): string {
  const input = `${kind[0]}${text}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < input.length; i++) {
    hash ^= input.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** The key of the body child at `index`, read with getChild, getType and its text. */
export function readBlockKey(body: Body, index: number): string {
  const child = body.getChild(index);
  const type = child.getType();
  if (type === DocumentApp.ElementType.PARAGRAPH)
    return blockKey('paragraph', child.asParagraph().getText());
  if (type === DocumentApp.ElementType.LIST_ITEM)
    return blockKey('listItem', child.asListItem().getText());
  if (type === DocumentApp.ElementType.TABLE)
    return blockKey('table', child.asTable().getText());
  return blockKey('other', '');
}

/** The paragraph or list item at `index` as the block says it is, or null for a table. */
export function holderAt(
  body: Body,
  index: number,
  block: Block,
): Holder | null {
  if (block.type === 'table') return null;
  const child = body.getChild(index);
  return block.type === 'listItem' ? child.asListItem() : child.asParagraph();
}
