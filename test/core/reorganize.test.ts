// Worked examples of the reorganize plan: sorting, merging, filing, duplicates and the body's final paragraph.
import type {Block} from '../../src/core/doc-model';
import {
  longestIncreasing,
  planReorganize,
  type Suggester,
} from '../../src/core/reorganize';
import {shortTitle} from '../../src/core/reorganize-file';
import {DEFAULT_SETTINGS, type Settings} from '../../src/core/settings';
import {summarize} from '../support/memory-document';
import {
  BLANK,
  StrictDocument,
  applySteps,
  heading,
  labelHead,
  multiset,
  note,
  table,
  text,
  writtenHead,
} from '../support/reorganize-fixtures';

const settings: Settings = {...DEFAULT_SETTINGS, sortOrder: 'newest'};

function apply(
  blocks: Block[],
  options: {suggester?: Suggester; settings?: Settings} = {},
) {
  const plan = planReorganize(
    summarize(blocks),
    options.settings ?? settings,
    options,
  );
  const doc = new StrictDocument(blocks);
  applySteps(doc, plan.steps);
  return {
    plan,
    after: doc.blocks,
    texts: doc.blocks.map(b =>
      b.type === 'table' ? `[${b.rows[0][0]}]` : b.text,
    ),
  };
}

/** The visible id of each head line, in order, for short expectations. */
function short(texts: string[]): string[] {
  return texts.map(t => /arXiv:(\S+)/.exec(t)?.[1] ?? t);
}

describe('longestIncreasing', () => {
  it('marks one longest strictly increasing subsequence', () => {
    const kept = longestIncreasing([3, 0, 1, 5, 2, 4]);
    expect(kept).toEqual([false, true, true, false, true, true]);
    expect(longestIncreasing([])).toEqual([]);
    expect(longestIncreasing([2, 1, 0]).filter(Boolean)).toHaveLength(1);
  });
});

