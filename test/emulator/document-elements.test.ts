// The emulated DocumentApp's elements: reading styles, list items, tables, search, selection, cursor, entry points.
import {openDocument, paragraphs} from './support/document-fixture';

const ABS = 'https://arxiv.org/abs/2111.11432';

describe('DocumentApp entry points', () => {
  it('getActiveDocument is null in a trigger without an active document', () => {
    const {ctx, app} = openDocument(paragraphs('a'));
    ctx.runAs({source: 'time', hasActiveDocument: false}, () => {
      expect(app.getActiveDocument()).toBeNull();
    });
  });

  it('openById opens only this document', () => {
    const {app, state} = openDocument(paragraphs('a'));
    const doc = app.openById('doc-under-test');
    expect(doc.getId()).toBe(state.id);
    expect(doc.getName()).toBe('Papers');
    expect(() => app.openById('another-doc')).toThrow(/Document is missing/);
  });

  it('getUi delegates to the supplied Ui', () => {
    const {app} = openDocument(paragraphs('a'));
    expect(() => app.getUi()).toThrow('no Ui in document tests');
  });

  it('enums are the values getters return, compared by identity; only Attribute prints its name', () => {
    const {app, body} = openDocument({
      body: [{type: 'paragraph', text: 'h', heading: 'HEADING2'}],
    });
    const paragraph = body.getParagraphs()[0];
    expect(paragraph.getHeading()).toBe(app.ParagraphHeading.HEADING2);
    // Stricter than Apps Script, whose string form is undocumented: code comparing String(heading) fails here.
    expect(String(app.ParagraphHeading.HEADING2)).not.toBe('HEADING2');
    expect(String(app.GlyphType.NUMBER)).not.toBe('NUMBER');
    expect(String(app.ElementType.PARAGRAPH)).not.toBe('PARAGRAPH');
    const named = app.ParagraphHeading.HEADING2 as unknown as {name(): string};
    expect(named.name()).toBe('HEADING2');
    expect(paragraph.getType()).toBe(app.ElementType.PARAGRAPH);
    expect(String(app.HorizontalAlignment.CENTER)).not.toBe('CENTER');
    // Documented idiom: attribute objects are keyed by Attribute values.
    expect({[app.Attribute.BOLD as unknown as string]: true}).toEqual({
      BOLD: true,
    });
    expect(() =>
      paragraph.setHeading(
        'HEADING1' as unknown as GoogleAppsScript.Document.ParagraphHeading,
      ),
    ).toThrow(/Invalid argument: heading/);
  });
});

describe('reading styles', () => {
  const entry = {
    type: 'listItem' as const,
    text: 'Florence - Lu Yuan · arXiv:2111.11432',
    links: [{start: 0, end: 8, url: ABS}],
    bold: [{start: 0, end: 8}],
    colors: [{start: 11, end: 18, color: '#666666'}],
  };

  it('getTextAttributeIndices marks every change of link, bold or colour', () => {
    const {body} = openDocument({body: [entry]});
    const text = body.getListItems()[0].editAsText();
    expect(text.getTextAttributeIndices()).toEqual([0, 8, 11, 18]);
    expect(text.getLinkUrl(0)).toBe(ABS);
    expect(text.getLinkUrl(7)).toBe(ABS);
    expect(text.getLinkUrl(8)).toBeNull();
    expect(text.isBold(7)).toBe(true);
    expect(text.isBold(8)).toBe(false);
    expect(text.getForegroundColor(11)).toBe('#666666');
    expect(text.getForegroundColor(18)).toBeNull();
  });

  it('whole-text reads give the value, or null when it varies', () => {
    const {body} = openDocument({
      body: [
        entry,
        {type: 'paragraph', text: 'all', bold: [{start: 0, end: 3}]},
      ],
    });
    expect(body.getListItems()[0].editAsText().isBold()).toBeNull();
    expect(body.getListItems()[0].getLinkUrl()).toBeNull();
    const plain = body.getChild(1).asParagraph();
    expect(plain.editAsText().isBold()).toBe(true);
    expect(plain.editAsText().isItalic()).toBe(false);
    plain.setLinkUrl(ABS);
    expect(plain.getLinkUrl()).toBe(ABS);
  });

  it('getAttributes and setAttributes use Attribute names', () => {
    const {app, body, state} = openDocument({body: [entry]});
    const item = body.getListItems()[0];
    const attributes = item.getAttributes();
    expect(attributes[String(app.Attribute.NESTING_LEVEL)]).toBe(0);
    expect(attributes[String(app.Attribute.GLYPH_TYPE)]).toBe(
      app.GlyphType.BULLET,
    );
    expect(attributes[String(app.Attribute.BOLD)]).toBeNull();
    item.setAttributes({
      [String(app.Attribute.NESTING_LEVEL)]: 1,
      [String(app.Attribute.ITALIC)]: true,
      [String(app.Attribute.FONT_SIZE)]: 9,
    });
    expect(state.toJSON().body[0]).toMatchObject({
      nesting: 1,
      italic: [{start: 0, end: entry.text.length}],
    });
    expect(() => item.setAttributes({SPARKLE: true})).toThrow(/SPARKLE/);
    const text = item.editAsText();
    expect(text.getAttributes(0)[String(app.Attribute.LINK_URL)]).toBe(ABS);
    text.setAttributes(0, 7, {[String(app.Attribute.LINK_URL)]: null});
    expect(text.getLinkUrl(0)).toBeNull();
  });
});

