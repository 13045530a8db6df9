// insertPapers over an in-memory document: sorted places, new sections, Inbox, duplicates, lock, bad requests.
import {
  insertPapers,
  type InsertDeps,
  MAX_NOTE_LENGTH,
} from '../../../src/app/haul/insert';
import {FakeLock} from '../../support/fakes';
import type {Block} from '../../../src/core/doc-model';
import {formatEntry} from '../../../src/core/entry-format';
import {DEFAULT_SETTINGS, type Settings} from '../../../src/core/settings';
import type {Paper} from '../../../src/core/types';
import {MemoryDocument} from '../../support/memory-document';

function paper(id: string, title = `Paper ${id}`): Paper {
  return {
    id,
    version: '2',
    title,
    authors: ['Ada Lovelace', 'Alan Turing'],
    published: '2020-01-15T00:00:00Z',
    updated: '2020-02-01T00:00:00Z',
    summary: `About ${title}. More.`,
    primaryCategory: 'cs.LG',
    categories: ['cs.LG'],
    absUrl: `https://arxiv.org/abs/${id}v2`,
    pdfUrl: `https://arxiv.org/pdf/${id}v2`,
  };
}

const FORMAT = DEFAULT_SETTINGS.entryFormat;
const heading = (text: string, level = 2): Block => ({
  type: 'paragraph',
  text,
  heading: `HEADING${level}` as 'HEADING2',
});
const entry = (id: string, gist?: string) =>
  formatEntry(paper(id), gist, FORMAT);

function setup(
  blocks: Block[],
  settings: Partial<Settings> = {},
  known?: string[],
) {
  const document = new MemoryDocument(blocks);
  const lock = new FakeLock();
  const lookups: string[][] = [];
  const deps: InsertDeps = {
    document,
    lock,
    settings: {...DEFAULT_SETTINGS, ...settings},
    lookup: ids => {
      lookups.push(ids);
      const papers: Record<string, Paper> = {};
      const missing: string[] = [];
      for (const id of ids) {
        if (!known || known.includes(id)) papers[id] = paper(id);
        else missing.push(id);
      }
      return {papers, missing};
    },
  };
  return {document, lock, lookups, deps};
}

const preamble: Block[] = [
  {type: 'paragraph', text: 'Reading list', heading: 'TITLE'},
  {type: 'paragraph', text: 'Papers I skimmed.'},
];
const nlp: Block[] = [
  heading('NLP'),
  {type: 'paragraph', text: 'Language things.'},
  ...entry('2201.00003', 'g3'),
  ...entry('2001.00001'),
];
const rl: Block[] = [heading('RL'), ...entry('1901.00001')];
const trailer: Block[] = [
  heading('Archive', 1),
  {type: 'paragraph', text: 'old'},
];
const doc = [...preamble, ...nlp, ...rl, ...trailer];

