// Documents with tabs: DocJson `tabs`, the tab tree, and which tab getBody() and the selection work on.
import type {TabbedDocJson} from '../../src/core/doc-model';
import {createEnvironment} from '../../emulator';
import {DocumentState, FIRST_TAB_ID} from '../../emulator/document';

const para = (text: string) => ({type: 'paragraph' as const, text});

function tabbedDoc(): TabbedDocJson {
  return {
    title: 'Reading',
    tabs: [
      {tabId: 't.0', title: 'Papers', body: [para('first tab')]},
      {
        tabId: 't.b',
        title: 'Vision',
        body: [para('second tab'), para('more')],
        childTabs: [{tabId: 't.c', title: 'Old', body: [para('child tab')]}],
      },
    ],
  };
}

describe('DocJson with tabs', () => {
  it('round-trips tabs, titles and child tabs; a document without tabs stays without', () => {
    expect(new DocumentState(tabbedDoc()).toJSON()).toEqual(tabbedDoc());
    expect(new DocumentState({body: [para('x')]}).toJSON()).toEqual({
      body: [para('x')],
    });
  });

  it('refuses a repeated tab id or a document with no tab', () => {
    const doc = tabbedDoc();
    doc.tabs[1].childTabs![0].tabId = 't.0';
    expect(() => new DocumentState(doc)).toThrow(/tabId t.0 repeats/);
    expect(() => new DocumentState({tabs: []})).toThrow(/at least one tab/);
  });
});

describe('Document tabs', () => {
  it('lists top-level tabs, their child tabs, ids, titles and indices; getTab finds any depth', () => {
    const env = createEnvironment({document: tabbedDoc()});
    const doc = env.globals.DocumentApp.getActiveDocument();
    const tabs = doc.getTabs();
    expect(tabs.map(t => [t.getId(), t.getTitle(), t.getIndex()])).toEqual([
      ['t.0', 'Papers', 0],
      ['t.b', 'Vision', 1],
    ]);
    const child = tabs[1].getChildTabs();
    expect(child.map(t => t.getTitle())).toEqual(['Old']);
    expect(doc.getTab('t.c').getIndex()).toBe(0);
    expect(
      doc
        .getTab('t.c')
        .asDocumentTab()
        .getBody()
        .getChild(0)
        .asParagraph()
        .getText(),
    ).toBe('child tab');
    expect(doc.getTab('t.b').getType()).toBe(
      (
        env.globals.DocumentApp as unknown as {
          TabType: {DOCUMENT_TAB: unknown};
        }
      ).TabType.DOCUMENT_TAB,
    );
    // Live gives null for an unknown id (gas-fakes' live-proved tests), not an exception.
    expect(doc.getTab('t.zz')).toBeNull();
  });

  it('a document without tabs has one tab, t.0, holding its body', () => {
    const env = createEnvironment({document: {body: [para('only')]}});
    const doc = env.globals.DocumentApp.getActiveDocument();
    expect(doc.getTabs().map(t => t.getId())).toEqual([FIRST_TAB_ID]);
    doc.getTabs()[0].asDocumentTab().getBody().appendParagraph('added');
    expect(env.document.toJSON().body.map(b => 'text' in b && b.text)).toEqual([
      'only',
      'added',
    ]);
  });

  it('getBody() is the active tab in the open document and the first tab after openById', () => {
    const env = createEnvironment({document: tabbedDoc(), activeTabId: 't.b'});
    const app = env.globals.DocumentApp;
    const active = app.getActiveDocument();
    expect(active.getActiveTab().getId()).toBe('t.b');
    expect(active.getBody().getChild(0).asParagraph().getText()).toBe(
      'second tab',
    );
    const reopened = app.openById(active.getId());
    expect(reopened.getBody().getChild(0).asParagraph().getText()).toBe(
      'first tab',
    );
    expect(reopened.getActiveTab()).toBeNull();
    reopened.getTab('t.b').asDocumentTab().getBody().appendParagraph('end');
    const json = env.document.toJSON();
    expect(json.tabs[0]).toEqual(tabbedDoc().tabs[0]);
    expect(json.tabs[1].body).toEqual([
      para('second tab'),
      para('more'),
      para('end'),
    ]);
  });

  it('refuses an unknown activeTabId', () => {
    expect(() =>
      createEnvironment({document: tabbedDoc(), activeTabId: 'nope'}),
    ).toThrow(/no tab nope/);
  });

  it('selects only in the active tab: setActiveTab first, then setSelection', () => {
    const env = createEnvironment({document: tabbedDoc()});
    const doc = env.globals.DocumentApp.getActiveDocument();
    const element = doc.getTab('t.b').asDocumentTab().getBody().getChild(1);
    const range = () => doc.newRange().addElement(element).build();
    expect(() => doc.setSelection(range())).toThrow(/not in the active tab/);
    doc.setActiveTab('t.b');
    doc.setSelection(range());
    expect(env.document.activeTabId).toBe('t.b');
    expect(env.document.selection()).toEqual({start: 1, end: 2});
    expect(() => doc.setActiveTab('t.zz')).toThrow(/no tab t.zz/);
    const inFirst = doc.getTab('t.0').asDocumentTab().getBody().getChild(0);
    expect(() => doc.setCursor(doc.newPosition(inFirst, 0))).toThrow(
      /not in the active tab/,
    );
  });
});
