// A string with its character attributes (link, bold, italic, foreground colour): the content of one Text element.
import {SpanMap} from './span-map';

/** The character attributes the emulator models. */
export interface TextAttributes {
  link: string;
  bold: true;
  italic: true;
  color: string;
}
export type TextAttributeName = keyof TextAttributes;
export const TEXT_ATTRIBUTES: readonly TextAttributeName[] = [
  'link',
  'bold',
  'italic',
  'color',
];

/** One attribute set (or cleared, null) over [start, end): what every TextStore's setAttr takes. */
export type AttrChange<K extends TextAttributeName> = [
  name: K,
  start: number,
  end: number,
  value: TextAttributes[K] | null,
];

type AttributeMaps = {[K in TextAttributeName]: SpanMap<TextAttributes[K]>};

export class RichText {
  readonly attrs: AttributeMaps = {
    link: new SpanMap<string>(),
    bold: new SpanMap<true>(),
    italic: new SpanMap<true>(),
    color: new SpanMap<string>(),
  };

  constructor(public text = '') {}

  get length(): number {
    return this.text.length;
  }

  at<K extends TextAttributeName>(
    name: K,
    offset: number,
  ): TextAttributes[K] | null {
    return (this.attrs[name] as SpanMap<TextAttributes[K]>).at(offset);
  }

  setAttr<K extends TextAttributeName>(
    ...[name, start, end, value]: AttrChange<K>
  ): void {
    (this.attrs[name] as SpanMap<TextAttributes[K]>).set(start, end, value);
  }

  /**
   * Inserts `text` carrying the attributes of the character before `offset`
   * (of the first character at offset 0). Docs' appendText/insertText do
   * carry the previous formatting over (a bold or linked end stays bold or
   * linked); we apply it to every attribute, links included, as the stricter
   * reading: code must clear what it does not want.
   */
  insert(offset: number, text: string): void {
    if (text === '') return;
    const source = offset > 0 ? offset - 1 : 0;
    const hadText = this.length > 0;
    this.text = this.text.slice(0, offset) + text + this.text.slice(offset);
    for (const name of TEXT_ATTRIBUTES) {
      const map = this.attrs[name] as SpanMap<unknown>;
      const inherited = hadText ? map.at(source) : null;
      map.openGap(offset, text.length);
      if (inherited !== null) map.set(offset, offset + text.length, inherited);
    }
  }

  /** Deletes [start, end). */
  remove(start: number, end: number): void {
    if (start >= end) return;
    this.text = this.text.slice(0, start) + this.text.slice(end);
    for (const name of TEXT_ATTRIBUTES) this.attrs[name].remove(start, end);
  }

  /** Offsets where any attribute changes, always starting with 0. */
  attributeIndices(): number[] {
    const offsets = new Set<number>([0]);
    for (const name of TEXT_ATTRIBUTES) {
      for (const run of this.attrs[name].view()) {
        if (run.start < this.length) offsets.add(run.start);
        if (run.end < this.length) offsets.add(run.end);
      }
    }
    return [...offsets].sort((a, b) => a - b);
  }

  clone(): RichText {
    const copy = new RichText(this.text);
    for (const name of TEXT_ATTRIBUTES) {
      (copy.attrs as Record<TextAttributeName, SpanMap<unknown>>)[name] =
        this.attrs[name].clone();
    }
    return copy;
  }

  /** Joins pieces into one RichText, with `separator` (unstyled) between them. */
  static concat(pieces: RichText[], separator: string): RichText {
    // One piece joins to a copy of itself (its runs are already merged); a clone shares them.
    if (pieces.length === 1) return pieces[0].clone();
    const joined = new RichText(
      pieces.map(piece => piece.text).join(separator),
    );
    let offset = 0;
    for (const piece of pieces) {
      for (const name of TEXT_ATTRIBUTES) {
        const target = joined.attrs[name] as SpanMap<unknown>;
        for (const run of piece.attrs[name].view()) {
          target.append(offset + run.start, offset + run.end, run.value);
        }
      }
      offset += piece.length + separator.length;
    }
    return joined;
  }
}
