// Search over the outline's entries: fields, typos, word order, ties newest first, snippets.
import type {Block} from '../../src/core/doc-model';
import {buildOutline, summarizeBlocks} from '../../src/core/outline';
import giant from '../../samples/giant-doc.json';
import {searchOutline} from '../../src/core/search';
import {summarize} from '../support/memory-document';

function entry(
  id: string,
  title: string,
  authors: string,
  notes: string[] = [],
): Block[] {
  return [
    {
      type: 'listItem',
      text: `${title} - ${authors} · Jan 2020 · cs.LG · arXiv:${id}`,
      nesting: 0,
      links: [
        {start: 0, end: title.length, url: `https://arxiv.org/abs/${id}`},
      ],
    },
    ...notes.map((text): Block => ({type: 'listItem', text, nesting: 1})),
  ];
}

const doc: Block[] = [
  {type: 'paragraph', text: 'Pinned', heading: 'NORMAL'},
  ...entry(
    '1810.04805',
    'BERT: Pre-training of Deep Bidirectional Transformers',
    'Jacob Devlin, Ming-Wei Chang',
  ),
  {type: 'paragraph', text: 'NLP', heading: 'HEADING2'},
  ...entry(
    '1706.03762',
    'Attention Is All You Need',
    'Ashish Vaswani, Noam Shazeer, et al.',
    ['the transformers paper'],
  ),
  ...entry(
    '2005.14165',
    'Language Models are Few-Shot Learners',
    'Tom B. Brown, Benjamin Mann',
    [
      'in-context learning emerges with scale, surprisingly strong on translation',
    ],
  ),
  {type: 'paragraph', text: 'Physics', heading: 'HEADING2'},
  ...entry('hep-th/9901001', 'Über Ångström Strings', 'Edward Witten'),
  ...entry('2101.00001', 'Graph networks', 'A. Author', ['same words here']),
  ...entry('2201.00001', 'Graph networks', 'A. Author', ['same words here']),
];
const outline = buildOutline(summarize(doc));

describe('searchOutline', () => {
  it('finds by title words in any order, with a typo', () => {
    const [hit] = searchOutline(outline, 'need atention all');
    expect(hit).toMatchObject({
      id: '1706.03762',
      title: 'Attention Is All You Need',
      section: 'NLP',
      authors: 'Ashish Vaswani, Noam Shazeer, et al.',
      url: 'https://arxiv.org/abs/1706.03762',
    });
    expect(hit.score).toBeGreaterThan(0);
  });

  it('finds by author, by gist with a snippet around the match, and by id', () => {
    expect(searchOutline(outline, 'vaswani')[0].id).toBe('1706.03762');
    const [gist] = searchOutline(outline, 'translation scale');
    expect(gist.id).toBe('2005.14165');
    expect(gist.snippet).toContain('scale');
    expect(searchOutline(outline, '2005.14165')[0].id).toBe('2005.14165');
  });

  it('ranks a title match above a notes match', () => {
    const hits = searchOutline(outline, 'transformers');
    expect(hits.map(h => h.id)).toEqual(['1810.04805', '1706.03762']);
  });

  it('finds entries outside sections and folds accents', () => {
    expect(searchOutline(outline, 'bert')[0]).toMatchObject({
      id: '1810.04805',
      section: '',
    });
    expect(searchOutline(outline, 'angstrom')[0].id).toBe('hep-th/9901001');
  });

  it('puts the newest paper first on a tie', () => {
    const hits = searchOutline(outline, 'graph networks');
    expect(hits.map(h => h.id)).toEqual(['2201.00001', '2101.00001']);
    expect(hits[0].score).toBe(hits[1].score);
  });

  it('falls back to partial matches and returns nothing for a blank query', () => {
    expect(searchOutline(outline, 'witten zzzzqqq')[0].id).toBe(
      'hep-th/9901001',
    );
    expect(searchOutline(outline, '   ')).toEqual([]);
    expect(searchOutline(outline, 'qqqqqqqq')).toEqual([]);
    expect(searchOutline(outline, 'graph', {limit: 1})).toHaveLength(1);
  });
});

describe('searchOutline on the sample doc', () => {
  it('ranks the start of a word being typed above a typo of another word', () => {
    const outline = buildOutline(summarizeBlocks(giant.body as Block[]));
    const hits = searchOutline(outline, 'transfor').slice(0, 3);
    for (const hit of hits) expect(hit.title).toMatch(/Transformer/);
  });
});
