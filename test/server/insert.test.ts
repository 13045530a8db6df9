// insertPapers through the built bundle in the emulator, on the sample giant doc and on edge-case docs.
import type {Block, DocJson} from '../../src/core/doc-model';
import type {InsertResult} from '../../src/core/types';
import giant from '../../samples/giant-doc.json';
import {generateDoc} from '../../samples/generate-doc';
import {arxivReplay} from '../support/arxiv-replay';
import {loadDist} from '../support/dist-bundle';
import {WITHOUT_DOCS_API} from '../support/manifest';
import type {Manifest} from '../../emulator';

const GREY = '#666666';

function setup(document: DocJson, manifest?: Manifest) {
  const replay = arxivReplay();
  const {env, fns} = loadDist({
    document,
    fetch: r => replay.handle(r),
    ...(manifest ? {manifest} : {}),
  });
  const before = env.document.toJSON().body;
  const insert = (requests: unknown[]) =>
    env.scriptRun(fns, 'insertPapers', requests) as InsertResult[];
  return {
    env,
    fns,
    replay,
    before,
    insert,
    body: () => env.document.toJSON().body,
  };
}

/** Asserts the body is `before` with `added` at `at` and nothing else changed. */
function expectInsertedOnly(
  body: Block[],
  before: Block[],
  at: number,
  added: Block[],
): void {
  expect(body).toHaveLength(before.length + added.length);
  expect(body.slice(0, at)).toEqual(before.slice(0, at));
  added.forEach((block, k) => expect(body[at + k]).toEqual(block));
  expect(body.slice(at + added.length)).toEqual(before.slice(at));
}

const AEW_TITLE =
  'Proceedings of Workshop AEW10: Concepts in Information Theory and Communications';
const AEW_SENTENCE =
  'The 10th Asia-Europe workshop in "Concepts in Information Theory and Communications" AEW10 was held in Boppard, Germany on June 21-23, 2017.';
const aewEntry = (gist: string): Block[] => [
  {
    type: 'listItem',
    text: `${AEW_TITLE} - Kees A. Schouhamer Immink, Stan Baggen, Ferdaous Chaabane, et al. · Jul 2017 · cs.IT · arXiv:1707.08567`,
    links: [
      {
        start: 0,
        end: AEW_TITLE.length,
        url: 'https://arxiv.org/abs/1707.08567',
      },
    ],
    bold: [{start: 0, end: AEW_TITLE.length}],
  },
  {type: 'listItem', text: gist, nesting: 1, glyph: 'HOLLOW_BULLET'},
  {
    type: 'listItem',
    text: AEW_SENTENCE,
    nesting: 1,
    glyph: 'HOLLOW_BULLET',
    italic: [{start: 0, end: AEW_SENTENCE.length}],
    colors: [{start: 0, end: AEW_SENTENCE.length, color: GREY}],
  },
];
const HEAT_TITLE = 'Heat-bath random walks with Markov bases';
const HEAT_SENTENCE =
  'Graphs on lattice points are studied whose edges come from a finite set of allowed moves of arbitrary length.';
const heatEntry: Block[] = [
  {
    type: 'listItem',
    text: `${HEAT_TITLE} - Caprice Stanley, Tobias Windisch · May 2016 · math.CO · arXiv:1605.08386`,
    links: [
      {
        start: 0,
        end: HEAT_TITLE.length,
        url: 'https://arxiv.org/abs/1605.08386',
      },
    ],
    bold: [{start: 0, end: HEAT_TITLE.length}],
  },
  {
    type: 'listItem',
    text: HEAT_SENTENCE,
    nesting: 1,
    glyph: 'HOLLOW_BULLET',
    italic: [{start: 0, end: HEAT_SENTENCE.length}],
    colors: [{start: 0, end: HEAT_SENTENCE.length, color: GREY}],
  },
];

