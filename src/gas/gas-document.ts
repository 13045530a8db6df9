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

type Holder =
  GoogleAppsScript.Document.Paragraph | GoogleAppsScript.Document.ListItem;

/** A body child as read before its text is known. */
interface Shape {
  kind: BlockSummary['kind'];
  heading: HeadingName;
  nesting?: number;
  /** Paragraphs and list items, whose text and links are read. */
  holder?: Holder;
  /** Tables and other elements read their own text; holders take theirs from the body text. */
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

  const save = (): void => {
    const id = getId();
    doc.saveAndClose();
    doc = DocumentApp.openById(id);
    body = null;
  };

  return {
    read: () => readBody(getBody()),
    readAt: indices => readChildren(getBody(), indices),
    insertBlocks: (index, blocks) => {
      const target = getBody();
      blocks.forEach((block, offset) =>
        insertBlock(target, index + offset, block),
      );
    },
    moveRange: (from, count, before) =>
      moveRange(getBody, save, from, count, before),
    removeRange: (from, count) => removeRange(getBody(), from, count),
    select: index => {
      const element = getBody().getChild(index);
      doc.setSelection(doc.newRange().addElement(element).build());
    },
    flush: save,
    id: getId,
  };
}

/**
 * One pass over the body: per child getChild, getType, a cast and its
 * heading or nesting; all texts from one `Body.getText()` split at its line
 * breaks; links only where there is text, from the paragraph's attribute
 * runs (one getLinkUrl each). A text-free paragraph costs nothing more. When
 * the body text does not line up with the children (an element Docs renders
 * differently), each paragraph reads its own text instead.
 */
function readBody(body: Body): BlockSummary[] {
  const count = body.getNumChildren();
  const shapes: Shape[] = [];
  for (let i = 0; i < count; i++) shapes.push(readShape(body.getChild(i)));
  const texts = splitTexts(body.getText(), shapes);
  return shapes.map((shape, index) => {
    const text =
      shape.ownText ?? (texts ? texts[index] : shape.holder!.getText());
    const links = shape.holder && text ? readLinks(shape.holder, text) : [];
    const out: BlockSummary = {
      index,
      kind: shape.kind,
      heading: shape.heading,
      text,
      links,
    };
    if (shape.nesting !== undefined) out.nesting = shape.nesting;
    return out;
  });
}

/** A few children, each reading its own text (links are not read: DocumentPort.readAt); indices past the end are left out. */
function readChildren(body: Body, indices: number[]): BlockSummary[] {
  const count = body.getNumChildren();
  return indices
    .filter(index => index >= 0 && index < count)
    .map(index => {
      const shape = readShape(body.getChild(index));
      const text = shape.ownText ?? shape.holder!.getText();
      const out: BlockSummary = {
        index,
        kind: shape.kind,
        heading: shape.heading,
        text,
        links: [],
      };
      if (shape.nesting !== undefined) out.nesting = shape.nesting;
      return out;
    });
}

function readShape(child: Element): Shape {
  const type = child.getType();
  if (type === DocumentApp.ElementType.PARAGRAPH) {
    const holder = child.asParagraph();
    return {
      kind: 'paragraph',
      heading: headingName(holder.getHeading()),
      holder,
    };
  }
  if (type === DocumentApp.ElementType.LIST_ITEM) {
    const holder = child.asListItem();
    return {
      kind: 'listItem',
      heading: 'NORMAL',
      nesting: holder.getNestingLevel(),
      holder,
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
 * Each child's text cut from the body text, or null when the body text is
 * not the children's texts joined by line breaks. A paragraph holds no line
 * break, so it takes one line; a table or other element must match its own
 * text exactly, line breaks included.
 */
function splitTexts(bodyText: string, shapes: Shape[]): string[] | null {
  const texts: string[] = [];
  let at = 0;
  for (let i = 0; i < shapes.length; i++) {
    if (i > 0) {
      if (bodyText[at] !== '\n') return null;
      at++;
    }
    const own = shapes[i].ownText;
    if (own === undefined) {
      const end = bodyText.indexOf('\n', at);
      texts.push(bodyText.slice(at, end < 0 ? bodyText.length : end));
      at += texts[i].length;
    } else if (bodyText.startsWith(own, at)) {
      texts.push(own);
      at += own.length;
    } else return null;
  }
  return at === bodyText.length ? texts : null;
}

/** The links of a paragraph: one getLinkUrl per attribute run, touching runs of one URL merged. */
function readLinks(holder: Holder, text: string): LinkRange[] {
  const view = holder.editAsText();
  const starts = view
    .getTextAttributeIndices()
    .filter(i => i >= 0 && i < text.length)
    .sort((a, b) => a - b);
  const links: LinkRange[] = [];
  starts.forEach((start, k) => {
    const end = k + 1 < starts.length ? starts[k + 1] : text.length;
    const url = start < end ? view.getLinkUrl(start) : null;
    if (!url) return;
    const last = links[links.length - 1];
    if (last && last.end === start && last.url === url) last.end = end;
    else links.push({start, end, url});
  });
  return links;
}

/** Writes one block at `index`: its kind, heading or nesting and glyph, then its links and styles. */
function insertBlock(body: Body, index: number, block: Block): void {
  if (block.type === 'table') {
    body.insertTable(index, block.rows);
    return;
  }
  let holder: Holder;
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
 * Blocks one move changes between saves: each costs an insert and a removal,
 * and a single merge can move a whole section of thousands of blocks, past
 * "Too many changes applied before saving document".
 */
const MOVED_BLOCKS_PER_SAVE = 200;

/**
 * Moves [from, from + count) before `before`, in pieces of at most
 * MOVED_BLOCKS_PER_SAVE blocks with a save between pieces. Docs refuses to
 * remove the body's last paragraph, so a range that ends the body is moved
 * the other way: the blocks between go after it instead. Pieces go
 * back-first when moving forward and front-first when moving back, so the
 * part still to move keeps its indices.
 */
function moveRange(
  getBody: () => Body,
  save: () => void,
  from: number,
  count: number,
  before: number,
): void {
  if (count <= 0 || before === from || before === from + count) return;
  const length = getBody().getNumChildren();
  if (from + count === length && before < from) {
    moveRange(getBody, save, before, from - before, length);
    return;
  }
  const forward = before > from;
  for (let done = 0; done < count; done += MOVED_BLOCKS_PER_SAVE) {
    if (done > 0) save();
    const size = Math.min(MOVED_BLOCKS_PER_SAVE, count - done);
    if (forward) {
      movePiece(getBody(), from + count - done - size, size, before - done);
    } else {
      movePiece(getBody(), from + done, size, before + done);
    }
  }
}

/** Moves [from, from + count), which does not end the body if moved back, before `before` by copy, insert, remove. */
function movePiece(
  body: Body,
  from: number,
  count: number,
  before: number,
): void {
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
