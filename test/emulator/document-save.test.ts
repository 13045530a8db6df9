// "Too many changes applied before saving document": the emulator's count of unsaved changes and what resets it.
import {
  DEFAULT_MAX_CHANGES_BEFORE_SAVE,
  TOO_MANY_CHANGES_MESSAGE,
  createEnvironment,
  type Env,
  type EnvironmentOptions,
} from '../../emulator';
import {load} from './load';

const FULL = {authMode: 'FULL', source: 'run'} as const;

function environment(options: EnvironmentOptions = {}): Env {
  return createEnvironment({
    files: {},
    document: {body: [{type: 'paragraph', text: 'first'}]},
    ...options,
  });
}

function bodyOf(env: Env): GoogleAppsScript.Document.Body {
  return env.globals.DocumentApp.getActiveDocument().getBody();
}

function appendParagraphs(
  body: GoogleAppsScript.Document.Body,
  count: number,
): void {
  for (let i = 0; i < count; i++) body.appendParagraph(`p${i}`);
}

describe('the limit on unsaved changes', () => {
  it('is 2,000 changes by default; the next change throws and is not made', () => {
    const env = environment();
    expect(DEFAULT_MAX_CHANGES_BEFORE_SAVE).toBe(2000);
    env.runAs(FULL, () => {
      const body = bodyOf(env);
      appendParagraphs(body, 2000);
      expect(() => body.appendParagraph('one too many')).toThrow(
        'Too many changes applied before saving document. Please save changes in smaller batches using Document.saveAndClose(), then reopen the document with Document.openById().',
      );
    });
    const texts = env.document
      .toJSON()
      .body.map(block => (block.type === 'table' ? '' : block.text));
    expect(texts).toHaveLength(2001);
    expect(texts).not.toContain('one too many');
  });

  it('counts every kind of change: text, style, heading, list, insert and remove', () => {
    const env = environment({
      maxChangesBeforeSave: 10,
      document: {
        body: [
          {type: 'paragraph', text: 'title'},
          {type: 'listItem', text: 'item'},
          {type: 'paragraph', text: 'last'},
        ],
      },
    });
    env.runAs(FULL, () => {
      const body = bodyOf(env);
      const paragraph = body.getChild(0).asParagraph();
      const item = body.getChild(1).asListItem();
      const text = paragraph.editAsText();
      text.insertText(0, 'A ');
      text.setBold(0, 0, true);
      text.setLinkUrl(0, 0, 'https://arxiv.org/abs/2111.11432');
      text.deleteText(0, 1);
      paragraph.setHeading(env.globals.DocumentApp.ParagraphHeading.HEADING2);
      item.setNestingLevel(1);
      item.setGlyphType(env.globals.DocumentApp.GlyphType.NUMBER);
      body.insertParagraph(0, 'new');
      body.getChild(0).removeFromParent();
      paragraph.setText('title again');
      expect(() => paragraph.appendText('!')).toThrow(TOO_MANY_CHANGES_MESSAGE);
    });
  });

  it('does not count reads, copies, selection or cursor', () => {
    const env = environment({maxChangesBeforeSave: 1});
    env.runAs(FULL, () => {
      const doc = env.globals.DocumentApp.getActiveDocument();
      const body = doc.getBody();
      for (let i = 0; i < 50; i++) {
        const paragraph = body.getChild(0).asParagraph();
        paragraph.getText();
        paragraph.editAsText().getLinkUrl(0);
        paragraph.copy();
        doc.setSelection(doc.newRange().addElement(paragraph).build());
        doc.setCursor(doc.newPosition(paragraph, 0));
      }
      body.appendParagraph('the one change allowed');
      expect(() => body.appendParagraph('a second')).toThrow(
        TOO_MANY_CHANGES_MESSAGE,
      );
    });
  });

  it('starts again after saveAndClose() and openById()', () => {
    const env = environment({maxChangesBeforeSave: 3});
    env.runAs(FULL, () => {
      const app = env.globals.DocumentApp;
      const doc = app.getActiveDocument();
      appendParagraphs(doc.getBody(), 3);
      doc.saveAndClose();
      const reopened = app.openById(env.document.id);
      appendParagraphs(reopened.getBody(), 3);
      expect(() => reopened.getBody().appendParagraph('x')).toThrow(
        TOO_MANY_CHANGES_MESSAGE,
      );
    });
    expect(env.document.toJSON().body).toHaveLength(7);
  });

  it('does not start again on openById() alone: the changes are still unsaved', () => {
    const env = environment({maxChangesBeforeSave: 3});
    env.runAs(FULL, () => {
      const app = env.globals.DocumentApp;
      appendParagraphs(app.getActiveDocument().getBody(), 3);
      const second = app.openById(env.document.id);
      expect(() => second.getBody().appendParagraph('x')).toThrow(
        TOO_MANY_CHANGES_MESSAGE,
      );
    });
  });

  it('starts again in each new execution, as Apps Script saves when one ends', () => {
    const env = environment({maxChangesBeforeSave: 3});
    env.runAs(FULL, () => appendParagraphs(bodyOf(env), 3));
    env.runAs(FULL, () => {
      appendParagraphs(bodyOf(env), 3);
      expect(() => bodyOf(env).appendParagraph('x')).toThrow(
        TOO_MANY_CHANGES_MESSAGE,
      );
    });
    expect(env.document.toJSON().body).toHaveLength(7);
  });

  it('applies to bundle code, each call from outside being one execution', () => {
    const {env, fns} = load(
      `function addThree() {
        var body = DocumentApp.getActiveDocument().getBody();
        for (var i = 0; i < 3; i++) body.appendParagraph('p' + i);
      }
      function addFour() {
        var body = DocumentApp.getActiveDocument().getBody();
        for (var i = 0; i < 4; i++) body.appendParagraph('p' + i);
      }`,
      {maxChangesBeforeSave: 3},
    );
    fns.addThree();
    fns.addThree();
    expect(() => fns.addFour()).toThrow(TOO_MANY_CHANGES_MESSAGE);
    expect(env.document.toJSON().body).toHaveLength(10);
  });

  it('is off with maxChangesBeforeSave: Infinity', () => {
    const env = environment({maxChangesBeforeSave: Infinity});
    env.runAs(FULL, () => appendParagraphs(bodyOf(env), 5000));
    expect(env.document.toJSON().body).toHaveLength(5001);
  });
});
