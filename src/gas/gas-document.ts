// DocumentPort over DocumentApp: reads the body in one counted pass and writes entries with their styles.
import type {DocumentPort} from '../app/ports';
import type {
  Block,
  BlockSummary,
  HeadingName,
  LinkRange,
} from '../core/doc-model';

type Doc = GoogleAppsScript.Document.Document;
type Body = GoogleAppsScript.Document.Body;
type Element = GoogleAppsScript.Document.Element;
type Text = GoogleAppsScript.Document.Text;

/** A body child as read before its text is known. */
interface Shape {
  kind: BlockSummary['kind'];
  heading: HeadingName;
  nesting?: number;
  /** Tables and other elements read their own text; paragraphs take theirs from the body text. */
  ownText?: string;
}

/**
 * A DocumentPort over one open document. `flush` saves and reopens it by id,
 * after which the port works on the new handle.
 */
export function gasDocument(document: Doc): DocumentPort {
  let doc = document;
  let body: Body | null = null;
  let documentId: string | null = null;

  const getBody = (): Body => {
    if (!body) body = doc.getBody();
    return body;
  };
  const getId = (): string => {
    if (documentId === null) documentId = doc.getId();
    return documentId;
  };

  return {
    read: () => readBody(getBody()),
    insertBlocks: (index, blocks) => {
      const target = getBody();
      blocks.forEach((block, offset) =>
        insertBlock(target, index + offset, block),
      );
    },
    moveRange: (from, count, before) =>
      moveRange(getBody(), from, count, before),
    removeRange: (from, count) => removeRange(getBody(), from, count),
    select: index => {
      const element = getBody().getChild(index);
      doc.setSelection(doc.newRange().addElement(element).build());
    },
    flush: () => {
      const id = getId();
      doc.saveAndClose();
      doc = DocumentApp.openById(id);
      body = null;
    },
    id: getId,
  };
}

/**
 * One pass over the body. Texts come from a single `Body.getText()` split at
 * its line breaks, and links from the body's own `Text` (its attribute
 * indices, then `getLinkUrl` at each), so a paragraph costs getChild, getType,
 * a cast and its heading or nesting, whatever its length. When the body text
 * does not line up with the children (an element Docs renders differently),
 * each paragraph reads its own text and links instead.
 */
function readBody(body: Body): BlockSummary[] {
  const count = body.getNumChildren();
  const shapes: Shape[] = [];
  for (let i = 0; i < count; i++) shapes.push(readShape(body.getChild(i)));
  const bodyText = body.getText();
  const starts = alignTexts(bodyText, shapes);
  if (!starts) return readEachParagraph(body, shapes);

  const summaries = shapes.map((shape, index): BlockSummary => {
    const text =
      shape.ownText ??
      bodyText.slice(
        starts[index],
        starts[index] + lengthAt(bodyText, starts[index]),
      );
    return summary(index, shape, text, []);
  });
  const holders = summaries.filter(
    s => s.kind === 'paragraph' || s.kind === 'listItem',
  );
  if (!holders.some(s => s.text.length)) return summaries;

  const text = body.editAsText();
  const indices = text.getTextAttributeIndices();
  const runs = linkRuns(text, indices, bodyText.length, (start, end) =>
    holderPieces(summaries, starts, start, end),
  );
  for (const run of runs) {
    for (const piece of holderPieces(summaries, starts, run.start, run.end)) {
      addLink(summaries[piece.child].links, piece.from, piece.to, run.url);
    }
  }
  return summaries;
}

/** The length of the line starting at `start` in the body text. */
function lengthAt(text: string, start: number): number {
  const end = text.indexOf('\n', start);
  return (end < 0 ? text.length : end) - start;
}

