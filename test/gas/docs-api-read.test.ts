// The Docs API read: the same summaries as DocumentApp's pass in a constant number of calls, and a recorded fallback whenever it cannot be trusted.
import {createEnvironment, type Env} from '../../emulator';
import type {DocumentPort} from '../../src/app/shared/ports';
import type {Block} from '../../src/core/doc-model';
import {gasDocument} from '../../src/gas/gas-document';
import {
  DOCS_READ_FIELDS,
  DOCS_REVISION_FIELDS,
  summariesFromRest,
  withDocsApiRead,
} from '../../src/gas/docs-api-read';
import {generateDoc} from '../../samples/generate-doc';
import {readCache} from '../../src/app/shared/read-cache';
import {cachePort} from '../../src/gas/cache-port';
import giant from '../../samples/giant-doc.json';

const globals = globalThis as unknown as {DocumentApp?: unknown};

const DOCS_MANIFEST = {
  oauthScopes: ['https://www.googleapis.com/auth/documents'],
  dependencies: {
    enabledAdvancedServices: [
      {userSymbol: 'Docs', serviceId: 'docs', version: 'v1'},
    ],
  },
};

function open(
  body: Block[],
  docs?: (env: Env) => GoogleAppsScript.Docs | undefined,
): {env: Env; port: DocumentPort; plain: DocumentPort} {
  const env = createEnvironment({
    document: {body},
    files: {},
    manifest: DOCS_MANIFEST,
  });
  globals.DocumentApp = env.globals.DocumentApp;
  const doc = env.globals.DocumentApp.getActiveDocument();
  const plain = gasDocument(doc);
  const port = withDocsApiRead(
    gasDocument(doc),
    docs ? docs(env) : env.globals.Docs,
  );
  env.calls.reset();
  return {env, port, plain};
}

afterEach(() => {
  delete globals.DocumentApp;
});

const mixed: Block[] = [
  {type: 'paragraph', text: 'Reading', heading: 'TITLE'},
  {type: 'paragraph', text: ''},
  {
    type: 'paragraph',
    text: 'NLP',
    heading: 'HEADING2',
    links: [{start: 0, end: 3, url: 'https://example.com/nlp'}],
  },
  {
    type: 'listItem',
    text: 'Two links: A and B 😄',
    links: [
      {start: 11, end: 12, url: 'https://arxiv.org/abs/2001.00001'},
      {start: 17, end: 18, url: 'https://arxiv.org/pdf/2001.00002v2'},
    ],
    bold: [{start: 0, end: 9}],
  },
  {
    type: 'listItem',
    text: 'nested note',
    nesting: 2,
    glyph: 'HOLLOW_BULLET',
    italic: [{start: 0, end: 6}],
  },
  {type: 'table', rows: [['a', 'b'], ['c']]},
  {type: 'paragraph', text: 'soft\rbreak', heading: 'HEADING3'},
  {type: 'paragraph', text: ''},
];

