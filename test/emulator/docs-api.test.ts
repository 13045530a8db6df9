// The Docs advanced service: Documents.get's REST shape (pinned to developers.google.com/docs/api/reference/rest/v1/documents), saving, masks, manifest.
import {
  createEnvironment,
  loadBundle,
  type Env,
  type EnvironmentOptions,
  type Manifest,
} from '../../emulator';
import type {DocJson} from '../../src/core/doc-model';

const DOCS_ENABLED: Manifest = {
  oauthScopes: ['https://www.googleapis.com/auth/documents'],
  dependencies: {
    enabledAdvancedServices: [
      {userSymbol: 'Docs', serviceId: 'docs', version: 'v1'},
    ],
  },
};

// Loose on purpose: the REST answer is checked field by field.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Rest = any;

function environment(document: DocJson, options: EnvironmentOptions = {}): Env {
  return createEnvironment({
    files: {},
    document,
    manifest: DOCS_ENABLED,
    ...options,
  });
}

function get(env: Env, options?: object): Rest {
  return env.globals.Docs!.Documents.get(env.document.id, options ?? {});
}

/** The structural elements after the opening section break. */
function elements(env: Env): Rest[] {
  return get(env).body.content.slice(1);
}

function text(paragraph: Rest): string {
  return paragraph.elements.map((e: Rest) => e.textRun.content).join('');
}

