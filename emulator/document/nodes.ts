// The emulated document tree (body, paragraphs, list items, tables, text runs) and its DocJson conversion.
import {
  type Block,
  type ColorSpan,
  type DocJson,
  HEADING_NAMES,
  type HeadingName,
  type LinkRange,
  type Span,
} from '../../src/core/doc-model';
import {RichText} from './rich-text';

/** ParagraphHeading's names, in its order: DocJson's own list, so the two cannot drift. */
export const HEADINGS: readonly HeadingName[] = HEADING_NAMES;
export const GLYPHS: readonly string[] = [
  'BULLET',
  'HOLLOW_BULLET',
  'SQUARE_BULLET',
  'NUMBER',
  'LATIN_UPPER',
  'LATIN_LOWER',
  'ROMAN_UPPER',
  'ROMAN_LOWER',
];
export const DEFAULT_GLYPH = 'BULLET';
/** Docs allows nesting levels 0 to 8. */
export const MAX_NESTING = 8;

/** One Text element: a paragraph's text is the concatenation of its Text children. */
export interface TextNode {
  kind: 'text';
  rich: RichText;
  parent: HolderNode | null;
}
export interface ParagraphNode {
  kind: 'paragraph';
  texts: TextNode[];
  heading: HeadingName;
  parent: BodyNode | null;
}
export interface ListItemNode {
  kind: 'listItem';
  texts: TextNode[];
  /** A numbered heading ("1. Vision") is a list item with a heading. */
  heading: HeadingName;
  nesting: number;
  glyph: string;
  listId: string;
  parent: BodyNode | null;
}
export interface TableNode {
  kind: 'table';
  rows: RowNode[];
  parent: BodyNode | null;
}
export interface RowNode {
  kind: 'row';
  cells: CellNode[];
  parent: TableNode | null;
}
/** A table cell: its text directly (Docs wraps it in a paragraph; DocJson keeps only the string). */
export interface CellNode {
  kind: 'cell';
  texts: TextNode[];
  parent: RowNode | null;
}
/**
 * A table of contents: DocumentApp's TABLE_OF_CONTENTS body child, the REST
 * `tableOfContents` element. Only its entries' text is modelled (Docs
 * writes them; scripts read them).
 */
export interface TocNode {
  kind: 'toc';
  entries: string[];
  parent: BodyNode | null;
}
/**
 * The emulator's DocJson block for a table of contents, beyond the
 * contract's Block union (src/core/doc-model.ts): Paper Haul never writes
 * one, the emulator loads and gives it back so a real document's indices
 * can be reproduced (test/fidelity/recorded-answers.test.ts).
 */
export interface TableOfContentsBlock {
  type: 'tableOfContents';
  /** Each entry's text, one paragraph each. */
  entries: string[];
}
export interface BodyNode {
  kind: 'body';
  children: BlockNode[];
  parent: null;
}
export type BlockNode = ParagraphNode | ListItemNode | TableNode | TocNode;
export type HolderNode = ParagraphNode | ListItemNode | CellNode;
export type AnyNode = BlockNode | HolderNode | RowNode | BodyNode | TextNode;

/** Makes list ids (`kix.emu1`, ...) for lists that have none yet. */
export class ListIds {
  private next = 1;
  fresh(): string {
    return `kix.emu${this.next++}`;
  }
}

/** The children of a node, in order (a Text element has none). */
export function childrenOf(node: AnyNode): AnyNode[] {
  switch (node.kind) {
    case 'body':
      return node.children;
    case 'table':
      return node.rows;
    case 'row':
      return node.cells;
    case 'text':
    case 'toc':
      return [];
    default:
      return node.texts;
  }
}

export function isHolder(node: AnyNode): node is HolderNode {
  return (
    node.kind === 'paragraph' ||
    node.kind === 'listItem' ||
    node.kind === 'cell'
  );
}

/** The body child that contains `node` (itself when it is one), or null when detached. */
export function topLevelBlock(node: AnyNode): BlockNode | null {
  let current: AnyNode = node;
  while (current.parent && current.parent.kind !== 'body') {
    current = current.parent;
  }
  return current.parent ? (current as BlockNode) : null;
}

/** A holder's whole text with its attributes, as one RichText (a snapshot). */
export function holderRich(holder: HolderNode): RichText {
  return RichText.concat(
    holder.texts.map(t => t.rich),
    '',
  );
}

/**
 * Text of any node as getText() reports it. A table's cells are joined by
 * "\n" within a row as between rows ("R1C1\nR1C2\nR2C1\nR2C2"), and so is
 * TableRow.getText(): live Apps Script as brucemcpherson/gas-fakes' tests
 * (proved on live Apps Script) expect it; see docs/PLATFORM.md.
 */