describe('read() through Docs.Documents.get', () => {
  it("gives exactly DocumentApp's summaries, on a mixed doc and on the sample giant doc", () => {
    for (const body of [mixed, (giant as {body: Block[]}).body]) {
      const {port, plain} = open(body);
      expect(port.read()).toEqual(plain.read());
      expect(port.readSource!()).toEqual({via: 'docs-api'});
    }
  });

  it('costs one Docs call and the same few DocumentApp calls at every size', () => {
    const counts = [100, 1000].map(entries => {
      const {env, port} = open(generateDoc(entries, {seed: 1}).body);
      port.read();
      return env.calls.byMethod();
    });
    expect(counts[0]).toEqual(counts[1]);
    expect(counts[0]['Docs.Documents.get']).toBe(1);
    const total = Object.values(counts[0]).reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(5);
  });

  it('falls back to DocumentApp when the service is not enabled, saying so', () => {
    const {port, plain} = open(mixed, () => undefined);
    expect(port.read()).toEqual(plain.read());
    expect(port.readSource!()).toEqual({
      via: 'document-app',
      fallbackReason: 'the Docs advanced service is not enabled',
    });
  });

  it('falls back when Documents.get throws, with its message', () => {
    const failing = {
      Documents: {
        get: () => {
          throw new Error('Service unavailable: Docs');
        },
      },
    } as unknown as GoogleAppsScript.Docs;
    const {port, plain} = open(mixed, () => failing);
    expect(port.read()).toEqual(plain.read());
    expect(port.readSource!().fallbackReason).toBe(
      'Documents.get failed: Service unavailable: Docs',
    );
  });

  it('falls back when the REST body is not the body DocumentApp writes to (another tab), so writes land where they were read', () => {
    const otherTab = createEnvironment({
      document: {body: [...mixed.slice(0, 3), ...mixed.slice(4)]},
      files: {},
      manifest: DOCS_MANIFEST,
    });
    const {env, port, plain} = open(
      mixed,
      () =>
        ({
          Documents: {
            get: (_id: string, options: object) =>
              otherTab.globals.Docs!.Documents.get(
                otherTab.document.id,
                options,
              ),
          },
        }) as unknown as GoogleAppsScript.Docs,
    );
    const blocks = port.read();
    expect(blocks).toEqual(plain.read());
    expect(port.readSource!().fallbackReason).toBe(
      'the Docs API showed 7 body elements where DocumentApp has 8',
    );
    port.insertBlocks(4, [{type: 'paragraph', text: 'new'}]);
    expect(env.document.toJSON().body[4]).toEqual({
      type: 'paragraph',
      text: 'new',
    });
  });

  it('falls back when a child reads differently, naming it', () => {
    const edited = mixed.map(b =>
      b.type === 'listItem' && b.nesting === 2 ? {...b, text: 'renamed'} : b,
    );
    const other = createEnvironment({
      document: {body: edited},
      files: {},
      manifest: DOCS_MANIFEST,
    });
    const {port} = open(
      mixed,
      () =>
        ({
          Documents: {
            get: (_id: string, options: object) =>
              other.globals.Docs!.Documents.get(other.document.id, options),
          },
        }) as unknown as GoogleAppsScript.Docs,
    );
    port.read();
    expect(port.readSource!().fallbackReason).toBe(
      "the Docs API's text differs from DocumentApp's at body element 4",
    );
  });

  it('reads a multi-cell table through the Docs API: each cell on its own line, as live Body.getText() gives it', () => {
    const {env, port, plain} = open([
      {type: 'paragraph', text: 'before'},
      {
        type: 'table',
        rows: [
          ['R1C1', 'R1C2'],
          ['R2C1', 'R2C2'],
        ],
      },
      {type: 'paragraph', text: 'after'},
    ]);
    const body = env.globals.DocumentApp.getActiveDocument().getBody();
    expect(body.getText()).toBe('before\nR1C1\nR1C2\nR2C1\nR2C2\nafter');
    const blocks = port.read();
    expect(port.readSource!()).toEqual({via: 'docs-api'});
    expect(blocks[1].text).toBe('R1C1\nR1C2\nR2C1\nR2C2');
    expect(blocks).toEqual(plain.read());
  });

  it('reads a document with a table of contents through the Docs API: an "other" block with its entries, later indices kept', () => {
    const toc = {
      type: 'tableOfContents',
      entries: ['NLP', 'RL'],
    } as unknown as Block;
    const {port, plain} = open([
      {type: 'paragraph', text: 'Contents'},
      toc,
      {type: 'paragraph', text: 'NLP', heading: 'HEADING1'},
    ]);
    const blocks = port.read();
    expect(port.readSource!()).toEqual({via: 'docs-api'});
    expect(blocks[1]).toEqual({
      index: 1,
      kind: 'other',
      heading: 'NORMAL',
      text: 'NLP\nRL',
      links: [],
    });
    expect(blocks).toEqual(plain.read());
  });

  it('reads another tab than the first from includeTabsContent, and falls back when the answer lacks it', () => {
    const env = createEnvironment({
      document: {
        tabs: [
          {
            tabId: 't.0',
            title: 'First',
            body: [{type: 'paragraph', text: 'one'}],
          },
          {
            tabId: 't.b',
            title: 'Second',
            body: [],
            childTabs: [{tabId: 't.c', title: 'Third', body: mixed}],
          },
        ],
      },
      files: {},
      manifest: DOCS_MANIFEST,
    });
    globals.DocumentApp = env.globals.DocumentApp;
    const doc = env.globals.DocumentApp.getActiveDocument();
    const plain = gasDocument(doc, {tabId: 't.c'});
    const port = withDocsApiRead(
      gasDocument(doc, {tabId: 't.c'}),
      env.globals.Docs,
      {
        tabId: 't.c',
      },
    );
    expect(port.read()).toEqual(plain.read());
    expect(port.readSource!()).toEqual({via: 'docs-api'});
    const missing = withDocsApiRead(
      gasDocument(doc, {tabId: 't.c'}),
      env.globals.Docs,
      {
        tabId: 't.zz',
      },
    );
    missing.read();
    expect(missing.readSource!().fallbackReason).toBe(
      'Documents.get failed: no tab t.zz in the answer',
    );
  });

  it('reads with DocumentApp after a write until the next flush (the Docs API sees only saved content)', () => {
    const {env, port} = open(mixed);
    env.runAs({authMode: 'FULL', source: 'run'}, () => {
      port.insertBlocks(1, [{type: 'paragraph', text: 'new'}]);
      const afterWrite = port.read();
      expect(afterWrite[1].text).toBe('new');
      expect(port.readSource!().fallbackReason).toBe(
        'the Docs API cannot see changes not yet saved',
      );
      port.flush();
      expect(port.read()).toEqual(afterWrite);
      expect(port.readSource!()).toEqual({via: 'docs-api'});
    });
  });
});