function readShape(child: Element): Shape {
  const type = child.getType();
  if (type === DocumentApp.ElementType.PARAGRAPH) {
    return {
      kind: 'paragraph',
      heading: headingName(child.asParagraph().getHeading()),
    };
  }
  if (type === DocumentApp.ElementType.LIST_ITEM) {
    return {
      kind: 'listItem',
      heading: 'NORMAL',
      nesting: child.asListItem().getNestingLevel(),
    };
  }
  if (type === DocumentApp.ElementType.TABLE) {
    return {
      kind: 'table',
      heading: 'NORMAL',
      ownText: child.asTable().getText(),
    };
  }
  if (type === DocumentApp.ElementType.TABLE_OF_CONTENTS) {
    return {
      kind: 'other',
      heading: 'NORMAL',
      ownText: child.asTableOfContents().getText(),
    };
  }
  return {kind: 'other', heading: 'NORMAL', ownText: ''};
}

function headingName(
  heading: GoogleAppsScript.Document.ParagraphHeading,
): HeadingName {
  const name = String(heading);
  return /^(NORMAL|HEADING[1-6]|TITLE|SUBTITLE)$/.test(name)
    ? (name as HeadingName)
    : 'NORMAL';
}

/**
 * Where each child's text starts in the body text, or null when the body text
 * is not the children's texts joined by line breaks (then offsets cannot be
 * trusted). Paragraphs hold no line break, so each takes one line; tables and
 * other elements must match their own text line for line.
 */
function alignTexts(bodyText: string, shapes: Shape[]): number[] | null {
  const starts: number[] = [];
  let at = 0;
  for (let i = 0; i < shapes.length; i++) {
    if (i > 0) {
      if (bodyText[at] !== '\n') return null;
      at++;
    }
    starts.push(at);
    const own = shapes[i].ownText;
    if (own === undefined) at += lengthAt(bodyText, at);
    else if (bodyText.startsWith(own, at)) at += own.length;
    else return null;
  }
  return at === bodyText.length ? starts : null;
}

/** The slow path: every paragraph reads its text, and those with text their links. */
function readEachParagraph(body: Body, shapes: Shape[]): BlockSummary[] {
  return shapes.map((shape, index) => {
    if (shape.ownText !== undefined)
      return summary(index, shape, shape.ownText, []);
    const child = body.getChild(index);
    const holder =
      shape.kind === 'listItem' ? child.asListItem() : child.asParagraph();
    const text = holder.getText();
    const links: LinkRange[] = [];
    if (text.length) {
      const view = holder.editAsText();
      const everything = () => [true];
      for (const run of linkRuns(
        view,
        view.getTextAttributeIndices(),
        text.length,
        everything,
      )) {
        addLink(links, run.start, run.end, run.url);
      }
    }
    return summary(index, shape, text, links);
  });
}

function summary(
  index: number,
  shape: Shape,
  text: string,
  links: LinkRange[],
): BlockSummary {
  const out: BlockSummary = {
    index,
    kind: shape.kind,
    heading: shape.heading,
    text,
    links,
  };
  if (shape.nesting !== undefined) out.nesting = shape.nesting;
  return out;
}

/**
 * The linked stretches of a Text: one getLinkUrl per attribute run, skipping
 * runs that `wanted` rules out (line breaks, tables) since no entry reads them.
 */
function linkRuns(
  text: Text,
  indices: number[],
  length: number,
  wanted: (start: number, end: number) => unknown[],
): LinkRange[] {
  const runs: LinkRange[] = [];
  const sorted = indices
    .filter(i => i >= 0 && i < length)
    .sort((a, b) => a - b);
  for (let k = 0; k < sorted.length; k++) {
    const start = sorted[k];
    const end = k + 1 < sorted.length ? sorted[k + 1] : length;
    if (start === end || !wanted(start, end).length) continue;
    const url = text.getLinkUrl(start);
    if (url) runs.push({start, end, url});
  }
  return runs;
}

/**
 * The parts of body range [start, end) that fall in paragraph or list item
 * text, as offsets within each child: a run of one style can cross line breaks.
 */
