// Entry order: newest/oldest by arXiv submission order across id schemes, or by title.
import {idSortKey} from '../../src/core/arxiv-id';
import {
  compareEntries,
  entryOrder,
  sortedPlace,
} from '../../src/core/entry-order';

const e = (id: string, title = id) => ({id, title});

describe('idSortKey', () => {
  it('orders old-scheme ids before new ones and years across the century', () => {
    const ids = [
      '2111.11432',
      'hep-th/9901001',
      '0704.0001',
      'math/0703001',
      '1412.9999',
      '1501.00001',
      'astro-ph/9108001',
    ];
    const sorted = [...ids].sort((a, b) =>
      idSortKey(a) < idSortKey(b) ? -1 : 1,
    );
    expect(sorted).toEqual([
      'astro-ph/9108001',
      'hep-th/9901001',
      'math/0703001',
      '0704.0001',
      '1412.9999',
      '1501.00001',
      '2111.11432',
    ]);
  });
});

describe('compareEntries', () => {
  const entries = [
    e('2001.00002', 'beta'),
    e('2111.11432', 'Alpha'),
    e('hep-th/9901001', 'Ångström'),
    e('2001.00010', 'alpha 2'),
  ];

  it("'newest' puts the newest id first, 'oldest' the oldest", () => {
    expect(
      [...entries]
        .sort((a, b) => compareEntries(a, b, 'newest'))
        .map(x => x.id),
    ).toEqual(['2111.11432', '2001.00010', '2001.00002', 'hep-th/9901001']);
    expect(
      [...entries]
        .sort((a, b) => compareEntries(a, b, 'oldest'))
        .map(x => x.id),
    ).toEqual(['hep-th/9901001', '2001.00002', '2001.00010', '2111.11432']);
  });

  it("'title' ignores case and accents and breaks ties newest first", () => {
    const sorted = [...entries, e('1901.00001', 'ALPHA')].sort((a, b) =>
      compareEntries(a, b, 'title'),
    );
    expect(sorted.map(x => x.title)).toEqual([
      'Alpha',
      'ALPHA',
      'alpha 2',
      'Ångström',
      'beta',
    ]);
  });

  it('is antisymmetric and zero only for the same id and title', () => {
    for (const order of ['newest', 'oldest', 'title'] as const) {
      for (const a of entries) {
        for (const b of entries) {
          expect(Math.sign(compareEntries(a, b, order)) + 0).toBe(
            0 - Math.sign(compareEntries(b, a, order)),
          );
          if (a !== b) expect(compareEntries(a, b, order)).not.toBe(0);
        }
      }
    }
  });
});

describe('sortedPlace', () => {
  const run = [
    e('2111.11432', 'c'),
    e('2001.00010', 'b'),
    e('2001.00002', 'a'),
  ];
  const self = (x: {id: string; title: string}) => x;

  it('puts a newcomer before the first entry that sorts after it, by scan or by binary search alike', () => {
    for (const [id, at] of [
      ['2201.00001', 0],
      ['2001.00005', 2],
      ['1901.00001', 3],
    ] as const) {
      expect(sortedPlace(run, self, e(id), 'newest')).toBe(at);
      expect(sortedPlace(run, self, e(id), 'newest', true)).toBe(at);
    }
    expect(sortedPlace([], self, e('2201.00001'), 'oldest', true)).toBe(0);
  });

  it('scans a hand-sorted run: the newcomer goes before the first entry it precedes', () => {
    const unsorted = [e('2111.11432'), e('1901.00001'), e('2001.00002')];
    expect(sortedPlace(unsorted, self, e('2005.00001'), 'newest')).toBe(1);
  });

  it('reads wrapped entries through entryOf', () => {
    const wrapped = run.map(entry => ({entry}));
    expect(
      sortedPlace(wrapped, w => w.entry, e('2001.00005'), 'newest', true),
    ).toBe(2);
  });

  it('breaks a tie on the paper by the entry text, so two entries of one paper have one order', () => {
    const a = {...e('2001.00002', 'a'), byline: 'A · 2020'};
    const b = {...e('2001.00002', 'a'), byline: 'B · 2020'};
    expect(compareEntries(a, b, 'newest')).toBe(0);
    expect(entryOrder(a, b, 'newest')).toBeLessThan(0);
    expect(
      sortedPlace([a, b], self, {...a, byline: 'AB'}, 'newest', true),
    ).toBe(1);
  });
});
