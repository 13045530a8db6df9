// The one "changes nothing" rule, the plan's changes by title (each paper once), and the plan fingerprint.
import {changesNothing, planChanges} from '../../src/core/plan-changes';
import {planFingerprint} from '../../src/core/plan-fingerprint';
import {landingKey, type ReorganizeStep} from '../../src/core/reorganize';

const sortMove = (id: string, from: number): ReorganizeStep => ({
  kind: 'move',
  purpose: 'sort',
  from,
  count: 1,
  before: 2,
  section: 'RL',
  id,
});

describe('changesNothing', () => {
  it('is true only without moves, merges and filings', () => {
    const none = {moves: 0, mergedSections: [], filed: []};
    expect(changesNothing(none)).toBe(true);
    expect(changesNothing({...none, moves: 1})).toBe(false);
    expect(changesNothing({...none, filed: [{id: 'x'}]})).toBe(false);
  });

  it('counts a merge of an empty repeated heading (no move) as a change', () => {
    expect(changesNothing({moves: 0, mergedSections: ['NLP'], filed: []})).toBe(
      false,
    );
  });
});

describe('planChanges', () => {
  it('names each merged section, sorted section and filed paper once, by title', () => {
    const steps: ReorganizeStep[] = [
      {
        kind: 'move',
        purpose: 'merge',
        from: 9,
        count: 2,
        before: 5,
        section: 'NLP',
      },
      {kind: 'remove', purpose: 'merge', index: 9, section: 'NLP'},
      sortMove('2001.00001', 4),
      sortMove('2001.00001', 6),
      sortMove('2001.00002', 7),
      {
        kind: 'move',
        purpose: 'file',
        from: 20,
        count: 1,
        before: 3,
        section: 'RL',
        id: '2001.00003',
        fromSection: 'Inbox',
      },
    ];
    const titles: Record<string, string> = {
      '2001.00001': 'First',
      '2001.00003': 'Filed one',
    };
    const changes = planChanges(
      {filed: [{id: '2001.00003', from: 'Inbox', to: 'RL'}]},
      steps,
      id => titles[id] ?? '',
    );
    expect(changes).toEqual([
      {kind: 'merge', section: 'NLP'},
      {
        kind: 'sort',
        section: 'RL',
        papers: [
          {id: '2001.00001', title: 'First'},
          {id: '2001.00002', title: '2001.00002'},
        ],
      },
      {
        kind: 'file',
        paper: {id: '2001.00003', title: 'Filed one'},
        from: 'Inbox',
        to: 'RL',
      },
    ]);
  });
});

describe('planChanges with where each move lands', () => {
  it('gives each sorted and filed paper the entry above it once the plan is done, null at the top', () => {
    const steps: ReorganizeStep[] = [
      sortMove('2001.00001', 4),
      sortMove('2001.00002', 7),
      {
        kind: 'move',
        purpose: 'file',
        from: 20,
        count: 1,
        before: 3,
        section: 'RL',
        id: '2001.00003',
        fromSection: 'Inbox',
      },
    ];
    const changes = planChanges(
      {
        filed: [{id: '2001.00003', from: 'Inbox', to: 'RL'}],
        landsAfter: {
          [landingKey('RL', '2001.00001')]: null,
          [landingKey('RL', '2001.00002')]: {id: '2001.00009', title: 'Nine'},
          [landingKey('RL', '2001.00003')]: {id: '2001.00001', title: 'One'},
        },
      },
      steps,
      id => id,
    );
    expect(changes).toEqual([
      {
        kind: 'sort',
        section: 'RL',
        papers: [
          {id: '2001.00001', title: '2001.00001', after: null},
          {
            id: '2001.00002',
            title: '2001.00002',
            after: {id: '2001.00009', title: 'Nine'},
          },
        ],
      },
      {
        kind: 'file',
        paper: {id: '2001.00003', title: '2001.00003'},
        from: 'Inbox',
        to: 'RL',
        after: {id: '2001.00001', title: 'One'},
      },
    ]);
  });
});

describe('planFingerprint', () => {
  it('is equal for equal steps and differs when any step differs', () => {
    const steps = [sortMove('2001.00001', 4), sortMove('2001.00002', 7)];
    const same = steps.map(s => ({...s}));
    expect(planFingerprint(same)).toBe(planFingerprint(steps));
    expect(planFingerprint([steps[0]])).not.toBe(planFingerprint(steps));
    expect(planFingerprint([steps[0], sortMove('2001.00002', 3)])).not.toBe(
      planFingerprint(steps),
    );
    expect(planFingerprint([steps[1], steps[0]])).not.toBe(
      planFingerprint(steps),
    );
    expect(planFingerprint([])).toMatch(/^0-[0-9a-f]{16}$/);
  });
});
