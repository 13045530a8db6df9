// DocJson in and out of the emulated document: canonical form, round trip, and block moves by copy/insert/remove.
import fc from 'fast-check';
import {DocumentState} from '../../emulator/document';
import type {
  Block,
  DocJson,
  HeadingName,
  ListItemBlock,
  ParagraphBlock,
} from '../../src/core/doc-model';
import {openDocument} from './support/document-fixture';

const URLS = ['https://arxiv.org/abs/2111.11432', 'https://example.com/x'];
const COLORS = ['#666666', '#ff0000'];
const HEADINGS: HeadingName[] = [
  'HEADING1',
  'HEADING2',
  'HEADING3',
  'HEADING4',
  'HEADING5',
  'HEADING6',
  'TITLE',
  'SUBTITLE',
];
const GLYPHS = ['HOLLOW_BULLET', 'SQUARE_BULLET', 'NUMBER', 'ROMAN_LOWER'];

/** Canonical runs of per-character values: merged, sorted, end-exclusive. */
function runsOf<T>(
  values: (T | null)[],
): {start: number; end: number; value: T}[] {
  const runs: {start: number; end: number; value: T}[] = [];
  values.forEach((value, offset) => {
    if (value === null) return;
    const last = runs[runs.length - 1];
    if (last && last.end === offset && last.value === value) last.end++;
    else runs.push({start: offset, end: offset + 1, value});
  });
  return runs;
}

/** Canonical style fields for a text, from per-character choices. */
const stylesFor = (length: number) =>
  fc
    .record({
      links: fc.array(fc.option(fc.constantFrom(...URLS), {freq: 2}), {
        minLength: length,
        maxLength: length,
      }),
      bold: fc.array(fc.option(fc.constant(true)), {
        minLength: length,
        maxLength: length,
      }),
      italic: fc.array(fc.option(fc.constant(true), {freq: 3}), {
        minLength: length,
        maxLength: length,
      }),
      colors: fc.array(fc.option(fc.constantFrom(...COLORS), {freq: 3}), {
        minLength: length,
        maxLength: length,
      }),
    })
    .map(chars => {
      const links = runsOf(chars.links).map(r => ({
        start: r.start,
        end: r.end,
        url: r.value,
      }));
      const bold = runsOf(chars.bold).map(r => ({start: r.start, end: r.end}));
      const italic = runsOf(chars.italic).map(r => ({
        start: r.start,
        end: r.end,
      }));
      const colors = runsOf(chars.colors).map(r => ({
        start: r.start,
        end: r.end,
        color: r.value,
      }));
      return {
        ...(links.length ? {links} : {}),
        ...(bold.length ? {bold} : {}),
        ...(italic.length ? {italic} : {}),
        ...(colors.length ? {colors} : {}),
      };
    });

const styledText = fc
  .string({maxLength: 12, unit: 'grapheme-ascii'})
  .chain(text => stylesFor(text.length).map(styles => ({text, styles})));

const paragraph: fc.Arbitrary<ParagraphBlock> = fc
  .tuple(styledText, fc.option(fc.constantFrom(...HEADINGS), {freq: 2}))
  .map(([{text, styles}, heading]) => ({
    type: 'paragraph',
    text,
    ...(heading ? {heading} : {}),
    ...styles,
  }));

const listItem: fc.Arbitrary<ListItemBlock> = fc
  .tuple(
    styledText,
    fc.option(fc.integer({min: 1, max: 8}), {freq: 2}),
    fc.option(fc.constantFrom(...GLYPHS), {freq: 2}),
  )
  .map(([{text, styles}, nesting, glyph]) => ({
    type: 'listItem',
    text,
    ...(nesting ? {nesting} : {}),
    ...(glyph ? {glyph} : {}),
    ...styles,
  }));

const table: fc.Arbitrary<Block> = fc
  .array(fc.array(fc.string({maxLength: 6}), {minLength: 1, maxLength: 3}), {
    minLength: 1,
    maxLength: 3,
  })
  .map(rows => ({type: 'table', rows}));

