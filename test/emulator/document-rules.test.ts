// The docs/PLATFORM.md rules the emulated DocumentApp enforces, one block per rule.
import {
  CLOSED_MESSAGE,
  DETACHED_MESSAGE,
  LAST_PARAGRAPH_MESSAGE,
} from '../../emulator/document';
import {openDocument, paragraphs} from './support/document-fixture';

describe('rule 1: style and delete offsets are inclusive at the end', () => {
  const url = 'https://arxiv.org/abs/2111.11432';

  it('setLinkUrl(start, endInclusive) links the end character too', () => {
    const {body, state} = openDocument(paragraphs('Florence model'));
    body.getParagraphs()[0].editAsText().setLinkUrl(0, 7, url);
    expect(state.toJSON().body[0]).toEqual({
      type: 'paragraph',
      text: 'Florence model',
      links: [{start: 0, end: 8, url}],
    });
  });

  it('setBold, setItalic and setForegroundColor cover [start, endInclusive]', () => {
    const {body, state} = openDocument(paragraphs('abcdef'));
    const text = body.getParagraphs()[0].editAsText();
    text.setBold(1, 2, true).setItalic(3, 3, true);
    text.setForegroundColor(4, 5, '#888888');
    expect(state.toJSON().body[0]).toEqual({
      type: 'paragraph',
      text: 'abcdef',
      bold: [{start: 1, end: 3}],
      italic: [{start: 3, end: 4}],
      colors: [{start: 4, end: 6, color: '#888888'}],
    });
  });

  it('deleteText(start, endInclusive) removes the end character', () => {
    const {body} = openDocument(paragraphs('Hello world'));
    const text = body.getParagraphs()[0].editAsText();
    text.deleteText(0, 5);
    expect(text.getText()).toBe('world');
  });

  it('an end offset equal to the length throws and changes nothing', () => {
    const {body, state} = openDocument(paragraphs('abc'));
    const text = body.getParagraphs()[0].editAsText();
    const before = state.toJSON();
    expect(() => text.setLinkUrl(0, 3, url)).toThrow(
      'Index (3) must be less than the content length (3)',
    );
    expect(() => text.setBold(0, 3, true)).toThrow('content length');
    expect(() => text.setItalic(1, 3, true)).toThrow('content length');
    expect(() => text.setForegroundColor(0, 3, '#000000')).toThrow(
      'content length',
    );
    expect(() => text.deleteText(2, 3)).toThrow('content length');
    expect(state.toJSON()).toEqual(before);
  });

  it('negative, reversed and fractional offsets throw', () => {
    const {body} = openDocument(paragraphs('abcdef'));
    const text = body.getParagraphs()[0].editAsText();
    expect(() => text.setBold(-1, 2, true)).toThrow();
    expect(() => text.setBold(3, 2, true)).toThrow();
    expect(() => text.setBold(0.5, 2, true)).toThrow();
    expect(() => text.getLinkUrl(6)).toThrow('content length');
    expect(() => text.isBold(-1)).toThrow();
  });

  it('any range on an empty text throws, the whole-text form does not', () => {
    const {body} = openDocument(paragraphs(''));
    const text = body.getParagraphs()[0].editAsText();
    expect(() => text.setBold(0, 0, true)).toThrow('content length (0)');
    expect(() => text.setBold(true)).not.toThrow();
  });
});

describe('rule 2: the body keeps a last paragraph', () => {
  it('removing the last paragraph throws with Docs wording', () => {
    const {body, state} = openDocument(paragraphs('first', 'last'));
    const last = body.getChild(1);
    expect(() => last.removeFromParent()).toThrow(LAST_PARAGRAPH_MESSAGE);
    expect(() => body.removeChild(last)).toThrow(LAST_PARAGRAPH_MESSAGE);
    expect(state.toJSON()).toEqual(paragraphs('first', 'last'));
  });

  it('the only paragraph cannot be removed either', () => {
    const {body} = openDocument(paragraphs('only'));
    expect(() => body.getChild(0).removeFromParent()).toThrow(
      "Can't remove the last paragraph in a document section.",
    );
  });

  it('a last list item is the last paragraph too', () => {
    const {body} = openDocument({
      body: [
        {type: 'paragraph', text: 'intro'},
        {type: 'listItem', text: 'item'},
      ],
    });
    expect(() => body.getChild(1).removeFromParent()).toThrow(
      LAST_PARAGRAPH_MESSAGE,
    );
  });

  it('other children can be removed', () => {
    const {body, state} = openDocument(paragraphs('a', 'b', 'c'));
    body.getChild(0).removeFromParent();
    body.removeChild(body.getChild(0));
    expect(state.toJSON()).toEqual(paragraphs('c'));
  });

  it('an appended table is followed by an empty paragraph', () => {
    const {body, state} = openDocument(paragraphs('a'));
    const table = body.appendTable([['x', 'y']]);
    expect(body.getNumChildren()).toBe(3);
    expect(body.getChildIndex(table)).toBe(1);
    expect(state.toJSON().body).toEqual([
      {type: 'paragraph', text: 'a'},
      {type: 'table', rows: [['x', 'y']]},
      {type: 'paragraph', text: ''},
    ]);
  });

  it('a table inserted at the end gets a paragraph, one in the middle does not', () => {
    const {app, body} = openDocument(paragraphs('a', 'b'));
    body.insertTable(1, [['mid']]);
    expect(body.getNumChildren()).toBe(3);
    body.insertTable(3, [['end']]);
    expect(body.getNumChildren()).toBe(5);
    expect(body.getChild(3).getType()).toBe(app.ElementType.TABLE);
    expect(body.getChild(4).getType()).toBe(app.ElementType.PARAGRAPH);
  });

  it('a DocJson that ends with a table or is empty gains a paragraph', () => {
    const {state} = openDocument({body: [{type: 'table', rows: [['t']]}]});
    expect(state.toJSON().body).toEqual([
      {type: 'table', rows: [['t']]},
      {type: 'paragraph', text: ''},
    ]);
    expect(openDocument({body: []}).state.toJSON()).toEqual(paragraphs(''));
  });
});