describe('planReorganize', () => {
  it('sorts a run newest first, moving only entries out of order, notes travelling along', () => {
    const blocks = [
      text('My reading list'),
      heading('NLP'),
      text('Papers on language.'),
      writtenHead('2101.00001', 'Old'),
      note('gist of old'),
      writtenHead('2301.00003', 'Newest'),
      writtenHead('2201.00002', 'Middle'),
      note('gist of middle'),
      BLANK,
    ];
    const {plan, texts} = apply(blocks);
    expect(plan.moves).toBe(1);
    expect(plan.sortedSections).toEqual(['NLP']);
    expect(short(texts)).toEqual([
      'My reading list',
      'NLP',
      'Papers on language.',
      '2301.00003',
      '2201.00002',
      'gist of middle',
      '2101.00001',
      'gist of old',
      '',
    ]);
    expect(
      planReorganize(summarize(blocks), {...settings, sortOrder: 'oldest'})
        .moves,
    ).toBe(1);
  });

  it('never sorts an entry across a sub-heading', () => {
    const blocks = [
      heading('RL'),
      writtenHead('2101.00001', 'A'),
      heading('Offline', 3),
      writtenHead('2301.00003', 'B'),
      BLANK,
    ];
    expect(apply(blocks).plan.steps).toEqual([]);
  });

  it('merges a later section of the same name into the first: intro to intro, entries to the end', () => {
    const blocks = [
      heading('NLP'),
      text('first intro'),
      writtenHead('2101.00001', 'A'),
      BLANK,
      heading('Vision'),
      writtenHead('2102.00001', 'V'),
      heading('  nlp '),
      text('later intro'),
      writtenHead('2301.00001', 'B'),
      BLANK,
      heading('Ethics'),
      BLANK,
    ];
    const {plan, texts} = apply(blocks);
    expect(plan.mergedSections).toEqual(['NLP']);
    expect(plan.steps.filter(s => s.kind === 'remove')).toHaveLength(1);
    expect(short(texts)).toEqual([
      'NLP',
      'first intro',
      'later intro',
      '2301.00001',
      '2101.00001',
      '',
      'Vision',
      '2102.00001',
      '',
      'Ethics',
      '',
    ]);
  });

  it('merges a section that ends the document without removing the final paragraph', () => {
    const blocks = [
      heading('NLP'),
      writtenHead('2301.00001', 'A'),
      heading('Vision'),
      writtenHead('2102.00001', 'V'),
      heading('NLP'),
      writtenHead('2101.00001', 'B'),
      note('last words'),
    ];
    const {plan, texts} = apply(blocks);
    expect(plan.mergedSections).toEqual(['NLP']);
    expect(short(texts)).toEqual([
      'NLP',
      '2301.00001',
      '2101.00001',
      'last words',
      'Vision',
      '2102.00001',
    ]);
  });

  it('removes an empty duplicate heading that ends the document by moving the block above it below', () => {
    const blocks = [
      heading('NLP'),
      writtenHead('2301.00001', 'A'),
      heading('nlp'),
    ];
    const {texts} = apply(blocks);
    expect(short(texts)).toEqual(['NLP', '2301.00001']);
  });

  it('leaves a duplicate heading that ends the document after a table, saying why', () => {
    const blocks = [
      heading('NLP'),
      writtenHead('2301.00001', 'A'),
      table('t'),
      heading('NLP'),
    ];
    const {plan} = apply(blocks);
    expect(plan.steps).toEqual([]);
    expect(plan.notes.join(' ')).toMatch(/not merged/);
  });

  it('sorts a run that ends the document without moving its last entry when that one is in order', () => {
    const blocks = [
      heading('NLP'),
      writtenHead('2101.00001', 'Old'),
      writtenHead('2301.00001', 'New'),
      writtenHead('2201.00001', 'Mid'),
      writtenHead('2001.00001', 'Oldest'),
      note('final note'),
    ];
    const {plan, texts} = apply(blocks);
    expect(short(texts)).toEqual([
      'NLP',
      '2301.00001',
      '2201.00001',
      '2101.00001',
      '2001.00001',
      'final note',
    ]);
    expect(plan.moves).toBe(1);
  });

  it('sorts a run whose last entry, out of order, holds the final paragraph: the entries before it go below', () => {
    const blocks = [
      heading('NLP'),
      text('Papers on language.'),
      writtenHead('2101.00001', 'Old'),
      note('gist of old'),
      writtenHead('2201.00001', 'Mid'),
      writtenHead('2301.00001', 'New'),
      note('gist of new, the final paragraph'),
    ];
    const {plan, texts} = apply(blocks);
    expect(short(texts)).toEqual([
      'NLP',
      'Papers on language.',
      '2301.00001',
      'gist of new, the final paragraph',
      '2201.00001',
      '2101.00001',
      'gist of old',
    ]);
    expect(plan.sortedSections).toEqual(['NLP']);
    expect(plan.notes).toEqual([]);
    // One longest ordered subsequence keeps two of the three entries where they are.
    expect(plan.moves).toBe(2);
    const doc = new StrictDocument(blocks);
    applySteps(doc, plan.steps);
    expect(multiset(doc.blocks)).toEqual(multiset(blocks));
    expect(doc.blocks[doc.blocks.length - 1].type).not.toBe('table');
    expect(planReorganize(summarize(doc.blocks), settings).steps).toEqual([]);
  });

  it('keeps the last entry in place, saying why, when its run holds a table that could reach the end', () => {
    const blocks = [
      heading('NLP'),
      writtenHead('2101.00001', 'Old'),
      table('results'),
      note('gist of old'),
      writtenHead('2201.00001', 'Mid'),
      writtenHead('2301.00001', 'New'),
    ];
    const {plan, texts} = apply(blocks);
    expect(short(texts)).toEqual([
      'NLP',
      '2201.00001',
      '2101.00001',
      '[results]',
      'gist of old',
      '2301.00001',
    ]);
    expect(plan.moves).toBe(1);
    expect(plan.notes.join(' ')).toMatch(/last entry of "NLP" stays last/);
  });

  it('leaves a duplicate section that ends the document unmerged when merging would move a table to the end', () => {
    const blocks = [
      heading('NLP'),
      heading('RL'),
      writtenHead('2001.00001', 'A'),
      table('t'),
      note('after the table'),
      writtenHead('2101.00001', 'B'),
      heading('nlp'),
    ];
    const {plan, texts} = apply(blocks);
    expect(plan.mergedSections).toEqual([]);
    expect(plan.notes.join(' ')).toMatch(/"nlp" section was not merged/);
    expect(texts[texts.length - 1]).toBe('nlp');
  });

  it('files confident Inbox entries to their sorted place and leaves the others sorted in the Inbox', () => {
    const blocks = [
      heading('Inbox'),
      writtenHead('2105.00001', 'Unsure'),
      writtenHead('2202.00001', 'Language model'),
      labelHead('2110.00001', 'Hand-written robot paper'),
      writtenHead('2301.00009', 'Also unsure'),
      heading('NLP'),
      writtenHead('2301.00001', 'N1'),
      writtenHead('2101.00001', 'N2'),
      heading('Robots'),
      text('Nothing yet.'),
      BLANK,
      heading('Ethics', 1),
      text('not a section'),
    ];
    const suggester: Suggester = () => entry =>
      entry.title.includes('Language')
        ? {section: 'nlp', confidence: 0.95, reasons: ['keyword']}
        : entry.title.includes('robot')
          ? {section: 'Robots', confidence: 0.8, reasons: ['keyword']}
          : entry.title.includes('Also')
            ? {section: 'Brand new', confidence: 0.99, reasons: [], isNew: true}
            : {section: 'NLP', confidence: 0.79, reasons: ['weak']};
    const {plan, texts} = apply(blocks, {suggester});
    expect(plan.filed).toEqual([
      {id: '2202.00001', from: 'Inbox', to: 'NLP', title: 'Language model'},
      {
        id: '2110.00001',
        from: 'Inbox',
        to: 'Robots',
        title: 'Hand-written robot paper',
      },
    ]);
    // Each entry that stays says why (issue 28).
    expect(plan.notes).toEqual(
      expect.arrayContaining([
        '“Unsure” stays in “Inbox”: best: NLP 79%, below your 80% threshold.',
        '“Also unsure” stays in “Inbox”: no section of the document fits it.',
      ]),
    );
    expect(plan.moves).toBe(3);
    expect(short(texts)).toEqual([
      'Inbox',
      '2301.00009',
      '2105.00001',
      'NLP',
      '2301.00001',
      '2202.00001',
      '2101.00001',
      'Robots',
      'Nothing yet.',
      '2110.00001',
      '',
      'Ethics',
      'not a section',
    ]);
  });

  it('files an Inbox entry that ended the document once the Inbox sort has moved it up, so a second run does nothing', () => {
    // Found by the property test: the entry could not be filed while its text
    // ended the document; sorting the Inbox put it first, and only a second
    // run filed it.
    const blocks = [
      heading('Ethics'),
      writtenHead('2101.00001', 'Old'),
      heading('Inbox'),
      writtenHead('2101.00001', 'Old'),
      writtenHead('2106.11073', 'Fair ranking'),
    ];
    const suggester: Suggester = () => entry =>
      entry.id === '2106.11073'
        ? {section: 'Ethics', confidence: 0.9, reasons: ['keyword']}
        : undefined;
    const {plan, texts, after} = apply(blocks, {suggester});
    expect(plan.filed).toEqual([
      {id: '2106.11073', from: 'Inbox', to: 'Ethics', title: 'Fair ranking'},
    ]);
    expect(plan.notes.join(' ')).not.toMatch(/2106\.11073 stays/);
    expect(short(texts)).toEqual([
      'Ethics',
      '2106.11073',
      '2101.00001',
      'Inbox',
      '2101.00001',
    ]);
    const again = planReorganize(summarize(after), settings, {suggester});
    expect(again.steps).toEqual([]);
  });

  it('reports duplicates with their sections and neither removes nor files them', () => {
    const blocks = [
      writtenHead('2201.00001', 'In the preamble'),
      heading('Inbox'),
      writtenHead('2201.00001', 'Again'),
      heading('NLP'),
      writtenHead('2201.00001', 'Once more'),
      BLANK,
    ];
    const suggester: Suggester = () => () => ({
      section: 'NLP',
      confidence: 1,
      reasons: [],
    });
    const {plan, texts} = apply(blocks, {suggester});
    expect(plan.duplicates).toEqual([
      {id: '2201.00001', sections: ['(outside sections)', 'Inbox', 'NLP']},
    ]);
    expect(plan.filed).toEqual([]);
    expect(texts).toHaveLength(blocks.length);
  });

  it('plans nothing for a tidy document', () => {
    const blocks = [
      heading('NLP'),
      writtenHead('2301.00001', 'A'),
      writtenHead('2101.00001', 'B'),
      BLANK,
    ];
    const plan = planReorganize(summarize(blocks), settings);
    expect(plan).toMatchObject({
      steps: [],
      moves: 0,
      sortedSections: [],
      mergedSections: [],
    });
  });
});

