// DocumentApp's enums as Apps Script exposes them: singleton values, to be compared by identity.
import {GLYPHS, HEADINGS} from './nodes';

/**
 * One enum value. Code must compare values by identity
 * (`=== DocumentApp.ParagraphHeading.HEADING2`). What `String(v)` gives on
 * real Apps Script is not documented (and the REST API spells headings
 * differently, `HEADING_2`), so, the stricter choice, it is not the name
 * here: a comparison by string form fails in tests. Attribute is the
 * exception: its values are documented as the keys of attribute objects
 * (`style[DocumentApp.Attribute.BOLD] = true`), so its string form is the name.
 */
export class EnumValue {
  private readonly shown: string;

  constructor(
    readonly enumName: string,
    private readonly valueName: string,
    private readonly index: number,
    nameIsStringForm = false,
  ) {
    this.shown = nameIsStringForm ? valueName : `${enumName}.${valueName}`;
    Object.freeze(this);
  }
  name(): string {
    return this.valueName;
  }
  ordinal(): number {
    return this.index;
  }
  toString(): string {
    return this.shown;
  }
  toJSON(): string {
    return this.shown;
  }
}

export type EnumObject = Readonly<Record<string, EnumValue>>;

function makeEnum(
  enumName: string,
  names: readonly string[],
  nameIsStringForm = false,
): EnumObject {
  const values: Record<string, EnumValue> = {};
  names.forEach((name, index) => {
    values[name] = new EnumValue(enumName, name, index, nameIsStringForm);
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

export const Attribute = makeEnum(
  'Attribute',
  [
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
  ],
  true,
);

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