describe('rule 3: only detached elements can be inserted', () => {
  it('inserting an attached paragraph, list item or table throws', () => {
    const {body, state} = openDocument({
      body: [
        {type: 'paragraph', text: 'p'},
        {type: 'listItem', text: 'li'},
        {type: 'table', rows: [['t']]},
        {type: 'paragraph', text: 'end'},
      ],
    });
    const before = state.toJSON();
    const paragraph = body.getChild(0).asParagraph();
    const item = body.getChild(1).asListItem();
    const table = body.getChild(2).asTable();
    expect(() => body.insertParagraph(3, paragraph)).toThrow(DETACHED_MESSAGE);
    expect(() => body.appendParagraph(paragraph)).toThrow(
      'Element must be detached.',
    );
    expect(() => body.insertListItem(0, item)).toThrow(DETACHED_MESSAGE);
    expect(() => body.appendListItem(item)).toThrow(DETACHED_MESSAGE);
    expect(() => body.insertTable(0, table)).toThrow(DETACHED_MESSAGE);
    expect(() => body.appendTable(table)).toThrow(DETACHED_MESSAGE);
    expect(state.toJSON()).toEqual(before);
  });

  it('a copy inserts once; inserting the same copy again throws', () => {
    const {body} = openDocument(paragraphs('a', 'b'));
    const copy = body.getChild(0).asParagraph().copy();
    body.insertParagraph(2, copy);
    expect(() => body.insertParagraph(0, copy)).toThrow(DETACHED_MESSAGE);
  });

  it('an element removed from its parent can be inserted again', () => {
    const {body, state} = openDocument(paragraphs('a', 'b', 'c'));
    const first = body.getChild(0).asParagraph().removeFromParent();
    body.insertParagraph(1, first);
    expect(state.toJSON()).toEqual(paragraphs('b', 'a', 'c'));
  });
});