/** Any canonical DocJson: a non-empty body that ends with a paragraph or list item. */
const canonicalDoc: fc.Arbitrary<DocJson> = fc
  .tuple(
    fc.option(fc.string({maxLength: 10}), {nil: undefined}),
    fc.array(fc.oneof(paragraph, listItem, table), {maxLength: 8}),
    fc.oneof(paragraph, listItem),
  )
  .map(([title, blocks, last]) => ({
    ...(title !== undefined ? {title} : {}),
    body: [...blocks, last],
  }));

describe('DocumentState JSON', () => {
  it('round-trips any canonical DocJson exactly', () => {
    fc.assert(
      fc.property(canonicalDoc, json => {
        const out = new DocumentState(json).toJSON();
        expect(JSON.stringify(out)).toBe(JSON.stringify(json));
      }),
      {numRuns: 300},
    );
  });

  it('load() replaces the content and round-trips too', () => {
    fc.assert(
      fc.property(canonicalDoc, canonicalDoc, (first, second) => {
        const state = new DocumentState(first);
        state.load(second);
        expect(state.toJSON()).toEqual(second);
      }),
      {numRuns: 100},
    );
  });

  it('canonicalizes: defaults omitted, spans sorted, merged, clipped by later ones', () => {
    const state = new DocumentState({
      body: [
        {
          type: 'paragraph',
          text: 'abcdefgh',
          heading: 'NORMAL',
          bold: [
            {start: 4, end: 6},
            {start: 0, end: 2},
            {start: 2, end: 4},
          ],
          links: [
            {start: 0, end: 4, url: 'https://a/'},
            {start: 2, end: 6, url: 'https://b/'},
          ],
          italic: [],
          colors: [{start: 0, end: 1, color: '#ABCDEF'}],
        },
        {type: 'listItem', text: 'x', nesting: 0, glyph: 'BULLET'},
      ],
    });
    expect(state.toJSON()).toEqual({
      body: [
        {
          type: 'paragraph',
          text: 'abcdefgh',
          links: [
            {start: 0, end: 2, url: 'https://a/'},
            {start: 2, end: 6, url: 'https://b/'},
          ],
          bold: [{start: 0, end: 6}],
          colors: [{start: 0, end: 1, color: '#abcdef'}],
        },
        {type: 'listItem', text: 'x'},
      ],
    });
  });

  it('refuses spans outside the text and unknown headings or glyphs', () => {
    expect(
      () =>
        new DocumentState({
          body: [{type: 'paragraph', text: 'ab', bold: [{start: 1, end: 3}]}],
        }),
    ).toThrow(/outside the text/);
    expect(
      () =>
        new DocumentState({
          body: [
            {type: 'paragraph', text: 'ab', heading: 'HEADING9' as HeadingName},
          ],
        }),
    ).toThrow(/unknown heading/);
    expect(
      () =>
        new DocumentState({
          body: [{type: 'listItem', text: 'a', glyph: 'STAR'}],
        }),
    ).toThrow(/unknown glyph/);
  });

  it('moving a block by copy, insert and removeFromParent equals an array move', () => {
    const moveCase = canonicalDoc
      .filter(json => json.body.length >= 2)
      .chain(json =>
        fc.tuple(
          fc.constant(json),
          fc.integer({min: 0, max: json.body.length - 2}),
          fc.integer({min: 0, max: json.body.length - 1}),
        ),
      );
    fc.assert(
      fc.property(moveCase, ([json, from, before]) => {
        const {app, body, state} = openDocument(json);
        const original = body.getChild(from);
        const kind = original.getType();
        const types = app.ElementType;
        if (kind === types.PARAGRAPH) {
          body.insertParagraph(before, original.asParagraph().copy());
        } else if (kind === types.LIST_ITEM) {
          body.insertListItem(before, original.asListItem().copy());
        } else {
          body.insertTable(before, original.asTable().copy());
        }
        original.removeFromParent();

        const expected = [...json.body];
        const [moved] = expected.splice(from, 1);
        expected.splice(before <= from ? before : before - 1, 0, moved);
        expect(state.toJSON().body).toEqual(expected);
      }),
      {numRuns: 200},
    );
  });
});