describe('insertPapers (bundle, sample giant doc)', () => {
  it('inserts into an existing section at its sorted place and changes nothing else', () => {
    const {insert, before, body, env} = setup(giant as DocJson);
    expect(
      insert([
        {
          id: '1707.08567',
          section: 'NLP',
          note: '  workshop proceedings; skip ',
        },
      ]),
    ).toEqual([{id: '1707.08567', status: 'inserted', section: 'NLP'}]);
    // NLP is not strictly sorted (hand-written entries): the entry goes before the first older one,
    // "Attention Is All You Need" (1706.03762, at 250), right after ULMFiT (1801.06146) and its note.
    expect(before[250]).toMatchObject({
      text: expect.stringMatching(/^Attention Is All You Need - /),
    });
    expectInsertedOnly(
      body(),
      before,
      250,
      aewEntry('workshop proceedings; skip'),
    );
    expect(env.fetchLog).toHaveLength(1);
  });

  it('creates a new section before the Inbox, which stays the last section', () => {
    const {insert, before, body} = setup(giant as DocJson);
    const inbox = before.findIndex(
      b =>
        b.type === 'paragraph' &&
        b.heading === 'HEADING2' &&
        b.text === 'Inbox',
    );
    expect(
      insert([
        {id: 'https://arxiv.org/abs/1605.08386v1', section: 'Combinatorics'},
      ]),
    ).toEqual([
      {id: '1605.08386', status: 'inserted', section: 'Combinatorics'},
    ]);
    expectInsertedOnly(body(), before, inbox, [
      {type: 'paragraph', text: 'Combinatorics', heading: 'HEADING2'},
      ...heatEntry,
    ]);
  });

  it('files into the Inbox between a newer and an older id, with a title of "0"', () => {
    const {insert, before, body} = setup(giant as DocJson);
    expect(insert([{id: '2104.12255', section: ''}])).toEqual([
      {id: '2104.12255', status: 'inserted', section: 'Inbox'},
    ]);
    const sentence = 'What is the funniest number in cryptography?';
    expectInsertedOnly(body(), before, 590, [
      {
        type: 'listItem',
        text: '0 - Quan Thoi Minh Nguyen · Apr 2021 · cs.CR · arXiv:2104.12255',
        links: [{start: 0, end: 1, url: 'https://arxiv.org/abs/2104.12255'}],
        bold: [{start: 0, end: 1}],
      },
      {
        type: 'listItem',
        text: sentence,
        nesting: 1,
        glyph: 'HOLLOW_BULLET',
        italic: [{start: 0, end: sentence.length}],
        colors: [{start: 0, end: sentence.length, color: GREY}],
      },
    ]);
  });

  it('reports a paper already in the doc, given as a pdf link of another version, and writes nothing', () => {
    const {insert, before, body, env} = setup(giant as DocJson);
    expect(
      insert([{id: 'https://arxiv.org/pdf/2201.11903v2', section: 'Inbox'}]),
    ).toEqual([
      {
        id: '2201.11903',
        status: 'duplicate',
        section: 'NLP',
        message: 'Already in the document under “NLP”.',
      },
    ]);
    expect(body()).toEqual(before);
    expect(env.fetchLog).toHaveLength(0);
  });

  it('reports every request on its own in a mixed haul', () => {
    const {insert, body, before} = setup(giant as DocJson);
    const results = insert([
      {id: '1605.08386', section: 'Theory', note: 'x'.repeat(1001)},
      {id: '2601.99999', section: 'NLP'},
      {id: '1706.03762v7', section: 'NLP'},
      {id: 'astro-ph/0601001', section: 'Astro'},
    ]);
    expect(results.map(r => r.status)).toEqual([
      'error',
      'error',
      'duplicate',
      'inserted',
    ]);
    expect(results[1].message).toBe(
      'arXiv has no paper 2601.99999; check the id.',
    );
    expect(body().length).toBe(before.length + 3);
  });

  it('writes with a bounded number of calls beyond one read pass, on the sample doc and on one 10 times larger (DocumentApp read path)', () => {
    const counts = (document: DocJson) => {
      const {env, fns, insert} = setup(document, WITHOUT_DOCS_API);
      env.calls.reset();
      env.scriptRun(fns, 'searchEntries', 'nothing matches this');
      // searchEntries stands for one read pass of the document; its reads of
      // the abstracts' cache grow with the doc and are no part of insert's.
      const read = Object.fromEntries(
        Object.entries(env.calls.byMethod()).filter(([method]) =>
          method.startsWith('DocumentApp.'),
        ),
      );
      env.calls.reset();
      expect(
        insert([{id: '1707.08567', section: 'NLP', note: 'g'}])[0].status,
      ).toBe('inserted');
      const all = env.calls.byMethod();
      const extra: Record<string, number> = {};
      for (const [method, n] of Object.entries(all)) {
        if (n !== (read[method] ?? 0)) extra[method] = n - (read[method] ?? 0);
      }
      return {readPass: read['DocumentApp.Body.getChild'], extra};
    };
    const sample = counts(giant as DocJson);
    const large = counts(generateDoc(273 * 10));
    expect(large.readPass).toBeGreaterThan(9 * sample.readPass);
    expect(large.extra).toEqual(sample.extra);
    // Calls the insert makes beyond the read (Find also lists the tabs, which the insert does not).
    const documentWrites = Object.entries(sample.extra)
      .filter(([method, n]) => method.startsWith('DocumentApp.') && n > 0)
      .reduce((sum, [, n]) => sum + n, 0);
    // three list items with nesting, glyph and heading; each, having text, editAsText and one
    // setAttributes that clears what it took from its neighbours; then one call per style (4);
    // the body's length for the write journal, and one Document.getId that keys both the
    // journal and the document's write lease (24); and the two neighbours of the
    // place read again right before writing (12 calls with their headings: stale
    // positions; no getNumChildren since issue 27, getChild past the end throws).
    expect(documentWrites).toBe(24 + 12);
  });
});