describe('rule 4: copy() is detached and deep', () => {
  it('a paragraph copy carries text, heading and styles and is detached', () => {
    const block = {
      type: 'paragraph' as const,
      text: 'Florence: A Foundation Model',
      heading: 'HEADING3' as const,
      links: [{start: 0, end: 8, url: 'https://arxiv.org/abs/2111.11432'}],
      bold: [{start: 0, end: 8}],
      italic: [{start: 10, end: 11}],
      colors: [{start: 12, end: 20, color: '#666666'}],
    };
    const {body, state} = openDocument({
      body: [block, {type: 'paragraph', text: ''}],
    });
    const copy = body.getChild(0).asParagraph().copy();
    expect(copy.getParent()).toBeNull();
    body.appendParagraph(copy);
    expect(state.toJSON().body[2]).toEqual(block);
  });

  it('changing a copy never changes the original', () => {
    const block = {
      type: 'listItem' as const,
      text: 'item text',
      nesting: 2,
      glyph: 'HOLLOW_BULLET',
      links: [{start: 0, end: 4, url: 'https://arxiv.org/abs/1501.00001'}],
      bold: [{start: 0, end: 4}],
    };
    const {app, body, state} = openDocument({
      body: [block, {type: 'paragraph', text: ''}],
    });
    const before = state.toJSON();
    const copy = body.getChild(0).asListItem().copy();
    copy.setText('changed');
    copy.editAsText().setBold(true).setLinkUrl('https://example.com/');
    copy.setNestingLevel(0);
    copy.setGlyphType(app.GlyphType.NUMBER);
    copy.setHeading(app.ParagraphHeading.HEADING1);
    expect(state.toJSON()).toEqual(before);
  });

  it('changing the original never changes an earlier copy', () => {
    const {body} = openDocument(paragraphs('original', ''));
    const original = body.getChild(0).asParagraph();
    const copy = original.copy();
    original.editAsText().setBold(0, 3, true);
    original.appendText(' more');
    expect(copy.getText()).toBe('original');
    expect(copy.editAsText().getTextAttributeIndices()).toEqual([0]);
  });

  it('a table copy is deep: its cells are new', () => {
    const {body, state} = openDocument({
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
    const copy = body.getChild(0).asTable().copy();
    expect(copy.getText()).toBe('a\nb\nc\nd');
    copy.getCell(1, 1).setText('changed');
    body.insertTable(1, copy);
    expect(state.toJSON().body).toEqual([
      {
        type: 'table',
        rows: [
          ['a', 'b'],
          ['c', 'd'],
        ],
      },
      {
        type: 'table',
        rows: [
          ['a', 'b'],
          ['c', 'changed'],
        ],
      },
      {type: 'paragraph', text: ''},
    ]);
  });
});

describe('rule 5: every call is counted and needs document access', () => {
  it('counts each call as DocumentApp.<Class>.<method>', () => {
    const {ctx, body} = openDocument(paragraphs('a', 'b', 'c'));
    ctx.calls.reset();
    for (let i = 0; i < body.getNumChildren(); i++) {
      body.getChild(i).asParagraph().getText();
    }
    expect(ctx.calls.byMethod()).toEqual({
      'DocumentApp.Body.getNumChildren': 4,
      'DocumentApp.Body.getChild': 3,
      'DocumentApp.Paragraph.asParagraph': 3,
      'DocumentApp.Paragraph.getText': 3,
    });
    expect(ctx.calls.total()).toBe(13);
  });

  it('counts text, range and document calls; enum reads are free', () => {
    const {ctx, app, doc, body} = openDocument(paragraphs('abc'));
    ctx.calls.reset();
    const heading = app.ParagraphHeading.HEADING2;
    void app.GlyphType.BULLET;
    void app.Attribute.BOLD;
    expect(ctx.calls.total()).toBe(0);
    const paragraph = body.getParagraphs()[0];
    paragraph.setHeading(heading);
    paragraph.editAsText().setBold(0, 1, true);
    doc.setSelection(doc.newRange().addElement(paragraph).build());
    expect(ctx.calls.byMethod()).toEqual({
      'DocumentApp.Body.getParagraphs': 1,
      'DocumentApp.Paragraph.setHeading': 1,
      'DocumentApp.Paragraph.editAsText': 1,
      'DocumentApp.Text.setBold': 1,
      'DocumentApp.Document.newRange': 1,
      'DocumentApp.RangeBuilder.addElement': 1,
      'DocumentApp.RangeBuilder.build': 1,
      'DocumentApp.Document.setSelection': 1,
    });
  });

  it('AuthMode NONE refuses the document, even through handles got earlier', () => {
    const {ctx, app, body} = openDocument(paragraphs('a'));
    ctx.runAs({authMode: 'NONE'}, () => {
      expect(() => app.getActiveDocument()).toThrow(/AuthMode\.NONE/);
      expect(() => body.getChild(0)).toThrow(/DocumentApp\.Body\.getChild/);
    });
    expect(ctx.calls.byMethod()['DocumentApp.Body.getChild']).toBe(1);
  });

  it('LIMITED may read the document but not open it by id', () => {
    const {ctx, app, state} = openDocument(paragraphs('a'));
    ctx.runAs({authMode: 'LIMITED'}, () => {
      expect(app.getActiveDocument().getBody().getText()).toBe('a');
      expect(() => app.openById(state.id)).toThrow(/openById/);
    });
  });
});

describe('rule 6: findText takes a reduced regex', () => {
  it('capture groups and backreferences throw', () => {
    const {body} = openDocument(paragraphs('arXiv:2111.11432'));
    expect(() => body.findText('arXiv:(\\d+)')).toThrow(
      /capture groups .* not supported/,
    );
    expect(() => body.findText('(?i)arxiv')).toThrow(/not supported/);
    expect(() => body.findText('(a)\\1')).toThrow(/not supported/);
    const text = body.getParagraphs()[0].editAsText();
    expect(() => text.findText('(x)')).toThrow(/not supported/);
  });

  it('non-capturing groups, escaped and bracketed parentheses are fine', () => {
    const {body} = openDocument(paragraphs('see (arXiv:2111.11432)'));
    const found = body.findText('\\(arXiv:(?:\\d{4})\\.\\d+[)]');
    expect(found.getStartOffset()).toBe(4);
    expect(found.getEndOffsetInclusive()).toBe(21);
  });
});

describe('saveAndClose', () => {
  it('closes the handle and its elements; openById gives a working one', () => {
    const {app, doc, body, state} = openDocument(paragraphs('a', 'b'));
    const paragraph = body.getChild(0).asParagraph();
    doc.saveAndClose();
    expect(() => body.getNumChildren()).toThrow(CLOSED_MESSAGE);
    expect(() => paragraph.setText('x')).toThrow(CLOSED_MESSAGE);
    expect(() => paragraph.getText()).toThrow(CLOSED_MESSAGE);
    expect(() => doc.getBody()).toThrow(CLOSED_MESSAGE);
    const reopened = app.openById(state.id);
    reopened.getBody().getChild(0).asParagraph().setText('x');
    expect(state.toJSON()).toEqual(paragraphs('x', 'b'));
  });
});
