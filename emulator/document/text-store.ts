// Where a Text handle reads and writes: one Text element, a whole paragraph (editAsText), or the whole body.
import {type AttrChange, RichText, type TextAttributeName} from './rich-text';
import {
  type BodyNode,
  type HolderNode,
  type TextNode,
  holderRich,
  isHolder,
  nodeText,
  setHolderText,
} from './nodes';

/** The editable text behind a Text handle; offsets are end-exclusive here. */
export interface TextStore {
  /** The current text and attributes (a copy for composite stores). */
  snapshot(): RichText;
  setAttr<K extends TextAttributeName>(...change: AttrChange<K>): void;
  insert(offset: number, text: string): void;
  remove(start: number, end: number): void;
  replaceAll(text: string): void;
}

/** One part of a composite text: what holds it, where it starts in the whole, how long it is. */
interface Piece<T> {
  node: T;
  base: number;
  length: number;
}

/** Calls fn with each piece's share of [start, end), in that piece's own offsets (lengths as they were before fn ran). */
function eachShare<T>(
  pieces: Piece<T>[],
  start: number,
  end: number,
  fn: (node: T, from: number, to: number) => void,
): void {
  for (const {node, base, length} of pieces) {
    const from = Math.max(start, base);
    const to = Math.min(end, base + length);
    if (from < to) fn(node, from - base, to - base);
  }
}

/** A single Text element. */
export class TextNodeStore implements TextStore {
  constructor(readonly node: TextNode) {}
  snapshot(): RichText {
    return this.node.rich;
  }
  setAttr<K extends TextAttributeName>(
    ...[name, start, end, value]: AttrChange<K>
  ): void {
    this.node.rich.setAttr(name, start, end, value);
  }
  insert(offset: number, text: string): void {
    this.node.rich.insert(offset, text);
  }
  remove(start: number, end: number): void {
    this.node.rich.remove(start, end);
  }
  replaceAll(text: string): void {
    this.node.rich = new RichText(text);
  }
}

/** A paragraph's, list item's or cell's text across its Text children. */
export class HolderStore implements TextStore {
  constructor(readonly holder: HolderNode) {}

  snapshot(): RichText {
    return holderRich(this.holder);
  }

  setAttr<K extends TextAttributeName>(
    ...[name, start, end, value]: AttrChange<K>
  ): void {
    this.eachPiece(start, end, (node, from, to) =>
      node.rich.setAttr(name, from, to, value),
    );
  }

  insert(offset: number, text: string): void {
    if (this.holder.texts.length === 0) {
      setHolderText(this.holder, new RichText(text));
      return;
    }
    let base = 0;
    for (const node of this.holder.texts) {
      // The piece holding the character before `offset` takes the text, so it inherits its style.
      if (offset <= base + node.rich.length) {
        node.rich.insert(offset - base, text);
        return;
      }
      base += node.rich.length;
    }
  }

  remove(start: number, end: number): void {
    this.eachPiece(start, end, (node, from, to) => node.rich.remove(from, to));
    // Docs drops Text elements left empty.
    for (const node of this.holder.texts) {
      if (node.rich.length === 0) node.parent = null;
    }
    this.holder.texts = this.holder.texts.filter(node => node.parent !== null);
  }

  replaceAll(text: string): void {
    setHolderText(this.holder, new RichText(text));
  }

  private eachPiece(
    start: number,
    end: number,
    fn: (node: TextNode, from: number, to: number) => void,
  ): void {
    let base = 0;
    const pieces = this.holder.texts.map(node => {
      const piece = {node, base, length: node.rich.length};
      base += piece.length;
      return piece;
    });
    eachShare(pieces, start, end, fn);
  }
}

/**
 * The body as one Text (children joined by newlines). Styling spans any
 * range; inserting and deleting must stay inside one paragraph, because
 * splitting or joining paragraphs through Text is not emulated.
 */
export class BodyStore implements TextStore {
  constructor(readonly body: BodyNode) {}

  snapshot(): RichText {
    return RichText.concat(
      this.body.children.map(child =>
        isHolder(child) ? holderRich(child) : new RichText(nodeText(child)),
      ),
      '\n',
    );
  }

  setAttr<K extends TextAttributeName>(
    ...[name, start, end, value]: AttrChange<K>
  ): void {
    eachShare(this.pieces(), start, end, (holder, from, to) => {
      if (holder) new HolderStore(holder).setAttr(name, from, to, value);
    });
  }

  insert(offset: number, text: string): void {
    if (text.includes('\n')) this.unsupported('inserting a line break');
    this.within(offset, offset).insert(offset - this.baseOf(offset), text);
  }

  remove(start: number, end: number): void {
    this.within(start, end).remove(
      start - this.baseOf(start),
      end - this.baseOf(start),
    );
  }

  replaceAll(): void {
    this.unsupported('setText on the body');
  }

  /** The body's children end to end, one newline apart; tables hold no editable text here (null). */
  private pieces(): Piece<HolderNode | null>[] {
    let base = 0;
    return this.body.children.map(child => {
      const length = nodeText(child).length;
      const piece = {node: isHolder(child) ? child : null, base, length};
      base += length + 1;
      return piece;
    });
  }

  private baseOf(offset: number): number {
    const piece = this.pieces().find(p => offset <= p.base + p.length);
    return piece ? piece.base : 0;
  }

  private within(start: number, end: number): HolderStore {
    const piece = this.pieces().find(p => start <= p.base + p.length);
    if (!piece || !piece.node || end > piece.base + piece.length) {
      this.unsupported('editing across paragraphs or tables');
    }
    return new HolderStore(piece.node);
  }

  private unsupported(what: string): never {
    throw new Error(
      `Emulator: ${what} through Body.editAsText() is not emulated.`,
    );
  }
}
