// The bench's own yardstick for reorganize: sort keys and entries outside a longest ordered subsequence.
import fc from 'fast-check';
import type {Entry, Outline} from '../../src/core/doc-model';
import {
  entryComparator,
  longestOrderedLength,
  orderReport,
  outsideLongestOrdered,
  submissionKey,
} from '../../bench/order';

const numeric = (a: number, b: number) => a - b;

/** The longest ordered subsequence by brute force over every subset, for small lists. */
function bruteForceLongest(items: number[]): number {
  let best = 0;
  for (let mask = 0; mask < 1 << items.length; mask++) {
    const picked = items.filter((_, i) => mask & (1 << i));
    if (picked.every((v, i) => i === 0 || picked[i - 1] <= v)) {
      best = Math.max(best, picked.length);
    }
  }
  return best;
}

function entry(id: string, title = id): Entry {
  return {
    id,
    start: 0,
    end: 1,
    title,
    byline: '',
    authors: '',
    notes: [],
    categories: [],
    url: `https://arxiv.org/abs/${id}`,
    written: true,
  };
}

function outlineOf(runs: string[][][]): Outline {
  return {
    level: 2,
    preambleEnd: 0,
    blockCount: 0,
    newSectionIndex: 0,
    sections: runs.map((sectionRuns, s) => {
      const entryRuns = sectionRuns.map(ids => ({
        start: 0,
        end: 0,
        entries: ids.map(id => entry(id)),
      }));
      return {
        title: `Section ${s}`,
        headingIndex: 0,
        end: 0,
        introEnd: 0,
        runs: entryRuns,
        entries: entryRuns.flatMap(r => r.entries),
      };
    }),
  };
}

describe('submissionKey', () => {
  it('orders new-scheme ids by month, then number, whatever their digit count', () => {
    const ids = ['0704.0001', '1412.9999', '1501.00001', '2111.11432'];
    const keys = ids.map(id => submissionKey(id) as number);
    expect([...keys].sort(numeric)).toEqual(keys);
  });

  it('puts old-scheme ids (1991 to 2007-03) before new-scheme ones', () => {
    const keys = [
      'hep-th/9108001',
      'math.GT/0309136',
      'astro-ph/0703999',
      '0704.0001',
    ].map(id => submissionKey(id) as number);
    expect([...keys].sort(numeric)).toEqual(keys);
  });

  it('has no key for text that is not an id', () => {
    expect(submissionKey('not an id')).toBeNull();
    expect(submissionKey('2111.11432v2')).toBeNull();
  });
});

describe('entryComparator', () => {
  it('puts the newest id first for "newest" and last for "oldest"', () => {
    const ids = ['1605.08386', '2111.11432', 'hep-th/9901001'];
    const sortBy = (order: 'newest' | 'oldest') =>
      ids
        .map(id => entry(id))
        .sort(entryComparator(order))
        .map(e => e.id);
    expect(sortBy('newest')).toEqual([
      '2111.11432',
      '1605.08386',
      'hep-th/9901001',
    ]);
    expect(sortBy('oldest')).toEqual([
      'hep-th/9901001',
      '1605.08386',
      '2111.11432',
    ]);
  });

  it('sorts titles case-insensitively for "title"', () => {
    const entries = [
      entry('1', 'beta'),
      entry('2', 'Alpha'),
      entry('3', 'gamma'),
    ];
    expect(entries.sort(entryComparator('title')).map(e => e.title)).toEqual([
      'Alpha',
      'beta',
      'gamma',
    ]);
  });

  it('puts entries whose ids cannot be ordered last', () => {
    const entries = [entry('odd-id'), entry('2111.11432')];
    expect(entries.sort(entryComparator('newest')).map(e => e.id)).toEqual([
      '2111.11432',
      'odd-id',
    ]);
  });
});

describe('longestOrderedLength', () => {
  it('matches a brute-force search on small lists', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({min: 0, max: 5}), {maxLength: 10}),
        items => {
          expect(longestOrderedLength(items, numeric)).toBe(
            bruteForceLongest(items),
          );
        },
      ),
    );
  });

  it('counts equal items as in order', () => {
    expect(longestOrderedLength([2, 2, 2], numeric)).toBe(3);
  });

  it('leaves nothing outside for a sorted list and all but one for a reversed one', () => {
    expect(outsideLongestOrdered([1, 2, 3, 4], numeric)).toBe(0);
    expect(outsideLongestOrdered([4, 3, 2, 1], numeric)).toBe(3);
    expect(outsideLongestOrdered([], numeric)).toBe(0);
  });
});

describe('orderReport', () => {
  it('counts moves run by run, never across a fixed point', () => {
    // Sorted within each run, though the two runs together are not: nothing to move.
    const acrossRuns = outlineOf([
      [
        ['2001.00002', '2001.00001'],
        ['2001.00009', '2001.00008'],
      ],
    ]);
    expect(orderReport(acrossRuns, 'newest')).toEqual({
      entries: 4,
      runs: 2,
      unsortedRuns: 0,
      outside: 0,
    });
  });

  it('sums the entries outside each run’s longest ordered subsequence over sections', () => {
    const outline = outlineOf([
      [['2001.00001', '2001.00003', '2001.00002']],
      [['1901.00001', '1901.00002', '1901.00003']],
    ]);
    expect(orderReport(outline, 'newest')).toEqual({
      entries: 6,
      runs: 2,
      unsortedRuns: 2,
      outside: 1 + 2,
    });
  });
});