export function nodeText(node: AnyNode): string {
  switch (node.kind) {
    case 'text':
      return node.rich.text;
    case 'body':
      return node.children.map(nodeText).join('\n');
    case 'table':
      return node.rows.map(nodeText).join('\n');
    case 'row':
      return node.cells.map(nodeText).join('\n');
    case 'toc':
      return node.entries.join('\n');
    default:
      return node.texts.map(t => t.rich.text).join('');
  }
}

/** Replaces a holder's content by one Text child (none for the empty string). */
export function setHolderText(holder: HolderNode, rich: RichText): void {
  for (const old of holder.texts) old.parent = null;
  holder.texts = [];
  if (rich.length > 0) {
    holder.texts.push({kind: 'text', rich, parent: holder});
  }
}

export function newParagraph(text: string): ParagraphNode {
  const node: ParagraphNode = {
    kind: 'paragraph',
    texts: [],
    heading: 'NORMAL',
    parent: null,
  };
  setHolderText(node, new RichText(text));
  return node;
}

export function newListItem(text: string, listId: string): ListItemNode {
  const node: ListItemNode = {
    kind: 'listItem',
    texts: [],
    heading: 'NORMAL',
    nesting: 0,
    glyph: DEFAULT_GLYPH,
    listId,
    parent: null,
  };
  setHolderText(node, new RichText(text));
  return node;
}

export function newTable(cells: string[][]): TableNode {
  if (!Array.isArray(cells) || cells.length === 0) {
    throw new Error('Exception: Invalid argument: cells (a table needs a row)');
  }
  const table: TableNode = {kind: 'table', rows: [], parent: null};
  for (const rowCells of cells) {
    if (!Array.isArray(rowCells) || rowCells.length === 0) {
      throw new Error(
        'Exception: Invalid argument: cells (a row needs a cell)',
      );
    }
    const row: RowNode = {kind: 'row', cells: [], parent: table};
    for (const text of rowCells) {
      const cell: CellNode = {kind: 'cell', texts: [], parent: row};
      setHolderText(cell, new RichText(String(text)));
      row.cells.push(cell);
    }
    table.rows.push(row);
  }
  return table;
}

/** A detached deep copy (text, attributes, heading, nesting, glyph, list, cells). */
export function cloneNode<T extends AnyNode>(node: T): T {
  return cloneDetached(node) as T;
}

function cloneDetached(node: AnyNode): AnyNode {
  switch (node.kind) {
    case 'text':
      return {kind: 'text', rich: node.rich.clone(), parent: null};
    case 'paragraph':
    case 'listItem':
    case 'cell': {
      const copy = {...node, texts: [] as TextNode[], parent: null};
      copy.texts = node.texts.map(t => ({
        kind: 'text' as const,
        rich: t.rich.clone(),
        parent: copy,
      }));
      return copy;
    }
    case 'row': {
      const copy: RowNode = {kind: 'row', cells: [], parent: null};
      copy.cells = node.cells.map(cell => {
        const cellCopy = cloneDetached(cell) as CellNode;
        cellCopy.parent = copy;
        return cellCopy;
      });
      return copy;
    }
    case 'table': {
      const copy: TableNode = {kind: 'table', rows: [], parent: null};
      copy.rows = node.rows.map(row => {
        const rowCopy = cloneDetached(row) as RowNode;
        rowCopy.parent = copy;
        return rowCopy;
      });
      return copy;
    }
    case 'toc':
      return {kind: 'toc', entries: [...node.entries], parent: null};
    case 'body':
      throw new Error('Exception: The body cannot be copied.');
  }
}

/** Builds a body from DocJson, validating it; consecutive list items share a list id. */
export function bodyFromJson(json: DocJson, listIds: ListIds): BodyNode {
  if (!json || !Array.isArray(json.body)) {
    throw new Error('DocJson needs a body array');
  }
  const body: BodyNode = {kind: 'body', children: [], parent: null};
  let listId: string | null = null;
  json.body.forEach((block, index) => {
    const node = blockToNode(block, index, () => {
      listId = listId ?? listIds.fresh();
      return listId;
    });
    if (node.kind !== 'listItem') listId = null;
    node.parent = body;
    body.children.push(node);
  });
  ensureTrailingParagraph(body);
  return body;
}

/**
 * Keeps the body ending with a paragraph, as Docs does: an empty body gets
 * one empty paragraph, and a table never stays last (an empty paragraph
 * follows it). Our stricter reading of Docs' behaviour: code that appends a
 * table must expect the extra paragraph.
 */
export function ensureTrailingParagraph(body: BodyNode): void {
  const last = body.children[body.children.length - 1];
  if (!last || last.kind === 'table') {
    const paragraph = newParagraph('');
    paragraph.parent = body;
    body.children.push(paragraph);
  }
}

