// The Docs REST API's Document resource computed from the emulated document tree (what Docs.Documents.get returns).
//
// Reference: https://developers.google.com/docs/api/reference/rest/v1/documents
// and the structure guide https://developers.google.com/docs/api/concepts/structure
// (indices are UTF-16 code units, each paragraph ends in "\n", the body
// starts with a section break, zero and false values are left out as in
// every proto3 JSON answer).
import type {HeadingName} from '../../src/core/doc-model';
import type {
  BlockNode,
  BodyNode,
  HolderNode,
  ListItemNode,
  TableNode,
  TocNode,
} from '../document/nodes';
import {holderRich} from '../document/nodes';
import {RichText} from '../document/rich-text';

/** The part of a TextStyle the emulator models (bold, italic, link, foreground colour). */
export interface RestTextStyle {
  bold?: true;
  italic?: true;
  link?: {url: string};
  foregroundColor?: {
    color: {rgbColor: {red?: number; green?: number; blue?: number}};
  };
}

export interface RestParagraphElement {
  startIndex?: number;
  endIndex: number;
  textRun: {content: string; textStyle: RestTextStyle};
}

export interface RestParagraph {
  elements: RestParagraphElement[];
  paragraphStyle: {
    namedStyleType: string;
    direction: 'LEFT_TO_RIGHT';
    headingId?: string;
  };
  bullet?: {listId: string; nestingLevel?: number; textStyle: RestTextStyle};
}

export interface RestTableCell {
  startIndex: number;
  endIndex: number;
  content: RestStructuralElement[];
}

export interface RestTable {
  rows: number;
  columns: number;
  tableRows: {
    startIndex: number;
    endIndex: number;
    tableCells: RestTableCell[];
  }[];
}

/** One StructuralElement: exactly one of paragraph, table, tableOfContents, sectionBreak. */
export interface RestStructuralElement {
  startIndex?: number;
  endIndex: number;
  paragraph?: RestParagraph;
  table?: RestTable;
  tableOfContents?: {content: RestStructuralElement[]};
  sectionBreak?: {
    sectionStyle: {columnSeparatorStyle: 'NONE'; contentDirection: string};
  };
}

export interface RestList {
  listProperties: {
    nestingLevels: ({glyphSymbol: string} | {glyphType: string})[];
  };
}

/** The body-bearing part of a document (Document without tabs, or a DocumentTab). */
export interface RestDocumentContent {
  body: {content: RestStructuralElement[]};
  lists?: Record<string, RestList>;
}

export interface RestDocument extends Partial<RestDocumentContent> {
  documentId: string;
  title: string;
  revisionId: string;
  tabs?: RestTab[];
}

/** One Tab of an answer with includeTabsContent: index among its siblings (0 left out), nested tabs. */
export interface RestTab {
  tabProperties: {
    tabId: string;
    title: string;
    index?: number;
    parentTabId?: string;
    nestingLevel?: number;
  };
  documentTab: RestDocumentContent;
  childTabs?: RestTab[];
}

/** HEADING2 -> HEADING_2, NORMAL -> NORMAL_TEXT: the REST NamedStyleType names. */
function namedStyleType(heading: HeadingName): string {
  if (heading === 'NORMAL') return 'NORMAL_TEXT';
  const level = /^HEADING([1-6])$/.exec(heading);
  return level ? `HEADING_${level[1]}` : heading;
}

/**
 * DocumentApp GlyphType -> the REST nesting level's glyph. Bullets are
 * glyphSymbols, numbered kinds glyphTypes (Docs' own defaults).
 */
const GLYPHS: Record<string, {glyphSymbol: string} | {glyphType: string}> = {
  BULLET: {glyphSymbol: '●'},
  HOLLOW_BULLET: {glyphSymbol: '○'},
  SQUARE_BULLET: {glyphSymbol: '■'},
  NUMBER: {glyphType: 'DECIMAL'},
  LATIN_UPPER: {glyphType: 'UPPER_ALPHA'},
  LATIN_LOWER: {glyphType: 'ALPHA'},
  ROMAN_UPPER: {glyphType: 'UPPER_ROMAN'},
  ROMAN_LOWER: {glyphType: 'ROMAN'},
};
/** Docs lists always define nine nesting levels (0 to 8). */
const NESTING_LEVELS = 9;

