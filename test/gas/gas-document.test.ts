// gas-document against the emulated DocumentApp: one-pass read, styled writes, moves, removal, selection, flush.
import {createEnvironment, type Env} from '../../emulator';
import type {DocumentPort} from '../../src/app/shared/ports';
import type {Block, DocJson} from '../../src/core/doc-model';
import {summarizeBlocks as coreSummaries} from '../../src/core/outline';
import {gasDocument} from '../../src/gas/gas-document';
import giant from '../../samples/giant-doc.json';

/**
 * The core's summaries with a table's text as live DocumentApp gives it:
 * every cell on its own line (docs/PLATFORM.md); the core joins a row's
 * cells with tabs, which the read never sees.
 */
function summarizeBlocks(blocks: Block[]): ReturnType<typeof coreSummaries> {
  return coreSummaries(blocks).map(summary =>
    summary.kind === 'table'
      ? {...summary, text: summary.text.replace(/\t/g, '\n')}
      : summary,
  );
}

const globals = globalThis as unknown as {DocumentApp?: unknown};

function open(body: Block[]): {env: Env; port: DocumentPort} {
  const env = createEnvironment({document: {body}, files: {}});
  globals.DocumentApp = env.globals.DocumentApp;
  const doc = env.globals.DocumentApp.getActiveDocument();
  env.calls.reset();
  return {env, port: gasDocument(doc)};
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
    text: 'Two links: A and B',
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
  {
    type: 'table',
    rows: [
      ['a', 'b'],
      ['c', 'https://arxiv.org/abs/2001.00009'],
    ],
  },
  {
    type: 'paragraph',
    text: 'Linked to the end',
    links: [{start: 10, end: 17, url: 'https://arxiv.org/abs/2001.00003'}],
  },
  {
    type: 'paragraph',
    text: 'Linked from the start',
    links: [{start: 0, end: 6, url: 'https://arxiv.org/abs/2001.00003'}],
  },
  {type: 'paragraph', text: 'last'},
];

