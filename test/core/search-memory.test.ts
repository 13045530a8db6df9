// Find by what the paper said: cached abstracts below the doc's text, stems, synonyms, dates, sections, and a hit's why.
import type {Block} from '../../src/core/doc-model';
import {buildOutline} from '../../src/core/outline';
import {describeDate, searchOutline} from '../../src/core/search';
import {takeDateFilter} from '../../src/core/search-dates';
import {editDistance, synonymAt} from '../../src/core/search-terms';
import type {Paper} from '../../src/core/types';
import {summarize} from '../support/memory-document';

function entry(
  id: string,
  title: string,
  date: string,
  notes: string[] = [],
): Block[] {
  return [
    {
      type: 'listItem',
      text: `${title} - A. Writer · ${date} · cs.LG · arXiv:${id}`,
      nesting: 0,
      links: [
        {start: 0, end: title.length, url: `https://arxiv.org/abs/${id}`},
      ],
    },
    ...notes.map((text): Block => ({type: 'listItem', text, nesting: 1})),
  ];
}

function paper(id: string, summary: string, extra: Partial<Paper> = {}): Paper {
  return {
    id,
    version: '1',
    title: 'x',
    authors: ['A. Writer'],
    published: `20${id.slice(0, 2)}-${id.slice(2, 4)}-01T00:00:00Z`,
    updated: '',
    summary,
    primaryCategory: 'cs.LG',
    categories: ['cs.LG'],
    absUrl: '',
    pdfUrl: '',
    ...extra,
  };
}

const doc: Block[] = [
  {type: 'paragraph', text: 'RL', heading: 'HEADING2'},
  ...entry(
    '1312.5602',
    'Playing Atari with Deep Reinforcement Learning',
    'Dec 2013',
    ['DQN on raw pixels'],
  ),
  {type: 'paragraph', text: 'Reproducibility', heading: 'HEADING2'},
  ...entry('2103.03098', 'Accounting for Variance in Benchmarks', 'Mar 2021', [
    'seeds and splits matter',
  ]),
  ...entry('2012.09999', 'Tooling effects on results', 'Dec 2020', [
    'a gist about tooling',
  ]),
  {type: 'paragraph', text: 'Vision', heading: 'HEADING2'},
  ...entry('1909.00001', 'Atari frames as images', 'Sep 2019', [
    'a pixel model',
  ]),
  ...entry('2112.00002', 'Speech Recognition in the wild', 'Dec 2021', [
    'memorization of training data hurts',
  ]),
];
const outline = buildOutline(summarize(doc));
const papers: Record<string, Paper> = {
  '2012.09999': paper(
    '2012.09999',
    'We show that nondeterministic GPU kernels change the accuracy of trained models.',
    {journalRef: 'NeurIPS 2021'},
  ),
  '1909.00001': paper('1909.00001', 'A model that also mentions tooling once.'),
};

describe('searchOutline with cached papers', () => {
  it('finds a paper by words only its abstract has, and says they came from the abstract', () => {
    const docOnly = searchOutline(outline, 'cuda nondeterminism');
    expect(docOnly.map(h => h.id)).not.toContain('2012.09999');
    const [hit] = searchOutline(outline, 'cuda nondeterminism', {papers});
    expect(hit.id).toBe('2012.09999');
    expect(hit.why).toEqual(
      expect.arrayContaining([
        {word: 'nondeterministic', from: 'arxiv', field: 'abstract'},
        {word: 'GPU', from: 'arxiv', field: 'abstract'},
      ]),
    );
    expect(hit.snippet).toContain('nondeterministic GPU kernels');
    expect(hit.year).toBe(2020);
  });

  it('weighs the doc’s own words above the same word in an abstract', () => {
    const hits = searchOutline(outline, 'tooling', {papers});
    expect(hits.map(h => h.id)).toEqual(['2012.09999', '1909.00001']);
    expect(hits[0].why?.[0]).toEqual({
      word: 'tooling',
      from: 'doc',
      field: 'title',
    });
  });

  it('searches the venue of the journal ref', () => {
    expect(searchOutline(outline, 'neurips', {papers})[0].id).toBe(
      '2012.09999',
    );
  });
});

describe('searchOutline: words people use for the same thing', () => {
  it('matches by stem and by the ML synonym table', () => {
    expect(searchOutline(outline, 'memorized')[0].id).toBe('2112.00002');
    expect(searchOutline(outline, 'asr')[0].id).toBe('2112.00002');
    expect(searchOutline(outline, 'reinforcement learning')[0].id).toBe(
      '1312.5602',
    );
  });

  it('reads a section name as a field: the atari one in RL', () => {
    expect(searchOutline(outline, 'atari').map(h => h.id)).toEqual([
      '1909.00001',
      '1312.5602',
    ]);
    // The Vision entry has only "atari": far weaker, so left out of the list.
    expect(
      searchOutline(outline, 'the atari one in RL').map(h => h.id),
    ).toEqual(['1312.5602']);
  });

  it('filters by a year or a month, relative months from the clock', () => {
    const now = new Date('2022-03-10T00:00:00Z');
    expect(searchOutline(outline, 'atari 2019', {now}).map(h => h.id)).toEqual([
      '1909.00001',
    ]);
    expect(
      searchOutline(outline, 'last december', {now}).map(h => h.id),
    ).toEqual(['2112.00002']);
    expect(
      searchOutline(outline, 'december 2020', {now, papers}).map(h => h.id),
    ).toEqual(['2012.09999']);
    expect(describeDate('tooling last december', now)).toBe('December 2021');
  });
});

describe('search terms', () => {
  it('counts a swap of two letters as one typo', () => {
    expect(editDistance('grokkign', 'grokking', 1)).toBe(1);
    expect(editDistance('atari', 'zebra', 1)).toBe(2);
  });

  it('finds the longest synonym phrase at a place', () => {
    expect(synonymAt(['deep', 'rl', 'paper'], 0)?.phrase).toBe('deep rl');
    expect(synonymAt(['graphics', 'cards'], 0)?.row).toContain('gpu');
  });

  it('needs "last", "this" or a year to read a month as a date', () => {
    const now = new Date('2026-12-01T00:00:00Z');
    expect(takeDateFilter(['may', 'fail'], now)).toEqual({
      words: ['may', 'fail'],
    });
    expect(takeDateFilter(['last', 'december'], now).filter).toEqual({
      year: 2025,
      month: 12,
    });
    expect(takeDateFilter(['this', 'year', 'gan'], now)).toEqual({
      filter: {year: 2026},
      words: ['gan'],
    });
    expect(takeDateFilter(['2103'], now)).toEqual({words: ['2103']});
  });
});
