// Find on what users paste and type (issue 28): arXiv links and versioned ids, words in any script and emoji, field words.
import type {Block} from '../../src/core/doc-model';
import {buildOutline} from '../../src/core/outline';
import {searchOutline} from '../../src/core/search';
import {takeIds} from '../../src/core/search-query';
import {contentWords, queryWords} from '../../src/core/search-terms';
import type {Paper} from '../../src/core/types';
import {summarize} from '../support/memory-document';

function entry(id: string, title: string, notes: string[] = []): Block[] {
  return [
    {
      type: 'listItem',
      text: `${title} - A. Writer · Jan 2020 · cs.LG · arXiv:${id}`,
      nesting: 0,
      links: [
        {start: 0, end: title.length, url: `https://arxiv.org/abs/${id}`},
      ],
    },
    ...notes.map((text): Block => ({type: 'listItem', text, nesting: 1})),
  ];
}

const doc: Block[] = [
  {type: 'paragraph', text: 'Reading', heading: 'HEADING2'},
  ...entry('1706.03762', 'Attention Is All You Need', ['the transformer']),
  ...entry('2112.04359', 'Ethical and social risks of harm from LMs'),
  ...entry('hep-th/9901001', 'Strings at the boundary'),
  ...entry('2001.00001', 'Arabic gist', ['نموذج لغوي كبير للترجمة']),
  ...entry('2001.00002', 'Hebrew gist', ['מודל שפה גדול']),
  ...entry('2001.00003', 'Chinese gist', ['基于注意力机制的翻译模型']),
  ...entry('2001.00004', 'Japanese gist', ['強化学習でロボットを動かす']),
  ...entry('2001.00005', 'Russian gist', ['Трансформеры для перевода']),
  ...entry('2001.00006', 'Polish gist', ['Łódź seminar, große Modelle']),
  ...entry('2001.00007', 'Emoji gist', ['must read🔥 and 👍🏽 for later']),
  ...entry('2001.00008', 'Greek gist', ['μηχανική μάθηση']),
];
const outline = buildOutline(summarize(doc));
const ids = (query: string, papers?: Record<string, Paper>) =>
  searchOutline(outline, query, {papers}).map(h => h.id);

describe('Find: arXiv links and ids as pasted', () => {
  it.each([
    'https://arxiv.org/abs/2112.04359',
    'arxiv.org/abs/2112.04359v2',
    'arXiv:2112.04359',
    '2112.04359v3',
    'https://export.arxiv.org/abs/2112.04359 ',
  ])('finds the entry of %s and nothing else', query => {
    expect(ids(query)).toEqual(['2112.04359']);
  });

  it('finds the entry of a PDF link with a version and of a versioned id', () => {
    expect(ids('https://arxiv.org/pdf/1706.03762v7')).toEqual(['1706.03762']);
    expect(ids('https://arxiv.org/pdf/1706.03762v7.pdf')).toEqual([
      '1706.03762',
    ]);
    expect(ids('1706.03762v7')).toEqual(['1706.03762']);
  });

  it('finds old-style ids, bare, versioned or in a link', () => {
    expect(ids('hep-th/9901001v2')).toEqual(['hep-th/9901001']);
    expect(ids('https://arxiv.org/abs/hep-th/9901001')).toEqual([
      'hep-th/9901001',
    ]);
  });

  it('says the id matched in the doc and keeps the other words of the query', () => {
    const [hit] = searchOutline(
      outline,
      'attention https://arxiv.org/abs/1706.03762',
    );
    expect(hit.id).toBe('1706.03762');
    expect(hit.why).toContainEqual({
      word: '1706.03762',
      from: 'doc',
      field: 'id',
    });
  });

  it('still searches the start of an id being typed, even in a link', () => {
    expect(ids('1706.037')).toEqual(['1706.03762']);
    expect(takeIds('https://arxiv.org/abs/1706.0376').rest.trim()).toBe(
      '1706.0376',
    );
  });
});

describe('Find: words in any script and emoji', () => {
  it.each([
    ['Arabic', 'لغوي', '2001.00001'],
    ['Hebrew', 'שפה', '2001.00002'],
    ['Chinese, a run inside a longer one', '注意力机制', '2001.00003'],
    ['Chinese, by two-character pieces', '注意机制', '2001.00003'],
    ['Japanese', '強化学習', '2001.00004'],
    ['Japanese katakana', 'ロボット', '2001.00004'],
    ['Cyrillic, any case and a prefix', 'трансформер', '2001.00005'],
    ['Greek', 'μάθηση', '2001.00008'],
    ['Latin letters that do not decompose', 'łodz', '2001.00006'],
    ['Latin letters typed without their key', 'lodz', '2001.00006'],
    ['accents folded', 'grosse', '2001.00006'],
    ['an emoji after a word', '🔥', '2001.00007'],
    ['an emoji with a skin tone in the doc', '👍', '2001.00007'],
  ])('%s: "%s"', (_, query, id) => {
    expect(ids(query)[0]).toBe(id);
  });

  it('matches Cyrillic at word starts only', () => {
    expect(ids('формеры')).toEqual([]);
  });

  it('shows the matched piece of an unspaced script, not the rest of its sentence', () => {
    const [hit] = searchOutline(outline, '注意力');
    expect(hit.why).toEqual([{word: '注意力', from: 'doc', field: 'notes'}]);
  });

  it('reads emoji as words of their own', () => {
    expect(queryWords('read🔥 later')).toEqual(['read', '🔥', 'later']);
  });
});

describe('Find: field words are not content', () => {
  const paper = (id: string): Paper => ({
    id,
    version: '1',
    title: 'x',
    authors: ['A. Writer'],
    published: '2020-01-01T00:00:00Z',
    updated: '2020-01-01T00:00:00Z',
    summary: 'The authors present a new abstract approach; the title says it.',
    primaryCategory: 'cs.LG',
    categories: ['cs.LG'],
    comment: 'Authors contributed equally',
    absUrl: `https://arxiv.org/abs/${id}`,
    pdfUrl: `https://arxiv.org/pdf/${id}`,
  });
  const papers = Object.fromEntries(
    ['1706.03762', '2112.04359', '2001.00001'].map(id => [id, paper(id)]),
  );

  it('does not match "authors", "abstract" or "title" in every paper', () => {
    expect(ids('authors', papers)).toEqual([]);
    expect(ids('abstract title', papers)).toEqual([]);
    expect(ids('transformer authors', papers)).toEqual(['1706.03762']);
    expect(ids('the paper with the abstract about harm', papers)).toEqual([
      '2112.04359',
    ]);
  });

  it('drops field words before stop words', () => {
    expect(contentWords(['the', 'authors', 'of', 'bert'])).toEqual(['bert']);
    expect(contentWords(['the', 'authors'])).toEqual(['the']);
  });
});
