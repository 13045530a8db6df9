// Outline: section level, preamble, sections, intros, runs, fixed points and entries (written or hand-made).
import type {Block} from '../../src/core/doc-model';
import {
  buildOutline,
  findEntries,
  headingLevel,
  normalizeSectionName,
} from '../../src/core/outline';
import {summarize} from '../support/memory-document';

const heading = (level: number, text: string): Block => ({
  type: 'paragraph',
  text,
  heading: `HEADING${level}` as Block extends {heading?: infer H} ? H : never,
});
const para = (text: string): Block => ({type: 'paragraph', text});
const item = (text: string, nesting = 0): Block => ({
  type: 'listItem',
  text,
  nesting,
});
/** An entry head as the add-on writes it. */
const written = (
  id: string,
  title: string,
  byline = 'A. Author · Nov 2021 · cs.CV',
): Block => ({
  type: 'listItem',
  text: `${title} - ${byline} · arXiv:${id}`,
  nesting: 0,
  links: [{start: 0, end: title.length, url: `https://arxiv.org/abs/${id}`}],
  bold: [{start: 0, end: title.length}],
});
const outlineOf = (blocks: Block[], options = {}) =>
  buildOutline(summarize(blocks), options);

describe('headingLevel', () => {
  it('maps HEADING1..6 to numbers and text styles to null', () => {
    expect(headingLevel('HEADING1')).toBe(1);
    expect(headingLevel('HEADING6')).toBe(6);
    expect(headingLevel('NORMAL')).toBeNull();
    expect(headingLevel('TITLE')).toBeNull();
    expect(headingLevel('SUBTITLE')).toBeNull();
  });
});

describe('normalizeSectionName', () => {
  it('folds case, spacing and compatibility forms', () => {
    expect(normalizeSectionName('  ML   Math ')).toBe('ml math');
    expect(normalizeSectionName('ＮＬＰ')).toBe('nlp');
    expect(normalizeSectionName('RL\u00a0and Control')).toBe('rl and control');
    expect(normalizeSectionName('NLP')).not.toBe(normalizeSectionName('NLP 2'));
  });
});