function blockToNode(
  block: Block,
  index: number,
  listId: () => string,
): BlockNode {
  const where = `DocJson body[${index}]`;
  if (block.type === 'table') {
    if (!Array.isArray(block.rows)) throw new Error(`${where}: rows missing`);
    return newTable(block.rows);
  }
  const toc = block as Block | TableOfContentsBlock;
  if (toc.type === 'tableOfContents') {
    if (
      !Array.isArray(toc.entries) ||
      toc.entries.some(e => typeof e !== 'string')
    ) {
      throw new Error(`${where}: entries must be strings`);
    }
    return {kind: 'toc', entries: [...toc.entries], parent: null};
  }
  if (block.type !== 'paragraph' && block.type !== 'listItem') {
    throw new Error(`${where}: unknown type ${(block as Block).type}`);
  }
  if (typeof block.text !== 'string') throw new Error(`${where}: text missing`);
  const rich = new RichText(block.text);
  applySpans(rich, 'link', block.links, where, r => (r as LinkRange).url);
  applySpans(rich, 'bold', block.bold, where, () => true);
  applySpans(rich, 'italic', block.italic, where, () => true);
  applySpans(rich, 'color', block.colors, where, r =>
    normalizeColor((r as ColorSpan).color),
  );
  const heading = block.heading ?? 'NORMAL';
  if (!HEADINGS.includes(heading)) {
    throw new Error(`${where}: unknown heading ${heading}`);
  }
  if (block.type === 'paragraph') {
    const node = newParagraph('');
    node.heading = heading;
    setHolderText(node, rich);
    return node;
  }
  const nesting = block.nesting ?? 0;
  if (!Number.isInteger(nesting) || nesting < 0 || nesting > MAX_NESTING) {
    throw new Error(`${where}: nesting must be 0..${MAX_NESTING}`);
  }
  const glyph = block.glyph ?? DEFAULT_GLYPH;
  if (!GLYPHS.includes(glyph))
    throw new Error(`${where}: unknown glyph ${glyph}`);
  const node = newListItem('', listId());
  node.nesting = nesting;
  node.glyph = glyph;
  node.heading = heading;
  setHolderText(node, rich);
  return node;
}

function applySpans<K extends 'link' | 'bold' | 'italic' | 'color'>(
  rich: RichText,
  name: K,
  spans: Span[] | undefined,
  where: string,
  valueOf: (span: Span) => unknown,
): void {
  for (const span of spans ?? []) {
    const {start, end} = span;
    if (
      !Number.isInteger(start) ||
      !Number.isInteger(end) ||
      start < 0 ||
      end > rich.length ||
      start >= end
    ) {
      throw new Error(
        `${where}: ${name} span [${start}, ${end}) is outside the text (length ${rich.length})`,
      );
    }
    rich.setAttr(name, start, end, valueOf(span) as never);
  }
}

/** `#rrggbb` in lower case, as Docs reports colours. */
export function normalizeColor(color: string): string {
  if (typeof color !== 'string' || !/^#[0-9a-fA-F]{6}$/.test(color)) {
    throw new Error(`Exception: Invalid argument: color (${color})`);
  }
  return color.toLowerCase();
}

/** The canonical DocJson of a body (see DocumentState.toJSON). */
export function bodyToJson(body: BodyNode): Block[] {
  return body.children.map(nodeToBlock);
}

function nodeToBlock(node: BlockNode): Block {
  if (node.kind === 'toc') {
    const toc: TableOfContentsBlock = {
      type: 'tableOfContents',
      entries: [...node.entries],
    };
    return toc as unknown as Block;
  }
  if (node.kind === 'table') {
    return {type: 'table', rows: node.rows.map(row => row.cells.map(nodeText))};
  }
  const rich = holderRich(node);
  const styles = styleFields(rich);
  if (node.kind === 'paragraph') {
    return {
      type: 'paragraph',
      text: rich.text,
      ...(node.heading !== 'NORMAL' ? {heading: node.heading} : {}),
      ...styles,
    };
  }
  return {
    type: 'listItem',
    text: rich.text,
    ...(node.nesting !== 0 ? {nesting: node.nesting} : {}),
    ...(node.glyph !== DEFAULT_GLYPH ? {glyph: node.glyph} : {}),
    ...(node.heading !== 'NORMAL' ? {heading: node.heading} : {}),
    ...styles,
  };
}

function styleFields(rich: RichText): {
  links?: LinkRange[];
  bold?: Span[];
  italic?: Span[];
  colors?: ColorSpan[];
} {
  const links = rich.attrs.link
    .list()
    .map(r => ({start: r.start, end: r.end, url: r.value}));
  const bold = rich.attrs.bold.list().map(r => ({start: r.start, end: r.end}));
  const italic = rich.attrs.italic
    .list()
    .map(r => ({start: r.start, end: r.end}));
  const colors = rich.attrs.color
    .list()
    .map(r => ({start: r.start, end: r.end, color: r.value}));
  return {
    ...(links.length ? {links} : {}),
    ...(bold.length ? {bold} : {}),
    ...(italic.length ? {italic} : {}),
    ...(colors.length ? {colors} : {}),
  };
}