describe('writing text', () => {
  it('appended and inserted text carries the style of the character before it', () => {
    const {body, state} = openDocument(paragraphs(''));
    const paragraph = body.appendParagraph('Title');
    paragraph.editAsText().setBold(true).setLinkUrl(ABS);
    const tail = paragraph.appendText(' - authors');
    expect(tail.getText()).toBe(' - authors');
    expect(tail.isBold(0)).toBe(true);
    // Apps Script code clears a link with null, which the typings do not admit.
    tail.setBold(false).setLinkUrl(null as unknown as string);
    paragraph.editAsText().insertText(5, '!');
    expect(state.toJSON().body[1]).toEqual({
      type: 'paragraph',
      text: 'Title! - authors',
      links: [{start: 0, end: 6, url: ABS}],
      bold: [{start: 0, end: 6}],
    });
  });

  it('setText replaces the text with plain text', () => {
    const {body, state} = openDocument({
      body: [{type: 'paragraph', text: 'old', bold: [{start: 0, end: 3}]}],
    });
    body.getParagraphs()[0].setText('new text');
    expect(state.toJSON().body[0]).toEqual({
      type: 'paragraph',
      text: 'new text',
    });
  });

  it('deleting text shifts the styles after it', () => {
    const {body, state} = openDocument({
      body: [
        {
          type: 'paragraph',
          text: 'abcdef',
          links: [{start: 4, end: 6, url: ABS}],
        },
      ],
    });
    body.getParagraphs()[0].editAsText().deleteText(1, 2);
    expect(state.toJSON().body[0]).toEqual({
      type: 'paragraph',
      text: 'adef',
      links: [{start: 2, end: 4, url: ABS}],
    });
  });

  it('body editAsText styles across paragraphs and refuses joins', () => {
    const {body, state} = openDocument(paragraphs('ab', 'cd'));
    const text = body.editAsText();
    expect(text.getText()).toBe('ab\ncd');
    text.setBold(1, 3, true);
    expect(state.toJSON().body).toEqual([
      {type: 'paragraph', text: 'ab', bold: [{start: 1, end: 2}]},
      {type: 'paragraph', text: 'cd', bold: [{start: 0, end: 1}]},
    ]);
    expect(() => text.deleteText(1, 3)).toThrow(/not emulated/);
  });
});

describe('Text handles read the current document', () => {
  it('after changes made through other handles, its own writes, or load()', () => {
    const {body, state} = openDocument(paragraphs('abc', 'def'));
    const whole = body.editAsText();
    expect(whole.getLinkUrl(0)).toBeNull();
    expect(whole.getLinkUrl(4)).toBeNull();
    body.getChild(1).asParagraph().editAsText().setLinkUrl(0, 0, ABS);
    expect(whole.getLinkUrl(4)).toBe(ABS);
    whole.setBold(0, 0, true);
    expect(whole.isBold(0)).toBe(true);
    expect(whole.getText()).toBe('abc\ndef');
    body.appendParagraph('ghi');
    expect(whole.getText()).toBe('abc\ndef\nghi');
    state.load(paragraphs('xyz'));
    expect(whole.getText()).toBe('xyz');
    expect(body.getText()).toBe('xyz');
  });
});

