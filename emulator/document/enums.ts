// DocumentApp's enums as Apps Script exposes them: singleton values whose string form is their name.
import {GLYPHS, HEADINGS} from './nodes';

/** One enum value; `String(v)` and object keys give its name, as in Apps Script. */
export class EnumValue {
  constructor(
    readonly enumName: string,
    private readonly valueName: string,
    private readonly index: number,
  ) {
    Object.freeze(this);
  }
  name(): string {
    return this.valueName;
  }
  ordinal(): number {
    return this.index;
  }
  toString(): string {
    return this.valueName;
  }
  toJSON(): string {
    return this.valueName;
  }
}

export type EnumObject = Readonly<Record<string, EnumValue>>;

function makeEnum(enumName: string, names: readonly string[]): EnumObject {
  const values: Record<string, EnumValue> = {};
  names.forEach((name, index) => {
    values[name] = new EnumValue(enumName, name, index);
  });
  return Object.freeze(values);
}

export const ParagraphHeading = makeEnum('ParagraphHeading', HEADINGS);

export const GlyphType = makeEnum('GlyphType', GLYPHS);

export const HorizontalAlignment = makeEnum('HorizontalAlignment', [
  'LEFT',
  'CENTER',
  'RIGHT',
  'JUSTIFY',
]);

export const ElementType = makeEnum('ElementType', [
  'BODY_SECTION',
  'COMMENT_SECTION',
  'DATE',
  'DOCUMENT',
  'EQUATION',
  'EQUATION_FUNCTION',
  'EQUATION_FUNCTION_ARGUMENT_SEPARATOR',
  'EQUATION_SYMBOL',
  'FOOTER_SECTION',
  'FOOTNOTE',
  'FOOTNOTE_SECTION',
  'HEADER_SECTION',
  'HORIZONTAL_RULE',
  'INLINE_DRAWING',
  'INLINE_IMAGE',
  'LIST_ITEM',
  'PAGE_BREAK',
  'PARAGRAPH',
  'PERSON',
  'RICH_LINK',
  'TABLE',
  'TABLE_CELL',
  'TABLE_OF_CONTENTS',
  'TABLE_ROW',
  'TEXT',
  'UNSUPPORTED',
]);

export const Attribute = makeEnum('Attribute', [
  'BACKGROUND_COLOR',
  'BOLD',
  'BORDER_COLOR',
  'BORDER_WIDTH',
  'CODE',
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'HEADING',
  'HEIGHT',
  'HORIZONTAL_ALIGNMENT',
  'INDENT_END',
  'INDENT_FIRST_LINE',
  'INDENT_START',
  'ITALIC',
  'GLYPH_TYPE',
  'LEFT_TO_RIGHT',
  'LINE_SPACING',
  'LINK_URL',
  'LIST_ID',
  'MARGIN_BOTTOM',
  'MARGIN_LEFT',
  'MARGIN_RIGHT',
  'MARGIN_TOP',
  'NESTING_LEVEL',
  'MINIMUM_HEIGHT',
  'PADDING_BOTTOM',
  'PADDING_LEFT',
  'PADDING_RIGHT',
  'PADDING_TOP',
  'PAGE_HEIGHT',
  'PAGE_WIDTH',
  'SPACING_AFTER',
  'SPACING_BEFORE',
  'STRIKETHROUGH',
  'UNDERLINE',
  'VERTICAL_ALIGNMENT',
  'WIDTH',
]);

/**
 * The name of an enum value of the given enum, or throws as Apps Script does
 * for a wrong argument (a plain string is refused: real code passes the enum).
 */
export function enumName(
  value: unknown,
  type: EnumObject,
  argument: string,
): string {
  if (value instanceof EnumValue && type[value.name()] === value) {
    return value.name();
  }
  throw new Error(`Exception: Invalid argument: ${argument}`);
}
