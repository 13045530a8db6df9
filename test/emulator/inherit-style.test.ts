// The stricter rule that a paragraph or list item inserted from a string takes its neighbours' text style and heading.
import {openDocument} from './support/document-fixture';

const URL = 'https://example.org/notes';

/** A bold, linked, coloured heading paragraph, then a plain one. */
function styledDoc() {
  return openDocument({
    body: [
      {
        type: 'paragraph',
        text: 'Read first',
        heading: 'HEADING3',
        links: [{start: 0, end: 10, url: URL}],
        bold: [{start: 0, end: 10}],
        colors: [{start: 0, end: 10, color: '#ff0000'}],
      },
      {type: 'paragraph', text: 'plain'},
    ],
  });
}

describe('style of inserted blocks', () => {
  it('a paragraph inserted after styled text takes its last character’s style and its heading', () => {
    const {body, state} = styledDoc();
    body.insertParagraph(1, 'new');
    expect(state.toJSON().body[1]).toEqual({
      type: 'paragraph',
      text: 'new',
      heading: 'HEADING3',
      links: [{start: 0, end: 3, url: URL}],
      bold: [{start: 0, end: 3}],
      colors: [{start: 0, end: 3, color: '#ff0000'}],
    });
  });

  it('at the start of the body it takes the next block’s first character and heading', () => {
    const {body, state} = styledDoc();
    body.insertParagraph(0, 'top');
    expect(state.toJSON().body[0]).toMatchObject({
      heading: 'HEADING3',
      bold: [{start: 0, end: 3}],
    });
  });

  it('a list item next to a numbered heading takes the heading; appendParagraph after plain text stays plain', () => {
    const {body, state} = openDocument({
      body: [
        {
          type: 'listItem',
          text: 'Vision',
          glyph: 'NUMBER',
          heading: 'HEADING2',
        },
        {type: 'paragraph', text: 'plain'},
      ],
    });
    body.insertListItem(1, 'entry');
    body.appendParagraph('tail');
    const json = state.toJSON().body;
    expect(json[1]).toMatchObject({type: 'listItem', heading: 'HEADING2'});
    expect(json[3]).toEqual({type: 'paragraph', text: 'tail'});
  });

  it('a copy keeps its own style, and explicit setters undo what was taken', () => {
    const {app, body, state} = styledDoc();
    body.insertParagraph(2, body.getChild(1).asParagraph().copy());
    expect(state.toJSON().body[2]).toEqual({type: 'paragraph', text: 'plain'});
    const made = body.insertParagraph(1, 'new');
    made.setHeading(app.ParagraphHeading.NORMAL);
    made.editAsText().setAttributes(0, 2, {
      [String(app.Attribute.BOLD)]: false,
      [String(app.Attribute.LINK_URL)]: null,
      [String(app.Attribute.FOREGROUND_COLOR)]: null,
    });
    expect(state.toJSON().body[1]).toEqual({type: 'paragraph', text: 'new'});
  });
});