function holderPieces(
  summaries: BlockSummary[],
  starts: number[],
  start: number,
  end: number,
): {child: number; from: number; to: number}[] {
  const pieces: {child: number; from: number; to: number}[] = [];
  for (
    let child = childAt(starts, start);
    child < starts.length && starts[child] < end;
    child++
  ) {
    const block = summaries[child];
    if (block.kind !== 'paragraph' && block.kind !== 'listItem') continue;
    const base = starts[child];
    const from = Math.max(start, base) - base;
    const to = Math.min(end, base + block.text.length) - base;
    if (from < to) pieces.push({child, from, to});
  }
  return pieces;
}

/** The child whose text holds body offset `offset` (binary search over the starts). */
function childAt(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Adds a link, merging it with the previous one when they touch and share a URL. */
function addLink(
  links: LinkRange[],
  start: number,
  end: number,
  url: string,
): void {
  if (end <= start) return;
  const last = links[links.length - 1];
  if (last && last.end === start && last.url === url) last.end = end;
  else links.push({start, end, url});
}

/** Writes one block at `index`: its kind, heading or nesting and glyph, then its links and styles. */
function insertBlock(body: Body, index: number, block: Block): void {
  if (block.type === 'table') {
    body.insertTable(index, block.rows);
    return;
  }
  let holder:
    GoogleAppsScript.Document.Paragraph | GoogleAppsScript.Document.ListItem;
  if (block.type === 'listItem') {
    const item = body.insertListItem(index, block.text);
    item.setNestingLevel(block.nesting ?? 0);
    // DocJson leaves out the default BULLET glyph; set it anyway, as a new item may take its neighbour's.
    const glyphs = DocumentApp.GlyphType as unknown as Record<
      string,
      GoogleAppsScript.Document.GlyphType
    >;
    const glyph = glyphs[block.glyph ?? 'BULLET'];
    if (glyph) item.setGlyphType(glyph);
    holder = item;
  } else {
    const paragraph = body.insertParagraph(index, block.text);
    // Set even for NORMAL: a new paragraph can take on its neighbour's heading.
    paragraph.setHeading(
      DocumentApp.ParagraphHeading[block.heading ?? 'NORMAL'],
    );
    holder = paragraph;
  }
  const styled =
    (block.links?.length ?? 0) +
    (block.bold?.length ?? 0) +
    (block.italic?.length ?? 0) +
    (block.colors?.length ?? 0);
  if (!styled || !block.text.length) return;
  // DocumentApp's end offsets are inclusive; DocJson's are exclusive.
  const text = holder.editAsText();
  for (const link of block.links ?? [])
    text.setLinkUrl(link.start, link.end - 1, link.url);
  for (const span of block.bold ?? [])
    text.setBold(span.start, span.end - 1, true);
  for (const span of block.italic ?? [])
    text.setItalic(span.start, span.end - 1, true);
  for (const span of block.colors ?? [])
    text.setForegroundColor(span.start, span.end - 1, span.color);
}

/** Inserts a detached copy of `element` at `index`, by its kind. */
function insertCopy(body: Body, index: number, element: Element): void {
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
 * Moves [from, from + count) before `before` by copy, insert, remove. Docs
 * refuses to remove the body's last paragraph, so a range that ends the body
 * is moved the other way: the blocks between go after it instead.
 */
function moveRange(
  body: Body,
  from: number,
  count: number,
  before: number,
): void {
  if (count <= 0 || before === from || before === from + count) return;
  const length = body.getNumChildren();
  if (from + count === length && before < from) {
    moveRange(body, before, from - before, length);
    return;
  }
  const originals: Element[] = [];
  for (let k = 0; k < count; k++) originals.push(body.getChild(from + k));
  originals.forEach((element, k) => insertCopy(body, before + k, element));
  for (const element of originals) element.removeFromParent();
}

/** Removes [from, from + count); when that would empty the body's end, an empty paragraph stays last. */
function removeRange(body: Body, from: number, count: number): void {
  if (count <= 0) return;
  const originals: Element[] = [];
  for (let k = 0; k < count; k++) originals.push(body.getChild(from + k));
  if (from + count === body.getNumChildren()) body.appendParagraph('');
  for (const element of originals) element.removeFromParent();
}