describe('list items and tables', () => {
  it('inserted list items join the adjacent list; nesting and glyph are kept', () => {
    const {app, body, state} = openDocument({
      body: [
        {type: 'listItem', text: 'one'},
        {type: 'paragraph', text: ''},
      ],
    });
    const second = body.insertListItem(1, 'two');
    expect(second.getListId()).toBe(body.getListItems()[0].getListId());
    second.setNestingLevel(1).setGlyphType(app.GlyphType.HOLLOW_BULLET);
    expect(() => second.setNestingLevel(9)).toThrow(/nestingLevel/);
    body.appendParagraph('gap');
    const third = body.appendListItem('three');
    expect(third.getListId()).not.toBe(second.getListId());
    third.setListId(second);
    expect(third.getListId()).toBe(second.getListId());
    expect(state.toJSON().body.slice(0, 2)).toEqual([
      {type: 'listItem', text: 'one'},
      {type: 'listItem', text: 'two', nesting: 1, glyph: 'HOLLOW_BULLET'},
    ]);
  });

  it('tables expose rows and cells; a row copy is detached', () => {
    const {body} = openDocument({
      body: [
        {
          type: 'table',
          rows: [
            ['a', 'b'],
            ['c', 'd'],
          ],
        },
        {type: 'paragraph', text: ''},
      ],
    });
    const table = body.getTables()[0];
    expect(table.getNumRows()).toBe(2);
    expect(table.getRow(1).getNumCells()).toBe(2);
    expect(table.getCell(1, 0).getText()).toBe('c');
    // Live joins a row's cells with "\n" (docs/PLATFORM.md), not a tab.
    expect(table.getRow(0).getText()).toBe('a\nb');
    expect(table.getRow(0).copy().getParent()).toBeNull();
    table.getRow(0).removeFromParent();
    expect(table.getText()).toBe('c\nd');
    expect(() => table.getCell(2, 0)).toThrow(/Child index \(2\)/);
  });

  it('siblings, parents, document end and casts', () => {
    const {app, body} = openDocument(paragraphs('a', 'b'));
    const first = body.getChild(0);
    expect(first.getNextSibling().asParagraph().getText()).toBe('b');
    expect(first.getPreviousSibling()).toBeNull();
    expect(first.getParent().getType()).toBe(app.ElementType.BODY_SECTION);
    expect(first.isAtDocumentEnd()).toBe(false);
    expect(body.getChild(1).isAtDocumentEnd()).toBe(true);
    expect(() => first.asListItem()).toThrow(
      /Cannot cast PARAGRAPH to LIST_ITEM/,
    );
    expect(() => body.getChild(2)).toThrow(/Child index \(2\)/);
    expect(() => body.insertParagraph(3, 'x')).toThrow(/less than or equal/);
  });
});

describe('findText', () => {
  it('walks matches in document order, continuing from the last one', () => {
    const {body} = openDocument({
      body: [
        {type: 'paragraph', text: 'arXiv:2111.11432 and arXiv:1706.03762'},
        {type: 'table', rows: [['arXiv:1810.04805']]},
        {type: 'paragraph', text: 'none'},
      ],
    });
    const found: string[] = [];
    let result = body.findText('arXiv:\\d{4}\\.\\d{4,5}');
    while (result) {
      const text = result.getElement().asText().getText();
      found.push(
        text.slice(result.getStartOffset(), result.getEndOffsetInclusive() + 1),
      );
      expect(result.isPartial()).toBe(true);
      result = body.findText('arXiv:\\d{4}\\.\\d{4,5}', result);
    }
    expect(found).toEqual([
      'arXiv:2111.11432',
      'arXiv:1706.03762',
      'arXiv:1810.04805',
    ]);
    expect(body.findText('absent')).toBeNull();
  });
});

describe('selection and cursor', () => {
  it('setSelection records the selected body children for the user view', () => {
    const {doc, body, state} = openDocument(paragraphs('a', 'b', 'c', 'd'));
    expect(state.selection()).toBeNull();
    const range = doc
      .newRange()
      .addElement(body.getChild(1))
      .addElement(body.getChild(2))
      .build();
    doc.setSelection(range);
    expect(state.selection()).toEqual({start: 1, end: 3});
    const selected = doc.getSelection().getRangeElements();
    expect(selected.map(e => e.getElement().asParagraph().getText())).toEqual([
      'b',
      'c',
    ]);
    expect(selected[0].getStartOffset()).toBe(-1);
    expect(selected[0].isPartial()).toBe(false);
    body.getChild(0).removeFromParent();
    expect(state.selection()).toEqual({start: 0, end: 2});
  });

  it('a partial text selection and the cursor exclude each other', () => {
    const {doc, body, state} = openDocument(paragraphs('hello', 'world'));
    const text = body.getChild(1).asParagraph().editAsText();
    doc.setSelection(doc.newRange().addElement(text, 1, 3).build());
    expect(state.selection()).toEqual({start: 1, end: 2});
    expect(() => doc.newRange().addElement(text, 2, 5)).toThrow(/offsets/);
    doc.setCursor(doc.newPosition(text, 2));
    expect(state.selection()).toBeNull();
    expect(doc.getSelection()).toBeNull();
    const cursor = doc.getCursor() as GoogleAppsScript.Document.Position;
    expect(cursor).not.toBeNull();
    expect(cursor.getOffset()).toBe(2);
    expect(cursor.getSurroundingText().getText()).toBe('world');
    expect(cursor.getSurroundingTextOffset()).toBe(2);
  });

  it('refuses elements that are not in the document', () => {
    const {doc, body} = openDocument(paragraphs('a', 'b'));
    const copy = body.getChild(0).asParagraph().copy();
    const range = doc.newRange().addElement(copy).build();
    expect(() => doc.setSelection(range)).toThrow(/not in this document/);
    expect(() => doc.newPosition(copy, 0)).toThrow(/not in this document/);
  });
});