describe('insertPapers (bundle, other docs)', () => {
  it('uses HEADING1 for a new section in a doc of HEADING1 sections', () => {
    const h1: DocJson = {
      body: [
        {type: 'paragraph', text: 'Math', heading: 'HEADING1'},
        {
          type: 'listItem',
          text: 'Old',
          links: [{start: 0, end: 3, url: 'https://arxiv.org/abs/1501.00001'}],
        },
        {type: 'paragraph', text: 'Physics', heading: 'HEADING1'},
        {type: 'paragraph', text: 'Read more physics.'},
        {type: 'paragraph', text: ''},
      ],
    };
    const {insert, before, body} = setup(h1);
    expect(insert([{id: '1605.08386', section: 'Math'}])[0]).toEqual({
      id: '1605.08386',
      status: 'inserted',
      section: 'Math',
    });
    expectInsertedOnly(body(), before, 1, heatEntry);
    const after = body();
    expect(
      insert([{id: '1707.08567', section: 'Info theory', note: 'g'}])[0].status,
    ).toBe('inserted');
    expectInsertedOnly(body(), after, after.length, [
      {type: 'paragraph', text: 'Info theory', heading: 'HEADING1'},
      ...aewEntry('g'),
    ]);
  });

  it('writes into a doc whose only paragraph is empty, that paragraph staying last', () => {
    const {insert, body} = setup({body: [{type: 'paragraph', text: ''}]});
    expect(insert([{id: '1605.08386', section: ''}])).toEqual([
      {id: '1605.08386', status: 'inserted', section: 'Inbox'},
    ]);
    expect(body()).toEqual([
      {type: 'paragraph', text: 'Inbox', heading: 'HEADING2'},
      ...heatEntry,
      {type: 'paragraph', text: ''},
    ]);
  });

  it('waits for the document lock and reports a busy document without writing', () => {
    const {insert, before, body, env} = setup(giant as DocJson);
    env.holdDocumentLock(true);
    const [result] = insert([{id: '1605.08386', section: 'Theory'}]);
    expect(result).toMatchObject({id: '1605.08386', status: 'error'});
    expect(result.message).toMatch(/busy/);
    expect(body()).toEqual(before);
    env.holdDocumentLock(false);
    expect(insert([{id: '1605.08386', section: 'Theory'}])[0].status).toBe(
      'inserted',
    );
  });
});

describe('previewPapers marks duplicates (bundle)', () => {
  it('says which section a pasted paper already stands in', () => {
    const {env, fns} = setup(giant as DocJson);
    const result = env.scriptRun(
      fns,
      'previewPapers',
      'https://arxiv.org/pdf/2201.11903v1 and 1605.08386',
    ) as {
      items: {id: string; status: string; existingSection?: string}[];
      sections: string[];
    };
    expect(result.items.map(i => [i.id, i.status, i.existingSection])).toEqual([
      ['2201.11903', 'duplicate', 'NLP'],
      ['1605.08386', 'ready', undefined],
    ]);
    expect(result.sections).toHaveLength(13);
    expect(result.sections[12]).toBe('Inbox');
  });
});

describe('text cleaned at the door (bundle)', () => {
  const doc: DocJson = {
    body: [
      {type: 'paragraph', text: 'ML', heading: 'HEADING2'},
      {
        type: 'listItem',
        text: 'Old',
        links: [{start: 0, end: 3, url: 'https://arxiv.org/abs/1501.00001'}],
      },
      {type: 'paragraph', text: 'Inbox', heading: 'HEADING2'},
      {type: 'paragraph', text: ''},
    ],
  };

  it('files "ML\\u0000" and "ML\\u200B" under "ML" and writes a gist without its control characters', () => {
    const {insert, body} = setup(doc);
    expect(insert([{id: '1605.08386', section: 'ML\u0000'}])[0]).toEqual({
      id: '1605.08386',
      status: 'inserted',
      section: 'ML',
    });
    expect(
      insert([
        {
          id: '1707.08567',
          section: '\uFEFFML\u200B',
          note: 'a\u0000b\u0001c\u001Bd\u007F\u0085 e',
        },
      ])[0],
    ).toMatchObject({status: 'inserted', section: 'ML'});
    const after = body();
    const headings = after.filter(
      b => b.type === 'paragraph' && b.heading === 'HEADING2',
    );
    expect(headings.map(h => (h as {text: string}).text)).toEqual([
      'ML',
      'Inbox',
    ]);
    const texts = JSON.stringify(after);
    // eslint-disable-next-line no-control-regex -- no control character may be written
    expect(texts).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
    expect(after.some(b => b.type === 'listItem' && b.text === 'abcd e')).toBe(
      true,
    );
  });

  it('saves settings without control characters in names and keywords', () => {
    const {env, fns} = setup(doc);
    const saved = env.scriptRun(fns, 'saveSettings', {
      inboxName: 'To\u0000 read\u001B',
      rules: [{section: 'M\u0001L', keywords: ['deep\u0007 learning']}],
    }) as {inboxName: string; rules: {section: string; keywords: string[]}[]};
    expect(saved.inboxName).toBe('To read');
    expect(saved.rules[0]).toMatchObject({
      section: 'ML',
      keywords: ['deep learning'],
    });
  });
});
