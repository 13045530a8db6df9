// A table of contents: the emulator's DocJson block, DocumentApp's TABLE_OF_CONTENTS child and the REST tableOfContents element.
import {createEnvironment, type Manifest} from '../../emulator';
import type {Block, DocJson} from '../../src/core/doc-model';

const DOCS_ENABLED: Manifest = {
  oauthScopes: ['https://www.googleapis.com/auth/documents'],
  dependencies: {
    enabledAdvancedServices: [
      {userSymbol: 'Docs', serviceId: 'docs', version: 'v1'},
    ],
  },
};

// The emulator's own block, outside the DocJson contract's union (emulator/document/nodes.ts).
const toc = {
  type: 'tableOfContents',
  entries: ['Intro', 'Methods'],
} as unknown as Block;

const doc: DocJson = {
  body: [
    {type: 'paragraph', text: 'Title', heading: 'TITLE'},
    toc,
    {type: 'paragraph', text: 'after'},
  ],
};

function environment() {
  return createEnvironment({files: {}, document: doc, manifest: DOCS_ENABLED});
}

describe('a table of contents', () => {
  it("is DocumentApp's TABLE_OF_CONTENTS child, its entries one per line in its text and the body's", () => {
    const env = environment();
    const body = env.globals.DocumentApp.getActiveDocument().getBody();
    expect(body.getNumChildren()).toBe(3);
    const child = body.getChild(1);
    expect(child.getType()).toBe(
      env.globals.DocumentApp.ElementType.TABLE_OF_CONTENTS,
    );
    expect(child.asTableOfContents().getText()).toBe('Intro\nMethods');
    expect(body.getText()).toBe('Title\nIntro\nMethods\nafter');
    expect(body.getParagraphs()).toHaveLength(2);
    expect(() => child.asParagraph()).toThrow(
      'Cannot cast TABLE_OF_CONTENTS to PARAGRAPH',
    );
  });

  it('round-trips through DocJson', () => {
    expect(environment().document.toJSON()).toEqual(doc);
  });

  it('takes an index for its start and one for its end in Documents.get, entries between (as real answers do)', () => {
    const env = environment();
    const content = env.globals.Docs!.Documents.get(env.document.id, {}).body!
      .content!;
    const [, title, element, after] = content;
    expect(title.endIndex).toBe(7);
    expect(element.startIndex).toBe(7);
    const entries = element.tableOfContents!.content!;
    expect(entries[0].startIndex).toBe(8);
    expect(
      entries.map(e => e.paragraph!.elements![0].textRun!.content),
    ).toEqual(['Intro\n', 'Methods\n']);
    expect(entries[1].endIndex).toBe(8 + 6 + 8);
    expect(element.endIndex).toBe(entries[1].endIndex! + 1);
    expect(after.startIndex).toBe(element.endIndex);
  });
});