describe('Docs.Documents.get: the REST shape', () => {
  it('opens the body with a section break ending at index 1 (startIndex 0 left out)', () => {
    const first = get(environment({body: [{type: 'paragraph', text: 'a'}]}))
      .body.content[0];
    expect(first.sectionBreak).toBeDefined();
    expect(first.endIndex).toBe(1);
    expect(first.startIndex).toBeUndefined();
  });

  it('gives one structural element per body child, each paragraph ending in "\\n", indices contiguous', () => {
    const env = environment({
      body: [
        {type: 'paragraph', text: 'Title', heading: 'HEADING1'},
        {type: 'paragraph', text: 'body text'},
        {type: 'listItem', text: 'item'},
      ],
    });
    const content = get(env).body.content;
    expect(content).toHaveLength(4);
    for (let i = 1; i < content.length; i++) {
      expect(content[i].startIndex).toBe(content[i - 1].endIndex);
      expect(text(content[i].paragraph).endsWith('\n')).toBe(true);
    }
    expect(content[1]).toMatchObject({startIndex: 1, endIndex: 7});
    expect(content[3].endIndex).toBe(1 + 6 + 10 + 5);
  });

  it('names headings by NamedStyleType: HEADING_2, NORMAL_TEXT, TITLE', () => {
    const env = environment({
      body: [
        {type: 'paragraph', text: 'ML', heading: 'HEADING2'},
        {type: 'paragraph', text: 'plain'},
        {type: 'paragraph', text: 'Reading list', heading: 'TITLE'},
      ],
    });
    expect(
      elements(env).map(e => e.paragraph.paragraphStyle.namedStyleType),
    ).toEqual(['HEADING_2', 'NORMAL_TEXT', 'TITLE']);
  });

  it('splits text runs where bold, italic or a link changes; the link is textStyle.link.url', () => {
    const env = environment({
      body: [
        {
          type: 'paragraph',
          text: 'Title by Ann',
          links: [{start: 0, end: 5, url: 'https://arxiv.org/abs/2401.00001'}],
          bold: [{start: 0, end: 5}],
          italic: [{start: 9, end: 12}],
        },
      ],
    });
    const runs = elements(env)[0].paragraph.elements;
    expect(runs.map((r: Rest) => r.textRun.content)).toEqual([
      'Title',
      ' by ',
      'Ann',
      '\n',
    ]);
    expect(runs[0].textRun.textStyle).toEqual({
      bold: true,
      link: {url: 'https://arxiv.org/abs/2401.00001'},
    });
    expect(runs[1].textRun.textStyle).toEqual({});
    expect(runs[2].textRun.textStyle).toEqual({italic: true});
    expect(runs.map((r: Rest) => [r.startIndex, r.endIndex])).toEqual([
      [1, 6],
      [6, 10],
      [10, 13],
      [13, 14],
    ]);
  });

  it('joins the closing "\\n" to an unstyled last run', () => {
    const env = environment({body: [{type: 'paragraph', text: 'plain'}]});
    const runs = elements(env)[0].paragraph.elements;
    expect(runs).toEqual([
      {
        startIndex: 1,
        endIndex: 7,
        textRun: {content: 'plain\n', textStyle: {}},
      },
    ]);
  });

  it('marks list items with bullet.listId defined in lists; nestingLevel left out at 0', () => {
    const env = environment({
      body: [
        {type: 'listItem', text: 'top'},
        {type: 'listItem', text: 'nested', nesting: 1},
        {type: 'paragraph', text: 'between'},
        {type: 'listItem', text: 'other list', glyph: 'NUMBER'},
      ],
    });
    const doc = get(env);
    const [top, nested, between, other] = doc.body.content.slice(1);
    expect(top.paragraph.bullet.listId).toBe(nested.paragraph.bullet.listId);
    expect(top.paragraph.bullet.nestingLevel).toBeUndefined();
    expect(nested.paragraph.bullet.nestingLevel).toBe(1);
    expect(between.paragraph.bullet).toBeUndefined();
    expect(other.paragraph.bullet.listId).not.toBe(top.paragraph.bullet.listId);
    const list = doc.lists[top.paragraph.bullet.listId];
    expect(list.listProperties.nestingLevels).toHaveLength(9);
    expect(
      doc.lists[other.paragraph.bullet.listId].listProperties.nestingLevels[0],
    ).toEqual({glyphType: 'DECIMAL'});
  });

  it('gives a table tableRows[].tableCells[].content, a paragraph per cell line, an index per table, row and cell', () => {
    const env = environment({
      body: [
        {type: 'paragraph', text: 'x'},
        {
          type: 'table',
          rows: [
            ['a', 'b'],
            ['c', 'two\nlines'],
          ],
        },
        {type: 'paragraph', text: 'after'},
      ],
    });
    const [, table, after] = elements(env);
    expect(table.startIndex).toBe(3);
    expect(table.table).toMatchObject({rows: 2, columns: 2});
    const cells = table.table.tableRows.map((row: Rest) =>
      row.tableCells.map((cell: Rest) =>
        cell.content.map((p: Rest) => text(p.paragraph)),
      ),
    );
    expect(cells).toEqual([
      [['a\n'], ['b\n']],
      [['c\n'], ['two\n', 'lines\n']],
    ]);
    const firstCell = table.table.tableRows[0].tableCells[0];
    expect(table.table.tableRows[0].startIndex).toBe(4);
    expect(firstCell.startIndex).toBe(5);
    expect(firstCell.content[0].startIndex).toBe(6);
    // The table's end takes an index of its own, as in real answers (test/fixtures/docs-api).
    const lastRow = table.table.tableRows[1];
    expect(table.endIndex).toBe(lastRow.endIndex + 1);
    expect(after.startIndex).toBe(table.endIndex);
  });

  it('shows a trailing empty paragraph as a lone "\\n" run', () => {
    const env = environment({
      body: [
        {type: 'paragraph', text: 'a'},
        {type: 'paragraph', text: ''},
      ],
    });
    const last = elements(env)[1];
    expect(last).toMatchObject({startIndex: 3, endIndex: 4});
    expect(last.paragraph.elements).toEqual([
      {startIndex: 3, endIndex: 4, textRun: {content: '\n', textStyle: {}}},
    ]);
  });

  it('counts indices in UTF-16 code units: a character outside the BMP takes two', () => {
    const env = environment({
      body: [
        {type: 'paragraph', text: 'a😄b'},
        {type: 'paragraph', text: 'next'},
      ],
    });
    const [first, second] = elements(env);
    expect(first).toMatchObject({startIndex: 1, endIndex: 6});
    expect(second.startIndex).toBe(6);
  });

  it('writes a soft line break (DocumentApp "\\r") as U+000B', () => {
    const env = environment({body: [{type: 'paragraph', text: 'one\rtwo'}]});
    expect(text(elements(env)[0].paragraph)).toBe('one\u000btwo\n');
  });

  it('carries documentId, title and a revisionId', () => {
    const env = environment({
      title: 'Papers',
      body: [{type: 'paragraph', text: 'a'}],
    });
    const doc = get(env);
    expect(doc.documentId).toBe(env.document.id);
    expect(doc.title).toBe('Papers');
    expect(typeof doc.revisionId).toBe('string');
  });

  it('refuses an id that is not the document', () => {
    const env = environment({body: [{type: 'paragraph', text: 'a'}]});
    expect(() => env.globals.Docs!.Documents.get('nope')).toThrow(
      'Requested entity was not found.',
    );
  });

  it('puts the text in tabs[].documentTab with includeTabsContent, leaving out body', () => {
    const env = environment({body: [{type: 'paragraph', text: 'a'}]});
    const doc = get(env, {includeTabsContent: true});
    expect(doc.body).toBeUndefined();
    expect(doc.tabs[0].documentTab.body.content[1].paragraph).toBeDefined();
  });
});