describe('buildOutline', () => {
  const doc: Block[] = [
    {type: 'paragraph', text: 'My papers', heading: 'TITLE'}, // 0
    para('Everything I skimmed.'), // 1
    heading(2, 'ML Math'), // 2
    para('Optimisation and theory.'), // 3
    written('2111.11432', 'Florence'), // 4
    item('gist of florence', 1), // 5
    item('Florence is a model.', 1), // 6
    written('1706.03762', 'Attention Is All You Need'), // 7
    para(''), // 8
    heading(2, 'Adversarial'), // 9
    written('2301.00001', 'Robust Things'), // 10
    heading(3, 'Surveys'), // 11
    para('Long reads.'), // 12
    written('2203.00002', 'A Survey'), // 13
    written('2101.00003', 'Another Survey'), // 14
    item('note', 1), // 15
    para(''), // 16
    heading(2, 'Inbox'), // 17
    para(''), // 18
  ];

  it('finds the preamble, sections, intros, runs and fixed points', () => {
    const outline = outlineOf(doc);
    expect(outline.level).toBe(2);
    expect(outline.preambleEnd).toBe(2);
    expect(outline.blockCount).toBe(19);
    expect(outline.sections.map(s => [s.title, s.headingIndex, s.end])).toEqual(
      [
        ['ML Math', 2, 9],
        ['Adversarial', 9, 17],
        ['Inbox', 17, 19],
      ],
    );
    const [math, adversarial, inbox] = outline.sections;
    expect(math.introEnd).toBe(4);
    expect(math.runs).toHaveLength(1);
    expect(math.entries.map(e => [e.id, e.start, e.end])).toEqual([
      ['2111.11432', 4, 7],
      // the blank line before the next heading stays out of the entry
      ['1706.03762', 7, 8],
    ]);
    expect(math.fixedPoints).toEqual([]);
    expect(adversarial.fixedPoints).toEqual([11]);
    expect(
      adversarial.runs.map(r => [r.start, r.end, r.entries.map(e => e.id)]),
    ).toEqual([
      [10, 11, ['2301.00001']],
      [13, 16, ['2203.00002', '2101.00003']],
    ]);
    expect(inbox.entries).toEqual([]);
    expect(inbox.introEnd).toBe(18);
    expect(outline.inbox).toBe(inbox);
    expect(outline.newSectionIndex).toBe(19);
    expect(outline.looseEntries).toEqual([]);
  });

  it('reads title, byline, authors, month, notes, categories and url of a written entry', () => {
    const entry = outlineOf(doc).sections[0].entries[0];
    expect(entry).toEqual({
      id: '2111.11432',
      start: 4,
      end: 7,
      title: 'Florence',
      byline: 'A. Author · Nov 2021 · cs.CV · arXiv:2111.11432',
      authors: 'A. Author',
      month: {year: 2021, month: 11},
      notes: ['gist of florence', 'Florence is a model.'],
      categories: ['cs.CV'],
      url: 'https://arxiv.org/abs/2111.11432',
      written: true,
    });
  });

  it('counts hand-written entries: a pdf link with no visible id, a bare URL, a visible label', () => {
    const outline = outlineOf([
      heading(2, 'NLP'),
      {
        type: 'listItem',
        text: 'Attention Is All You Need (Vaswani et al.)',
        links: [
          {start: 0, end: 25, url: 'http://arxiv.org/pdf/1706.03762v5.pdf'},
        ],
      },
      {
        type: 'paragraph',
        text: 'https://arxiv.org/abs/1810.04805 BERT, read twice',
        links: [{start: 0, end: 32, url: 'https://arxiv.org/abs/1810.04805'}],
      },
      para('GPT-3: Language Models are Few-Shot Learners arXiv:2005.14165v4'),
      para('a plain note'),
    ]);
    const entries = outline.sections[0].entries;
    expect(entries.map(e => [e.id, e.title, e.written])).toEqual([
      ['1706.03762', 'Attention Is All You Need', false],
      ['1810.04805', 'BERT, read twice', false],
      ['2005.14165', 'GPT-3: Language Models are Few-Shot Learners', false],
    ]);
    expect(entries[0].byline).toBe('(Vaswani et al.)');
    expect(entries[0].url).toBe('http://arxiv.org/pdf/1706.03762v5.pdf');
    expect(entries[2].url).toBe('https://arxiv.org/abs/2005.14165');
    expect(entries[2].notes).toEqual(['a plain note']);
  });

  it('keeps a nested "see also" link inside its entry but lets a sibling item start one', () => {
    const outline = outlineOf([
      heading(2, 'RL'),
      written('2001.00001', 'Paper A'),
      {
        type: 'listItem',
        text: 'see also B',
        nesting: 1,
        links: [{start: 9, end: 10, url: 'https://arxiv.org/abs/2002.00002'}],
      },
      written('2003.00003', 'Paper C'),
    ]);
    expect(
      outline.sections[0].entries.map(e => [e.id, e.start, e.end]),
    ).toEqual([
      ['2001.00001', 1, 3],
      ['2003.00003', 3, 4],
    ]);
  });

  it('treats headings with links as headings and ignores links that are not papers', () => {
    const outline = outlineOf([
      {
        type: 'paragraph',
        heading: 'HEADING2',
        text: 'Vision',
        links: [{start: 0, end: 6, url: 'https://arxiv.org/abs/2111.11432'}],
      },
      {
        type: 'paragraph',
        text: 'listing page',
        links: [{start: 0, end: 7, url: 'https://arxiv.org/list/cs.CV/recent'}],
      },
      {
        type: 'paragraph',
        text: 'blog',
        links: [{start: 0, end: 4, url: 'https://example.com/2111.11432'}],
      },
    ]);
    expect(outline.sections.map(s => s.title)).toEqual(['Vision']);
    expect(outline.sections[0].entries).toEqual([]);
    expect(outline.sections[0].introEnd).toBe(3);
  });

  it('detects HEADING1 sections under a title, and honours a forced level', () => {
    const blocks = [
      heading(1, 'NLP'),
      written('2001.00001', 'A'),
      written('2001.00002', 'B'),
      heading(2, 'Sub'),
      written('2001.00003', 'C'),
      heading(1, 'RL'),
      written('2001.00004', 'D'),
    ];
    const detected = outlineOf(blocks);
    expect(detected.level).toBe(1);
    expect(
      detected.sections.map(s => [s.title, s.entries.length, s.runs.length]),
    ).toEqual([
      ['NLP', 3, 2],
      ['RL', 1, 1],
    ]);
    const forced = outlineOf(blocks, {sectionLevel: 2});
    expect(forced.level).toBe(2);
    expect(forced.sections.map(s => s.title)).toEqual(['Sub']);
    // H1 "RL" ends the H2 section; its entry and the first two are outside sections
    expect(forced.sections[0].end).toBe(5);
    expect(forced.looseEntries!.map(e => e.id)).toEqual([
      '2001.00001',
      '2001.00002',
      '2001.00004',
    ]);
    expect(forced.newSectionIndex).toBe(5);
  });

  it('uses HEADING2 when there are no entries, and a one-empty-paragraph doc has no sections', () => {
    const empty = outlineOf([para('')]);
    expect(empty).toMatchObject({
      level: 2,
      preambleEnd: 1,
      sections: [],
      blockCount: 1,
      newSectionIndex: 0,
      looseEntries: [],
    });
    const headingsOnly = outlineOf([
      heading(1, 'Reading'),
      heading(3, 'Later'),
      para('x'),
      para(''),
    ]);
    expect(headingsOnly.level).toBe(2);
    expect(headingsOnly.sections).toEqual([]);
    expect(headingsOnly.newSectionIndex).toBe(3);
  });

  it('takes a long heading for a section and an empty one for a fixed point, never for text', () => {
    const outline = outlineOf([
      heading(2, 'NLP'),
      written('2001.00001', 'A'),
      heading(2, '   '),
      heading(2, 'x'.repeat(150)),
      written('2001.00002', 'B'),
    ]);
    expect(outline.sections.map(s => [s.title.length, s.end])).toEqual([
      [3, 3],
      [150, 5],
    ]);
    expect(outline.sections[0].fixedPoints).toEqual([2]);
    expect(outline.sections[0].entries.map(e => [e.start, e.end])).toEqual([
      [1, 2],
    ]);
  });

  it('keeps entries in the preamble and after trailing content out of sections', () => {
    const outline = outlineOf([
      written('2001.00009', 'Pinned'),
      heading(2, 'NLP'),
      written('2001.00001', 'A'),
      heading(1, 'Archive'),
      para('old stuff'),
    ]);
    expect(outline.preambleEnd).toBe(1);
    expect(outline.looseEntries!.map(e => e.id)).toEqual(['2001.00009']);
    expect(outline.newSectionIndex).toBe(3);
  });

  it('treats tables and TITLE paragraphs inside a section as body and fixed points', () => {
    const outline = outlineOf([
      heading(2, 'Data'),
      {type: 'table', rows: [['a', 'b']]},
      written('2001.00001', 'A'),
      {type: 'table', rows: [['results', '1.0']]},
      {type: 'paragraph', text: 'Part two', heading: 'SUBTITLE'},
      written('2001.00002', 'B'),
    ]);
    const [data] = outline.sections;
    expect(data.introEnd).toBe(2);
    expect(data.fixedPoints).toEqual([4]);
    expect(data.entries.map(e => [e.start, e.end, e.notes])).toEqual([
      [2, 4, ['results\t1.0']],
      [5, 6, []],
    ]);
  });

  it('matches the Inbox by its configured name, folding case', () => {
    const outline = outlineOf([heading(2, 'to  READ'), para('x')], {
      inboxName: 'To read',
    });
    expect(outline.inbox?.title).toBe('to  READ');
    expect(outlineOf([heading(2, 'Inbox 2')]).inbox).toBeUndefined();
  });

  it('reads old-scheme ids and categories from a byline', () => {
    const outline = outlineOf([
      heading(2, 'Physics'),
      written(
        'hep-th/9901001',
        'Old String Paper',
        'E. Witten · Jan 1999 · hep-th, math.AG',
      ),
    ]);
    const [entry] = outline.sections[0].entries;
    expect(entry.id).toBe('hep-th/9901001');
    expect(entry.categories).toEqual(['hep-th', 'math.AG']);
  });
});

describe('findEntries', () => {
  it('lists every place an id stands, in document order, loose ones with a null section', () => {
    const outline = outlineOf([
      written('2001.00001', 'A'),
      heading(2, 'NLP'),
      written('2001.00002', 'B'),
      heading(2, 'RL'),
      {
        type: 'paragraph',
        text: 'A again',
        links: [{start: 0, end: 7, url: 'https://arxiv.org/pdf/2001.00001v3'}],
      },
    ]);
    const places = findEntries(outline, '2001.00001');
    expect(places.map(p => [p.section?.title ?? null, p.entry.start])).toEqual([
      [null, 0],
      ['RL', 4],
    ]);
    expect(findEntries(outline, '2001.00002')).toHaveLength(1);
    expect(findEntries(outline, '1999.99999')).toEqual([]);
  });
});