describe('summariesFromRest', () => {
  it('leaves out every section break and reads a table of contents as an "other" block with its entries\' text', () => {
    const paragraph = (content: string) => ({
      paragraph: {elements: [{textRun: {content}}]},
    });
    const blocks = summariesFromRest([
      {endIndex: 1, sectionBreak: {}},
      {tableOfContents: {content: [paragraph('NLP\n'), paragraph('RL\n')]}},
      {sectionBreak: {}},
      paragraph('after\n'),
    ] as GoogleAppsScript.Docs.Schema.StructuralElement[]);
    expect(blocks).toEqual([
      {index: 0, kind: 'other', heading: 'NORMAL', text: 'NLP\nRL', links: []},
      {
        index: 1,
        kind: 'paragraph',
        heading: 'NORMAL',
        text: 'after',
        links: [],
      },
    ]);
  });
});

describe('read() with the cache of checked reads', () => {
  function cached(body: Block[]) {
    const env = createEnvironment({
      document: {body},
      files: {},
      manifest: DOCS_MANIFEST,
    });
    globals.DocumentApp = env.globals.DocumentApp;
    const doc = env.globals.DocumentApp.getActiveDocument();
    const port = withDocsApiRead(gasDocument(doc), env.globals.Docs, {
      cache: () => readCache(cachePort(env.caches.document)),
    });
    const fields = () => env.docsApiLog.map(r => r.fields ?? '');
    return {env, port, fields};
  }

  it('answers a second read from the cache after one revisionId read, without DocumentApp', () => {
    const {env, port, fields} = cached(mixed);
    const first = port.read();
    env.calls.reset();
    expect(port.read()).toEqual(first);
    expect(port.readSource!()).toEqual({via: 'docs-api', cached: true});
    expect(fields()).toEqual([fields()[0], 'revisionId']);
    const documentApp = Object.keys(env.calls.byMethod()).filter(m =>
      m.startsWith('DocumentApp.'),
    );
    expect(documentApp).toEqual([]);
  });

  it('reads the body again after a write of this execution, even when the write left the document as it was', () => {
    const {env, port} = cached(mixed);
    env.runAs({authMode: 'FULL', source: 'run'}, () => {
      const first = port.read();
      port.insertBlocks(1, [{type: 'paragraph', text: 'new'}]);
      port.removeRange(1, 1);
      port.flush();
      // The same content, so the same revision: only the write rule keeps the cache out.
      expect(port.read()).toEqual(first);
      expect(port.readSource!()).toEqual({via: 'docs-api'});
    });
  });

  it('liveIsRead: true for the array the last read returned while the revision holds, with one revisionId read and no DocumentApp read', () => {
    const {env, port, fields} = cached(mixed);
    port.read();
    const blocks = port.read();
    env.calls.reset();
    env.docsApiLog.length = 0;
    expect(port.liveIsRead!(blocks)).toBe(true);
    expect(fields()).toEqual(['revisionId']);
    expect(
      Object.keys(env.calls.byMethod()).filter(m =>
        m.startsWith('DocumentApp.'),
      ),
    ).toEqual([]);
    // Not for a copy, nor for an older read.
    expect(port.liveIsRead!(blocks.slice())).toBe(false);
    port.read();
    expect(port.liveIsRead!(blocks)).toBe(false);
  });

  it("liveIsRead: false once the user's edit is saved, after a write of this execution, and on DocumentApp's pass", () => {
    const edited = cached(mixed);
    const read = edited.port.read();
    edited.env.runAs({authMode: 'FULL', source: 'run'}, () => {
      edited.env.globals.DocumentApp.getActiveDocument()
        .getBody()
        .appendParagraph('typed meanwhile');
    });
    expect(edited.port.liveIsRead!(read)).toBe(false);

    const written = cached(mixed);
    written.env.runAs({authMode: 'FULL', source: 'run'}, () => {
      const blocks = written.port.read();
      written.port.insertBlocks(1, [{type: 'paragraph', text: 'new'}]);
      expect(written.port.liveIsRead!(blocks)).toBe(false);
    });

    const env = createEnvironment({
      document: {body: mixed},
      files: {},
      manifest: DOCS_MANIFEST,
    });
    globals.DocumentApp = env.globals.DocumentApp;
    const port = withDocsApiRead(
      gasDocument(env.globals.DocumentApp.getActiveDocument()),
      undefined,
    );
    expect(port.liveIsRead!(port.read())).toBe(false);
  });
  it('readUnproven: the cached read with no document read at all, proven by one revisionId read; null with no cache or after a write', () => {
    const {env, port, fields} = cached(mixed);
    const first = port.read();
    env.calls.reset();
    env.docsApiLog.length = 0;
    const planned = port.readUnproven!();
    expect(planned).toEqual(first);
    expect(fields()).toEqual([]);
    expect(
      Object.keys(env.calls.byMethod()).filter(
        m => m.startsWith('DocumentApp.') || m.startsWith('Docs.'),
      ),
    ).toEqual([]);
    expect(port.liveIsRead!(planned!)).toBe(true);
    expect(fields()).toEqual(['revisionId']);

    // Taken on trust, so an edit saved since it was cached is caught by the proof.
    const stale = cached(mixed);
    stale.port.read();
    stale.env.runAs({authMode: 'FULL', source: 'run'}, () => {
      stale.env.globals.DocumentApp.getActiveDocument()
        .getBody()
        .appendParagraph('typed meanwhile');
    });
    const old = stale.port.readUnproven!();
    expect(old).toHaveLength(mixed.length);
    stale.env.docsApiLog.length = 0;
    expect(stale.port.liveIsRead!(old!)).toBe(false);
    expect(stale.port.read()).toHaveLength(mixed.length + 1);
    // The revision the proof saw replaced is not asked for again: the token, then the body.
    expect(stale.env.docsApiLog.map(r => r.fields)).toEqual([
      DOCS_REVISION_FIELDS,
      DOCS_READ_FIELDS,
    ]);

    // Nothing cached yet, or this execution wrote: no read on trust.
    const fresh = cached(mixed);
    expect(fresh.port.readUnproven!()).toBeNull();
    fresh.env.runAs({authMode: 'FULL', source: 'run'}, () => {
      fresh.port.read();
      fresh.port.insertBlocks(1, [{type: 'paragraph', text: 'new'}]);
      fresh.port.flush();
      expect(fresh.port.readUnproven!()).toBeNull();
    });
  });
});
