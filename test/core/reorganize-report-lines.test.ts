// The one wording of a reorganize report (sidebar and menu): conditional for a preview, past for a run, titles over ids, lists cut only where asked.
import {
  STOPPED_AT_BUDGET,
  reportLines,
  summaryLines,
} from '../../src/core/reorganize-report-lines';
import type {ReorganizeReport} from '../../src/core/types';

const EMPTY: ReorganizeReport = {
  dryRun: true,
  complete: true,
  moves: 0,
  sortedSections: [],
  mergedSections: [],
  filed: [],
  duplicates: [],
  changesNothing: true,
};

const BUSY: ReorganizeReport = {
  ...EMPTY,
  moves: 3,
  sortedSections: ['NLP'],
  mergedSections: ['RL'],
  filed: [{id: '2111.11432', from: 'Inbox', to: 'Vision'}],
  duplicates: [{id: '1706.03762', sections: ['NLP', 'Ethics']}],
  complete: false,
  changesNothing: false,
};

describe('summaryLines', () => {
  it('speaks of a preview in the conditional and of a run in the past', () => {
    expect(summaryLines(EMPTY)).toEqual([
      'Everything is already in order: nothing would move.',
    ]);
    expect(summaryLines({...EMPTY, dryRun: false})).toEqual([
      'Everything was already in order: nothing moved.',
    ]);
    expect(summaryLines(BUSY)).toEqual([
      'Would move 3 entries.',
      'Would sort: NLP.',
      'Would merge duplicate headings: RL.',
      'Would file 2111.11432 from Inbox to Vision.',
      '1706.03762 appears more than once: NLP, Ethics.',
      STOPPED_AT_BUDGET,
    ]);
    expect(summaryLines({...BUSY, dryRun: false, moves: 1})).toEqual([
      'Moved 1 entry.',
      'Sorted: NLP.',
      'Merged duplicate headings: RL.',
      'Filed 2111.11432 from Inbox to Vision.',
      '1706.03762 appears more than once: NLP, Ethics.',
      STOPPED_AT_BUDGET,
    ]);
  });

  it('names a filed paper by its title, cut at a word, not its id', () => {
    const lines = summaryLines({
      ...EMPTY,
      dryRun: false,
      moves: 1,
      changesNothing: false,
      filed: [
        {
          id: '2206.07682',
          from: 'Inbox',
          to: 'NLP',
          title: 'Emergent Abilities of Large Language Models',
        },
      ],
    });
    expect(lines).toContain(
      'Filed “Emergent Abilities of Large Language Models” from Inbox to NLP.',
    );
    expect(lines.join('\n')).not.toContain('2206.07682');
  });

  it('cuts each list at `most` and says how many more, only when asked', () => {
    const sections = ['A', 'B', 'C', 'D'];
    const many: ReorganizeReport = {
      ...BUSY,
      complete: true,
      sortedSections: sections,
      filed: sections.map((s, i) => ({
        id: `2101.0000${i}`,
        from: 'Inbox',
        to: s,
      })),
      duplicates: sections.map((s, i) => ({
        id: `2001.0000${i}`,
        sections: [s, 'RL'],
      })),
    };
    expect(summaryLines(many, {most: 2})).toEqual([
      'Would move 3 entries.',
      'Would sort: A, B and 2 more.',
      'Would merge duplicate headings: RL.',
      'Would file 2101.00000 from Inbox to A.',
      'Would file 2101.00001 from Inbox to B.',
      'Would file 2 more papers from the Inbox.',
      '2001.00000 appears more than once: A, RL.',
      '2001.00001 appears more than once: B, RL.',
      '2 more papers appear more than once.',
    ]);
    expect(summaryLines(many)).toHaveLength(3 + 4 + 4);
  });

  it('ends with the report’s note', () => {
    expect(
      summaryLines({...EMPTY, message: 'Two entries stay in the Inbox.'}),
    ).toEqual([
      'Everything is already in order: nothing would move.',
      'Two entries stay in the Inbox.',
    ]);
  });
});

describe('reportLines', () => {
  const plan: ReorganizeReport = {
    ...BUSY,
    complete: true,
    moves: 2,
    planLines: [
      'Sort “NLP”: move “A” to the top.',
      'Merge the repeated “RL” headings into the first.',
    ],
  };

  it('shows a preview as its plan and its move count, after why it is shown again', () => {
    expect(reportLines(plan)).toEqual([...plan.planLines!, 'In all: 2 moves.']);
    expect(
      reportLines({...plan, stale: true, message: 'The document changed.'}),
    ).toEqual([
      'The document changed.',
      ...plan.planLines!,
      'In all: 2 moves.',
    ]);
  });

  it('shows a run as the count and merges, then each move, then where it stopped', () => {
    expect(
      reportLines({...plan, dryRun: false, complete: false, message: 'Note.'}),
    ).toEqual([
      'Moved 2 entries.',
      'Merged duplicate headings: RL.',
      ...plan.planLines!,
      STOPPED_AT_BUDGET,
      'Note.',
    ]);
  });

  it('is the summary when nothing changes or the report has no plan lines', () => {
    expect(reportLines(EMPTY)).toEqual(summaryLines(EMPTY));
    expect(reportLines(BUSY)).toEqual(summaryLines(BUSY));
  });
});