describe('Docs.Documents.get: saving, counting, manifest', () => {
  const FULL = {authMode: 'FULL', source: 'run'} as const;

  it("does not see DocumentApp's changes until saveAndClose; the revisionId then changes", () => {
    const env = environment({body: [{type: 'paragraph', text: 'a'}]});
    env.runAs(FULL, () => {
      const doc = env.globals.DocumentApp.getActiveDocument();
      const before = get(env);
      doc.getBody().appendParagraph('added');
      const unsaved = get(env);
      expect(unsaved.body.content).toHaveLength(2);
      expect(unsaved.revisionId).toBe(before.revisionId);
      doc.saveAndClose();
      const saved = get(env);
      expect(saved.body.content).toHaveLength(3);
      expect(saved.revisionId).not.toBe(before.revisionId);
    });
  });

  it('keeps the revisionId through a save with nothing changed, and through reads', () => {
    const env = environment({body: [{type: 'paragraph', text: 'a'}]});
    const before = get(env, {fields: 'revisionId'}).revisionId;
    env.runAs(FULL, () => {
      const doc = env.globals.DocumentApp.getActiveDocument();
      doc.getBody().getText();
      doc.saveAndClose();
      expect(get(env, {fields: 'revisionId'}).revisionId).toBe(before);
    });
    expect(get(env).revisionId).toBe(before);
  });

  it('answers {revisionId} alone for fields=revisionId', () => {
    const env = environment({body: [{type: 'paragraph', text: 'a'}]});
    expect(Object.keys(get(env, {fields: 'revisionId'}))).toEqual([
      'revisionId',
    ]);
  });

  it('changes the revisionId with each edit an ended execution saved, and an edit undone keeps it', () => {
    const env = environment({body: [{type: 'paragraph', text: 'a'}]});
    const edit = (change: (body: GoogleAppsScript.Document.Body) => void) =>
      env.runAs(FULL, () =>
        change(env.globals.DocumentApp.getActiveDocument().getBody()),
      );
    const seen = [get(env).revisionId];
    edit(body => body.appendParagraph('one'));
    seen.push(get(env).revisionId);
    edit(body => body.appendParagraph('two'));
    seen.push(get(env).revisionId);
    expect(new Set(seen).size).toBe(3);
    edit(body => body.insertParagraph(0, 'three').removeFromParent());
    expect(get(env).revisionId).toBe(seen[2]);
  });

  it('sees a paragraph changed in place between two reads: its text, a style, its heading (each a new revision)', () => {
    // The service reuses an unchanged block's frozen copy: each kind of in-place edit must still show.
    const env = environment({
      body: [
        {type: 'paragraph', text: 'alpha'},
        {type: 'paragraph', text: 'beta'},
      ],
    });
    const edit = (change: (p: GoogleAppsScript.Document.Paragraph) => void) =>
      env.runAs(FULL, () =>
        change(
          env.globals.DocumentApp.getActiveDocument()
            .getBody()
            .getChild(0)
            .asParagraph(),
        ),
      );
    const seen = [get(env).revisionId];
    edit(p => p.editAsText().insertText(0, 'x'));
    expect(text(elements(env)[0].paragraph)).toBe('xalpha\n');
    seen.push(get(env).revisionId);
    edit(p => p.editAsText().setBold(0, 0, true));
    expect(elements(env)[0].paragraph.elements[0].textRun).toEqual({
      content: 'x',
      textStyle: {bold: true},
    });
    seen.push(get(env).revisionId);
    edit(p => p.setHeading(env.globals.DocumentApp.ParagraphHeading.HEADING2));
    expect(elements(env)[0].paragraph.paragraphStyle.namedStyleType).toBe(
      'HEADING_2',
    );
    seen.push(get(env).revisionId);
    expect(new Set(seen).size).toBe(4);
    expect(text(elements(env)[1].paragraph)).toBe('beta\n');
  });

  it('answers after an edit near the start as a fresh document with the same content (indices, heading ids, lists)', () => {
    // Elements of unchanged blocks are reused from the last answer only at the same start index after as many headings.
    const body: DocJson['body'] = [
      {type: 'paragraph', text: 'one', heading: 'HEADING2'},
      {type: 'paragraph', text: 'two'},
      {type: 'paragraph', text: 'three', heading: 'HEADING2'},
      {type: 'listItem', text: 'four', nesting: 1},
    ];
    const env = environment({body});
    get(env);
    env.runAs(FULL, () => {
      const doc = env.globals.DocumentApp.getActiveDocument().getBody();
      doc
        .insertParagraph(0, 'zero')
        .setHeading(env.globals.DocumentApp.ParagraphHeading.HEADING1);
    });
    const edited = get(env);
    const fresh = get(
      environment({
        body: [{type: 'paragraph', text: 'zero', heading: 'HEADING1'}, ...body],
      }),
    );
    expect(edited.body).toEqual(fresh.body);
    expect(edited.lists).toEqual(fresh.lists);
    expect(elements(env)[4].startIndex).toBe(20);
    // A heading style added in place: later headings keep their start but not their id.
    env.runAs(FULL, () => {
      env.globals.DocumentApp.getActiveDocument()
        .getBody()
        .getChild(2)
        .asParagraph()
        .setHeading(env.globals.DocumentApp.ParagraphHeading.HEADING3);
    });
    const restyled = get(env);
    const same = get(
      environment({
        body: [
          {type: 'paragraph', text: 'zero', heading: 'HEADING1'},
          body[0],
          {type: 'paragraph', text: 'two', heading: 'HEADING3'},
          ...body.slice(2),
        ],
      }),
    );
    expect(restyled.body).toEqual(same.body);
  });

  it('changes the revisionId for each saved batch of one execution, and after its end', () => {
    const env = environment({body: [{type: 'paragraph', text: 'a'}]});
    const seen = [get(env).revisionId];
    env.runAs(FULL, () => {
      let doc = env.globals.DocumentApp.getActiveDocument();
      const id = doc.getId();
      doc.getBody().appendParagraph('one');
      doc.saveAndClose();
      seen.push(get(env).revisionId);
      doc = env.globals.DocumentApp.openById(id);
      doc.getBody().appendParagraph('two');
      expect(get(env).revisionId).toBe(seen[1]);
    });
    seen.push(get(env).revisionId);
    expect(new Set(seen).size).toBe(3);
  });

  it("keeps one document's revisionId when another document changes", () => {
    const env = environment({body: [{type: 'paragraph', text: 'a'}]});
    const before = get(env).revisionId;
    env.runAs(FULL, () => {
      const other = env.globals.DocumentApp.create('other');
      const id = other.getId();
      get(env);
      other.getBody().appendParagraph('x');
      other.saveAndClose();
      env.globals.Docs!.Documents.get(id, {});
    });
    expect(get(env).revisionId).toBe(before);
  });

  it('sees the changes of an execution that has ended (Apps Script saves at its end)', () => {
    const env = environment({body: [{type: 'paragraph', text: 'a'}]});
    env.runAs(FULL, () =>
      env.globals.DocumentApp.getActiveDocument()
        .getBody()
        .appendParagraph('added'),
    );
    env.runAs(FULL, () => expect(get(env).body.content).toHaveLength(3));
  });

  it('counts Docs.Documents.get as a call and logs the bytes it returned; msPerByte costs virtual time', () => {
    const env = environment(
      {body: [{type: 'paragraph', text: 'a'}]},
      {docsApiMsPerByte: 0.5},
    );
    const t0 = env.clock.now();
    get(env);
    expect(env.calls.byMethod()['Docs.Documents.get']).toBe(1);
    expect(env.docsApiLog).toHaveLength(1);
    expect(env.docsApiLog[0].bytes).toBe(JSON.stringify(get(env)).length);
    expect(env.clock.now() - t0).toBe(env.docsApiLog[0].bytes * 0.5 * 2);
  });

  it('keeps only what a fields mask selects (a/b and a(b,c) forms)', () => {
    const env = environment({
      body: [{type: 'paragraph', text: 'H', heading: 'HEADING1'}],
    });
    const doc = get(env, {
      fields:
        'revisionId,body/content(endIndex,paragraph(elements/textRun/content,paragraphStyle/namedStyleType))',
    });
    expect(Object.keys(doc).sort()).toEqual(['body', 'revisionId']);
    expect(doc.body.content[1]).toEqual({
      endIndex: 3,
      paragraph: {
        elements: [{textRun: {content: 'H\n'}}],
        paragraphStyle: {namedStyleType: 'HEADING_1'},
      },
    });
    expect(doc.body.content[0]).toEqual({endIndex: 1});
  });

  it('refuses a mask with a field the emulator does not model, or bad syntax', () => {
    const env = environment({body: [{type: 'paragraph', text: 'a'}]});
    expect(() => get(env, {fields: 'documentStyle'})).toThrow(
      'Invalid field selection documentStyle',
    );
    expect(() => get(env, {fields: 'body(content'})).toThrow(
      'Invalid field selection',
    );
    expect(() => get(env, {suggestionsView: 'x'})).toThrow('Unknown name');
  });

  it('exists only when appsscript.json enables it: Docs is undefined in the bundle otherwise', () => {
    const probe = 'function probe() { return typeof Docs; }';
    const enabled = environment({body: [{type: 'paragraph', text: 'a'}]});
    const disabled = createEnvironment({
      files: {},
      manifest: {oauthScopes: DOCS_ENABLED.oauthScopes},
    });
    expect(loadBundle(probe, enabled).probe()).toBe('object');
    expect(loadBundle(probe, disabled).probe()).toBe('undefined');
    expect(disabled.globals.Docs).toBeUndefined();
  });

  it('needs a scope the REST API accepts: documents.currentonly alone is refused', () => {
    const env = environment(
      {body: [{type: 'paragraph', text: 'a'}]},
      {
        manifest: {
          ...DOCS_ENABLED,
          oauthScopes: [
            'https://www.googleapis.com/auth/documents.currentonly',
          ],
        },
      },
    );
    expect(() => get(env)).toThrow('Required permissions');
  });

  it('is refused in a simple trigger (LIMITED)', () => {
    const env = environment({body: [{type: 'paragraph', text: 'a'}]});
    env.runAs({authMode: 'LIMITED', source: 'simple'}, () =>
      expect(() => get(env)).toThrow('AuthMode.LIMITED'),
    );
  });
});