describe('StrictDocument', () => {
  const body = (): Block[] => [
    table('t'),
    text('a'),
    text('b'),
    text('c'),
    text('final'),
  ];
  const texts = (doc: StrictDocument) =>
    doc.blocks.map(b => (b.type === 'table' ? `[${b.rows[0][0]}]` : b.text));

  it('moves a range that ends the body back as the blocks between going to the end', () => {
    const doc = new StrictDocument(body());
    doc.moveRange(3, 2, 1);
    expect(texts(doc)).toEqual(['[t]', 'c', 'final', 'a', 'b']);
  });

  it('refuses to remove the final paragraph or to pass a table through the end', () => {
    expect(() => new StrictDocument(body()).removeRange(3, 2)).toThrow(
      /last paragraph/,
    );
    expect(() => new StrictDocument(body()).moveRange(0, 1, 5)).toThrow(
      /table/,
    );
    expect(() => new StrictDocument(body()).moveRange(3, 2, 0)).toThrow(
      /table/,
    );
  });
});

describe('shortTitle', () => {
  it('cuts at a word with an ellipsis, never on an open bracket', () => {
    const title =
      'RoBERTa (A Robustly Optimized BERT Pretraining Approach) for every task';
    expect(shortTitle(title, 12)).toBe('RoBERTa…');
    expect(shortTitle(title, 60)).toBe(
      'RoBERTa (A Robustly Optimized BERT Pretraining Approach)…',
    );
    expect(shortTitle('Short', 60)).toBe('Short');
    expect(shortTitle('RoBERTa (', 60)).toBe('RoBERTa');
  });
});