/**
 * DocumentApp reports a soft line break (Shift+Enter) as "\r" in getText();
 * the REST API writes it as U+000B. We are not certain DocumentApp uses "\r"
 * in every case; a reader comparing the two texts must map one to the other.
 */
export const SOFT_BREAK_REST = '\u000b';
const SOFT_BREAK_DOCUMENT_APP = /\r/g;

function hexColor(color: string): RestTextStyle['foregroundColor'] {
  const channel = (at: number) => parseInt(color.slice(at, at + 2), 16) / 255;
  const rgb: {red?: number; green?: number; blue?: number} = {};
  // Zero channels are left out, as proto3 JSON leaves out every zero.
  if (channel(1)) rgb.red = channel(1);
  if (channel(3)) rgb.green = channel(3);
  if (channel(5)) rgb.blue = channel(5);
  return {color: {rgbColor: rgb}};
}

function styleAt(rich: RichText, offset: number): RestTextStyle {
  const style: RestTextStyle = {};
  if (rich.at('bold', offset)) style.bold = true;
  if (rich.at('italic', offset)) style.italic = true;
  const link = rich.at('link', offset);
  if (link) style.link = {url: link};
  const color = rich.at('color', offset);
  if (color) style.foregroundColor = hexColor(color);
  return style;
}

function isPlain(style: RestTextStyle): boolean {
  return Object.keys(style).length === 0;
}

/** A paragraph's or list item's element as last built: where it started, the headings before it, and after it. */
interface BuiltElement {
  start: number;
  headings: number;
  element: RestStructuralElement;
  end: number;
  headingsAfter: number;
}

/**
 * Per frozen block (docs-frozen.ts: a copy never edited, reused while its
 * block is unchanged), the element last built of it. At the same start
 * index after as many headings it is the same element: answers from
 * successive saved versions share the elements of blocks before the first
 * edit, which revisionOf then compares by identity.
 */
const builtElements = new WeakMap<BlockNode, BuiltElement>();

/** Builds the structural elements of one segment (the body), keeping its running UTF-16 index. */
class SegmentBuilder {
  index = 0;
  private headings = 0;
  readonly lists: Record<string, RestList> = {};

  /** A paragraph: one text run per stretch of equal style, the closing "\n" unstyled. */
  paragraph(holder: HolderNode): RestStructuralElement {
    const rich = holderRich(holder);
    const start = this.index;
    const elements: RestParagraphElement[] = [];
    const cuts = rich.attributeIndices();
    cuts.forEach((from, k) => {
      const to = k + 1 < cuts.length ? cuts[k + 1] : rich.length;
      if (from >= to) return;
      elements.push(
        this.run(
          rich.text
            .slice(from, to)
            .replace(SOFT_BREAK_DOCUMENT_APP, SOFT_BREAK_REST),
          styleAt(rich, from),
        ),
      );
    });
    const last = elements[elements.length - 1];
    if (last && isPlain(last.textRun.textStyle)) {
      last.textRun.content += '\n';
      last.endIndex++;
      this.index++;
    } else {
      elements.push(this.run('\n', {}));
    }
    const heading = holder.kind === 'cell' ? 'NORMAL' : holder.heading;
    const paragraph: RestParagraph = {
      elements,
      paragraphStyle: {
        namedStyleType: namedStyleType(heading),
        direction: 'LEFT_TO_RIGHT',
      },
    };
    if (heading !== 'NORMAL') {
      paragraph.paragraphStyle.headingId = `h.emu${++this.headings}`;
    }
    if (holder.kind === 'listItem') paragraph.bullet = this.bullet(holder);
    return withStart({startIndex: start, endIndex: this.index, paragraph});
  }

  private run(content: string, textStyle: RestTextStyle): RestParagraphElement {
    const startIndex = this.index;
    this.index += content.length;
    return withStart({
      startIndex,
      endIndex: this.index,
      textRun: {content, textStyle},
    });
  }