describe('gasDocument.read', () => {
  it('gives the same summary as the DocJson, links included', () => {
    const {port} = open(mixed);
    expect(port.read()).toEqual(summarizeBlocks(mixed));
  });

  it('reads the sample giant doc exactly: structure per child, one body text, attribute runs only where there is text', () => {
    const body = (giant as DocJson).body;
    const {env, port} = open(body);
    expect(port.read()).toEqual(summarizeBlocks(body));
    const calls = env.calls.byMethod();
    const n = body.length;
    const withText = body.filter(
      b => b.type !== 'table' && b.text.length,
    ).length;
    const tables = n - body.filter(b => b.type !== 'table').length;
    const listItems = body.filter(b => b.type === 'listItem').length;
    expect(calls['DocumentApp.Body.getChild']).toBe(n);
    expect(calls['DocumentApp.Paragraph.getText'] ?? 0).toBe(0);
    expect(calls['DocumentApp.ListItem.getText'] ?? 0).toBe(0);
    expect(calls['DocumentApp.Body.getText']).toBe(1);
    expect(calls['DocumentApp.Text.getTextAttributeIndices']).toBe(withText);
    const linkReads = calls['DocumentApp.Text.getLinkUrl'];
    // getBody, getNumChildren and getText; per child getChild, getType, a cast and heading or text (a table);
    // per list item its nesting too (numbered headings are list items); per paragraph with text
    // editAsText and getTextAttributeIndices; one getLinkUrl per attribute run
    expect(env.calls.total()).toBe(
      3 + 4 * n + listItems + 2 * withText + linkReads,
    );
    expect(tables).toBe(1);
    // a plain paragraph is one run; an entry head two (title, rest); abstracts one
    expect(linkReads).toBeLessThan(withText * 1.5);
  });

  it('readAt gives the same summaries for just the children asked for, without links', () => {
    const {port} = open(mixed);
    const all = port.read();
    const picked = port.readAt!([0, 3, mixed.length - 1, mixed.length]);
    expect(picked).toEqual(
      [0, 3, mixed.length - 1].map(i => ({...all[i], links: []})),
    );
  });

  it('reads no attributes of a text-free paragraph', () => {
    const {env, port} = open([{type: 'paragraph', text: ''}]);
    expect(port.read()).toEqual([
      {index: 0, kind: 'paragraph', heading: 'NORMAL', text: '', links: []},
    ]);
    expect(
      env.calls.byMethod()['DocumentApp.Paragraph.editAsText'],
    ).toBeUndefined();
  });

  it('falls back to reading each paragraph when the body text does not line up', () => {
    const env = createEnvironment({document: {body: mixed}, files: {}});
    globals.DocumentApp = env.globals.DocumentApp;
    const doc = env.globals.DocumentApp.getActiveDocument();
    const realBody = doc.getBody();
    const skewed = new Proxy(realBody, {
      get(target, key) {
        if (key === 'getText') return () => `${target.getText()}\n`;
        const value = Reflect.get(target, key);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const wrapped = new Proxy(doc, {
      get(target, key) {
        if (key === 'getBody') return () => skewed;
        const value = Reflect.get(target, key);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    env.calls.reset();
    expect(gasDocument(wrapped).read()).toEqual(summarizeBlocks(mixed));
    expect(env.calls.byMethod()['DocumentApp.ListItem.getText']).toBe(2);
  });
});

describe('gasDocument writes', () => {
  const entry: Block[] = [
    {
      type: 'listItem',
      text: 'Title - Author · Jan 2020 · cs.LG · arXiv:2001.00005',
      links: [{start: 0, end: 5, url: 'https://arxiv.org/abs/2001.00005'}],
      bold: [{start: 0, end: 5}],
    },
    {type: 'listItem', text: 'gist', nesting: 1, glyph: 'HOLLOW_BULLET'},
    {
      type: 'listItem',
      text: 'Abstract.',
      nesting: 1,
      glyph: 'HOLLOW_BULLET',
      italic: [{start: 0, end: 9}],
      colors: [{start: 0, end: 9, color: '#666666'}],
    },
  ];

  it('inserts blocks with heading, nesting, glyph, links and styles (inclusive offsets handled)', () => {
    const {env, port} = open([
      {type: 'paragraph', text: 'x'},
      {type: 'paragraph', text: ''},
    ]);
    port.insertBlocks(1, [
      {type: 'paragraph', text: 'Vision', heading: 'HEADING2'},
      ...entry,
      {type: 'table', rows: [['1', '2']]},
    ]);
    expect(env.document.toJSON().body).toEqual([
      {type: 'paragraph', text: 'x'},
      {type: 'paragraph', text: 'Vision', heading: 'HEADING2'},
      ...entry,
      {type: 'table', rows: [['1', '2']]},
      {type: 'paragraph', text: ''},
    ]);
  });

  it('moves ranges both ways, and a range that ends the body by moving the rest instead', () => {
    const blocks: Block[] = ['a', 'b', 'c', 'd', 'e'].map(text => ({
      type: 'paragraph',
      text,
    }));
    const texts = (env: Env) =>
      env.document.toJSON().body.map(b => ('text' in b ? b.text : '#'));
    let {env, port} = open(blocks);
    port.moveRange(3, 1, 0);
    expect(texts(env)).toEqual(['d', 'a', 'b', 'c', 'e']);
    port.moveRange(0, 2, 4);
    expect(texts(env)).toEqual(['b', 'c', 'd', 'a', 'e']);
    ({env, port} = open(blocks));
    port.moveRange(3, 2, 1);
    expect(texts(env)).toEqual(['a', 'd', 'e', 'b', 'c']);
    expect(env.calls.byMethod()['DocumentApp.Paragraph.removeFromParent']).toBe(
      2,
    );
    ({env, port} = open([
      ...blocks.slice(0, 2),
      {type: 'table', rows: [['t']]},
      ...entry,
    ]));
    port.moveRange(2, 4, 0);
    expect(env.document.toJSON().body).toEqual([
      {type: 'table', rows: [['t']]},
      ...entry,
      ...blocks.slice(0, 2),
    ]);
  });

  it('removes ranges, keeping an empty last paragraph when the range ends the body', () => {
    let {env, port} = open(entry);
    port.removeRange(0, 1);
    expect(env.document.toJSON().body).toEqual(entry.slice(1));
    ({env, port} = open(entry));
    port.removeRange(1, 2);
    expect(env.document.toJSON().body).toEqual([
      entry[0],
      {type: 'paragraph', text: ''},
    ]);
  });

  it('selects a child, and keeps working after a flush reopens the document', () => {
    const {env, port} = open(entry);
    port.select(2);
    expect(env.document.selection()).toEqual({start: 2, end: 3});
    port.flush();
    const calls = env.calls.byMethod();
    expect(calls['DocumentApp.Document.saveAndClose']).toBe(1);
    expect(calls['DocumentApp.openById']).toBe(1);
    port.insertBlocks(0, [{type: 'paragraph', text: 'after flush'}]);
    expect(port.read()[0].text).toBe('after flush');
    expect(port.id()).toBe(env.document.id);
  });
});
