// Entries look the same whatever stands next to them, and numbered headings are sections (bundle in the emulator).
import type {Block, DocJson} from '../../src/core/doc-model';
import type {InsertResult} from '../../src/core/types';
import {arxivReplay} from '../support/arxiv-replay';
import {loadDist} from '../support/dist-bundle';

const PAPER = '1707.08567';

function insertInto(body: Block[], section: string) {
  const replay = arxivReplay();
  const {env, fns} = loadDist({
    document: {body} as DocJson,
    fetch: r => replay.handle(r),
  });
  const results = env.scriptRun(fns, 'insertPapers', [
    {id: PAPER, section, note: 'gist'},
  ]) as InsertResult[];
  return {results, after: env.document.toJSON().body};
}

/** The blocks `after` holds beyond `before`, which they were inserted into at `at`. */
function insertedAt(after: Block[], before: Block[], at: number): Block[] {
  expect(after.slice(0, at)).toEqual(before.slice(0, at));
  const count = after.length - before.length;
  expect(after.slice(at + count)).toEqual(before.slice(at));
  return after.slice(at, at + count);
}

const plainDoc: Block[] = [
  {type: 'paragraph', text: 'Vision', heading: 'HEADING2'},
  {type: 'paragraph', text: 'Papers on seeing.'},
  {type: 'paragraph', text: 'Later', heading: 'HEADING2'},
];

describe('entries next to styled text', () => {
  it('an entry after a bold, linked, coloured, underlined-by-link paragraph looks like every other entry', () => {
    const plain = insertInto(plainDoc, 'Vision');
    const entry = insertedAt(plain.after, plainDoc, 2);
    expect(entry.length).toBeGreaterThanOrEqual(2);

    const styled: Block[] = plainDoc.map(b => ({...b}));
    const text = 'Papers on seeing.';
    styled[1] = {
      type: 'paragraph',
      text,
      links: [{start: 0, end: text.length, url: 'https://example.org/see'}],
      bold: [{start: 0, end: text.length}],
      italic: [{start: 0, end: text.length}],
      colors: [{start: 0, end: text.length, color: '#ff0000'}],
    };
    const next = insertInto(styled, 'Vision');
    expect(next.results).toEqual([
      {id: PAPER, status: 'inserted', section: 'Vision'},
    ]);
    expect(insertedAt(next.after, styled, 2)).toEqual(entry);
  });
});

describe('numbered headings', () => {
  const numbered: Block[] = [
    {type: 'paragraph', text: 'Research plan', heading: 'TITLE'},
    {type: 'listItem', text: 'Vision', glyph: 'NUMBER', heading: 'HEADING2'},
    {type: 'listItem', text: 'Methods', glyph: 'NUMBER', heading: 'HEADING2'},
    {
      type: 'listItem',
      text: 'Attention Is All You Need · arXiv:1706.03762',
      links: [{start: 0, end: 25, url: 'https://arxiv.org/abs/1706.03762'}],
    },
  ];

  it('an insert into "Vision" lands under the list-item heading "Vision", no second heading made', () => {
    const {results, after} = insertInto(numbered, 'vision');
    expect(results).toEqual([
      {id: PAPER, status: 'inserted', section: 'Vision'},
    ]);
    const entry = insertedAt(after, numbered, 2);
    expect(entry[0]).toMatchObject({
      type: 'listItem',
      text: expect.stringContaining(`arXiv:${PAPER}`),
    });
    // Taken from no neighbour: the entry is no heading and no numbered item.
    for (const block of entry) {
      expect(block).not.toHaveProperty('heading');
      if (block.type === 'listItem') expect(block.glyph).not.toBe('NUMBER');
    }
    const headings = after.filter(b => b.type !== 'table' && b.heading);
    expect(headings.map(b => (b.type !== 'table' ? b.text : ''))).toEqual([
      'Research plan',
      'Vision',
      'Methods',
    ]);
  });
});