  /**
   * DocumentApp sets a glyph per item, the REST list one per nesting level:
   * the emulator gives every level of a list the glyph of its first item
   * seen (readers must not rely on glyphs; Paper Haul's reader does not).
   */
  private bullet(item: ListItemNode): RestParagraph['bullet'] {
    let list = this.lists[item.listId];
    if (!list) {
      list = {listProperties: {nestingLevels: []}};
      for (let level = 0; level < NESTING_LEVELS; level++) {
        list.listProperties.nestingLevels.push(
          GLYPHS[item.glyph] ?? GLYPHS.BULLET,
        );
      }
      this.lists[item.listId] = list;
    }
    const bullet: NonNullable<RestParagraph['bullet']> = {
      listId: item.listId,
      textStyle: {},
    };
    if (item.nesting > 0) bullet.nestingLevel = item.nesting;
    return bullet;
  }

  /**
   * A table: one index for the table's start, one per row and per cell,
   * then each cell's paragraphs (a DocJson cell's "\n" starts a new one),
   * and one for the table's end: real answers (test/fixtures/docs-api) end
   * a table one index past its last cell.
   */
  table(node: TableNode): RestStructuralElement {
    const startIndex = this.index++;
    const tableRows: RestTable['tableRows'] = node.rows.map(row => {
      const rowStart = this.index++;
      const tableCells = row.cells.map(cell => {
        const cellStart = this.index++;
        const content = holderRich(cell)
          .text.split('\n')
          .map(line =>
            this.paragraph({
              kind: 'cell',
              texts: [{kind: 'text', rich: new RichText(line), parent: null}],
              parent: null,
            }),
          );
        return {startIndex: cellStart, endIndex: this.index, content};
      });
      return {startIndex: rowStart, endIndex: this.index, tableCells};
    });
    this.index++;
    return {
      startIndex,
      endIndex: this.index,
      table: {
        rows: node.rows.length,
        columns: Math.max(...node.rows.map(r => r.cells.length)),
        tableRows,
      },
    };
  }

  /**
   * A table of contents: like a table, one index for its start and one for
   * its end, its entries' paragraphs between (real answers: the first
   * entry starts at the element's startIndex + 1).
   */
  tableOfContents(node: TocNode): RestStructuralElement {
    const startIndex = this.index++;
    const content = node.entries.map(entry =>
      this.paragraph({
        kind: 'cell',
        texts: [{kind: 'text', rich: new RichText(entry), parent: null}],
        parent: null,
      }),
    );
    this.index++;
    return {startIndex, endIndex: this.index, tableOfContents: {content}};
  }

  /** One body child's element; `node` is a frozen copy (restContent reads only those). */
  element(node: BlockNode): RestStructuralElement {
    if (node.kind === 'table') return this.table(node);
    if (node.kind === 'toc') return this.tableOfContents(node);
    const kept = builtElements.get(node);
    if (kept && kept.start === this.index && kept.headings === this.headings) {
      this.index = kept.end;
      this.headings = kept.headingsAfter;
      // Its list is this segment's too, as building it would have made it.
      if (node.kind === 'listItem') this.bullet(node);
      return kept.element;
    }
    const start = this.index;
    const headings = this.headings;
    const element = this.paragraph(node);
    builtElements.set(node, {
      start,
      headings,
      element,
      end: this.index,
      headingsAfter: this.headings,
    });
    return element;
  }
}

/** Leaves out a startIndex of 0, as proto3 JSON leaves out zeros. */
function withStart<T extends {startIndex?: number}>(element: T): T {
  if (element.startIndex === 0) delete element.startIndex;
  return element;
}

/**
 * The body and lists of the emulated document as the REST API shows them:
 * the section break that opens every body (endIndex 1), then one structural
 * element per body child, indices contiguous.
 */
export function restContent(body: BodyNode): RestDocumentContent {
  const builder = new SegmentBuilder();
  const content: RestStructuralElement[] = [
    {
      endIndex: 1,
      sectionBreak: {
        sectionStyle: {
          columnSeparatorStyle: 'NONE',
          contentDirection: 'LEFT_TO_RIGHT',
        },
      },
    },
  ];
  builder.index = 1;
  for (const child of body.children) content.push(builder.element(child));
  const out: RestDocumentContent = {body: {content}};
  if (Object.keys(builder.lists).length) out.lists = builder.lists;
  return out;
}