describe('insertPapers', () => {
  it('inserts at the sorted place in an existing section and leaves every other block as it was', () => {
    const {document, deps, lock, lookups} = setup(doc);
    const results = insertPapers(
      [{id: '2101.00002', section: 'nlp', note: ' my gist '}],
      deps,
    );
    expect(results).toEqual([
      {id: '2101.00002', status: 'inserted', section: 'NLP'},
    ]);
    const written = entry('2101.00002', 'my gist');
    const at = preamble.length + 2 + 3; // after the heading, intro and the newer entry (head, gist, abstract)
    expect(document.blocks.slice(at, at + written.length)).toEqual(written);
    expect([
      ...document.blocks.slice(0, at),
      ...document.blocks.slice(at + written.length),
    ]).toEqual(doc);
    expect(lookups).toEqual([['2101.00002']]);
    expect(lock.taken).toBe(1);
    expect(lock.held).toBe(false);
    // One read, then the place's neighbours checked again right before the write.
    expect(document.calls).toEqual({read: 1, readAt: 1, insertBlocks: 1});
  });

  it('puts the newest first, the oldest last, and honours the title order', () => {
    const {document, deps} = setup(doc);
    insertPapers(
      [
        {id: '2301.00009', section: 'NLP'},
        {id: '1801.00009', section: 'NLP'},
      ],
      deps,
    );
    const heads = document.blocks
      .filter(b => b.type === 'listItem' && !b.nesting)
      .map(b => ('text' in b ? b.text.split(' - ')[0] : ''));
    expect(heads.slice(0, 4)).toEqual([
      'Paper 2301.00009',
      'Paper 2201.00003',
      'Paper 2001.00001',
      'Paper 1801.00009',
    ]);

    const byTitle = setup(
      [
        heading('NLP'),
        ...formatEntry(paper('2001.00001', 'Beta'), undefined, FORMAT),
      ],
      {sortOrder: 'title'},
    );
    byTitle.deps.lookup = ids => ({
      papers: {[ids[0]]: paper(ids[0], 'Alpha')},
      missing: [],
    });
    insertPapers([{id: '1001.0001', section: 'NLP'}], byTitle.deps);
    expect(byTitle.document.blocks[1]).toMatchObject({
      text: expect.stringMatching(/^Alpha - /),
    });
  });

  it('creates a missing section at level L after the last section, before trailing content', () => {
    const {document, deps} = setup(doc);
    const [result] = insertPapers(
      [{id: '2105.00005', section: '  Vision  '}],
      deps,
    );
    expect(result).toEqual({
      id: '2105.00005',
      status: 'inserted',
      section: 'Vision',
    });
    const at = preamble.length + nlp.length + rl.length;
    expect(document.blocks.slice(at, at + 3)).toEqual([
      heading('Vision'),
      ...entry('2105.00005'),
    ]);
    expect(document.blocks.slice(at + 3)).toEqual(trailer);
    expect([
      ...document.blocks.slice(0, at),
      ...document.blocks.slice(at + 3),
    ]).toEqual(doc);
  });

  it('files a request without a section to the Inbox, creating it once for several papers', () => {
    const {document, deps} = setup(doc, {inboxName: 'To read'});
    const results = insertPapers(
      [
        {id: '2105.00005', section: ''},
        {id: '2106.00006', section: 'to READ'},
      ],
      deps,
    );
    expect(results.map(r => [r.status, r.section])).toEqual([
      ['inserted', 'To read'],
      ['inserted', 'To read'],
    ]);
    const at = preamble.length + nlp.length + rl.length;
    expect(document.blocks.slice(at, at + 5)).toEqual([
      heading('To read'),
      ...entry('2106.00006'),
      ...entry('2105.00005'),
    ]);
  });

  it('reports duplicates in any URL form and version, anywhere, and within the same call', () => {
    const withLoose = [...preamble, ...entry('1701.00007'), ...nlp, ...rl];
    const {document, deps, lookups} = setup(withLoose);
    const results = insertPapers(
      [
        {id: 'https://arxiv.org/pdf/2001.00001v3', section: 'RL'},
        {id: 'arXiv:1701.00007v1', section: 'RL'},
        {id: '2105.00005', section: 'RL'},
        {id: '2105.00005v2', section: 'NLP'},
      ],
      deps,
    );
    expect(results).toEqual([
      {
        id: '2001.00001',
        status: 'duplicate',
        section: 'NLP',
        message: 'Already in the document under “NLP”.',
      },
      {
        id: '1701.00007',
        status: 'duplicate',
        message: 'Already in the document, outside the sections.',
      },
      {id: '2105.00005', status: 'inserted', section: 'RL'},
      {
        id: '2105.00005',
        status: 'duplicate',
        section: 'RL',
        message: 'Already in the document under “RL”.',
      },
    ]);
    expect(lookups).toEqual([['2105.00005']]);
    expect(document.blocks.length).toBe(withLoose.length + 2);
  });

  it('gives each bad request its own error and inserts the rest', () => {
    const {document, deps} = setup(doc, {}, ['2105.00005']);
    const results = insertPapers(
      [
        {id: 'not an id', section: 'NLP'},
        {
          id: '2105.00005',
          section: 'NLP',
          note: 'x'.repeat(MAX_NOTE_LENGTH + 1),
        },
        {id: '2112.99999', section: 'NLP'},
        {id: '2105.00005', section: 'x'.repeat(101)},
        {id: '2105.00005', section: 'NLP', note: 'fine'},
      ],
      deps,
    );
    expect(results.map(r => r.status)).toEqual([
      'error',
      'error',
      'error',
      'error',
      'inserted',
    ]);
    expect(results[0].message).toBe(
      '“not an id” is not one arXiv id, DOI or link.',
    );
    expect(results[1].message).toMatch(/at most 1000 fit/);
    expect(results[2].message).toBe(
      'arXiv has no paper 2112.99999; check the id.',
    );
    expect(results[3].message).toMatch(/at most 100 characters/);
    expect(document.blocks.length).toBe(doc.length + 3); // head, gist, abstract
  });

  it('passes an arXiv failure on to every paper it left unfetched', () => {
    const {document, deps} = setup(doc);
    deps.lookup = () => ({
      papers: {},
      missing: [],
      error: 'arXiv is not answering (429). Try again in a minute.',
    });
    const results = insertPapers([{id: '2105.00005', section: 'NLP'}], deps);
    expect(results).toEqual([
      {
        id: '2105.00005',
        status: 'error',
        message: 'arXiv is not answering (429). Try again in a minute.',
      },
    ]);
    expect(document.blocks).toEqual(doc);
  });

  it('changes nothing when the lock stays taken, and releases it when a write throws', () => {
    const busy = setup(doc);
    busy.deps.lock = new FakeLock({free: false});
    const [result] = insertPapers(
      [{id: '2105.00005', section: 'NLP'}],
      busy.deps,
    );
    expect(result.status).toBe('error');
    expect(result.message).toMatch(/busy/);
    expect(busy.document.calls).toEqual({});

    const failing = setup(doc);
    let calls = 0;
    const original = failing.document.insertBlocks.bind(failing.document);
    failing.document.insertBlocks = (index, blocks) => {
      if (calls++ === 0) throw new Error('Service unavailable: Documents');
      original(index, blocks);
    };
    const results = insertPapers(
      [
        {id: '2105.00005', section: 'NLP'},
        {id: '2106.00006', section: 'NLP'},
      ],
      failing.deps,
    );
    expect(results.map(r => r.status)).toEqual(['error', 'inserted']);
    expect(results[0].message).toBe(
      'Could not write the entry: Service unavailable: Documents',
    );
    expect(failing.lock.held).toBe(false);
    expect(failing.document.calls.read).toBe(2);
  });

  it('writes into a doc whose only paragraph is empty, keeping that paragraph last', () => {
    const {document, deps} = setup([{type: 'paragraph', text: ''}]);
    insertPapers([{id: '2105.00005', section: 'Inbox'}], deps);
    expect(document.blocks).toEqual([
      heading('Inbox'),
      ...entry('2105.00005'),
      {type: 'paragraph', text: ''},
    ]);
  });

  it('uses HEADING1 for new sections in a doc of HEADING1 sections, and enters intro-only sections after the intro', () => {
    const h1doc: Block[] = [
      heading('NLP', 1),
      ...entry('2001.00001'),
      heading('Theory', 1),
      {type: 'paragraph', text: 'Proofs.'},
      heading('Surveys', 3),
      ...entry('2002.00002'),
    ];
    const {document, deps} = setup(h1doc);
    insertPapers(
      [
        {id: '2105.00005', section: 'Vision'},
        {id: '2106.00006', section: 'Theory'},
      ],
      deps,
    );
    expect(document.blocks).toEqual([
      ...h1doc.slice(0, 5),
      ...entry('2106.00006'),
      ...h1doc.slice(5),
      heading('Vision', 1),
      ...entry('2105.00005'),
    ]);
  });

  it('saves every 20 entries and refuses oversized or malformed calls', () => {
    const {document, deps} = setup([heading('NLP')]);
    const many = Array.from({length: 41}, (_, i) => ({
      id: `2101.${String(i + 1).padStart(5, '0')}`,
      section: 'NLP',
    }));
    expect(insertPapers(many, deps).every(r => r.status === 'inserted')).toBe(
      true,
    );
    expect(document.calls.flush).toBe(2);
    expect(() =>
      insertPapers(Array(201).fill({id: '2101.00001', section: 'x'}), deps),
    ).toThrow('At most 200 papers');
    expect(() => insertPapers('x' as never, deps)).toThrow('expected a list');
  });
});
