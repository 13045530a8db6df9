// searchEntries and revealEntry over an in-memory document.
import {
  CACHE_READ_BATCH,
  findPapers,
  revealEntry,
  searchEntries,
} from '../../../src/app/find/find';
import {generateDoc} from '../../../samples/generate-doc';
import type {Block} from '../../../src/core/doc-model';
import {DEFAULT_SETTINGS} from '../../../src/core/settings';
import {MemoryDocument} from '../../support/memory-document';

const doc: Block[] = [
  {type: 'paragraph', text: 'Robotics', heading: 'HEADING1'},
  {type: 'paragraph', text: 'Control', heading: 'HEADING2'},
  {
    type: 'listItem',
    text: 'Soft Actor-Critic - T. Haarnoja',
    links: [{start: 0, end: 17, url: 'https://arxiv.org/abs/1801.01290'}],
  },
  {type: 'listItem', text: 'off-policy maximum entropy', nesting: 1},
  {
    type: 'listItem',
    text: 'Proximal Policy Optimization - J. Schulman',
    links: [{start: 0, end: 28, url: 'https://arxiv.org/abs/1707.06347'}],
  },
];

describe('searchEntries and revealEntry', () => {
  it('ranks entries from one read of the document', () => {
    const document = new MemoryDocument(doc);
    const hits = searchEntries('entropy actor', {
      document,
      settings: DEFAULT_SETTINGS,
    });
    expect(hits.map(h => [h.id, h.section])).toEqual([
      ['1801.01290', 'Control'],
    ]);
    expect(document.calls).toEqual({read: 1});
    expect(searchEntries('  ', {document, settings: DEFAULT_SETTINGS})).toEqual(
      [],
    );
    expect(document.calls).toEqual({read: 1});
  });

  it('honours a forced section level', () => {
    const document = new MemoryDocument(doc);
    const [hit] = searchEntries('schulman', {
      document,
      settings: {...DEFAULT_SETTINGS, sectionLevel: 1},
    });
    expect(hit.section).toBe('Robotics');
  });

  it('selects the head of the entry, in any id form, and says so when it is gone', () => {
    const document = new MemoryDocument(doc);
    revealEntry('https://arxiv.org/pdf/1707.06347v2', {
      document,
      settings: DEFAULT_SETTINGS,
    });
    expect(document.selected).toBe(4);
    expect(() =>
      revealEntry('2105.00005', {document, settings: DEFAULT_SETTINGS}),
    ).toThrow(
      'The paper 2105.00005 is no longer in the document. Search again to refresh the list.',
    );
    expect(() =>
      revealEntry('nonsense', {document, settings: DEFAULT_SETTINGS}),
    ).toThrow('“nonsense” is not an arXiv id.');
  });

  it('searches the cached abstracts, never asking arXiv, and says how many are still being gathered', () => {
    const document = new MemoryDocument(doc);
    const asked: string[][] = [];
    const result = findPapers('clipped surrogate', {
      document,
      settings: DEFAULT_SETTINGS,
      cachedPapers: ids => {
        asked.push(ids);
        return {
          '1707.06347': {
            id: '1707.06347',
            version: '2',
            title: 'Proximal Policy Optimization Algorithms',
            authors: ['John Schulman'],
            published: '2017-07-20T02:32:33Z',
            updated: '2017-08-28T08:55:14Z',
            summary:
              'A novel objective with clipped probability ratios, a surrogate.',
            primaryCategory: 'cs.LG',
            categories: ['cs.LG'],
            absUrl: 'https://arxiv.org/abs/1707.06347v2',
            pdfUrl: 'https://arxiv.org/pdf/1707.06347v2',
          },
        };
      },
      clock: {now: () => Date.parse('2026-12-01T00:00:00Z')},
    });
    expect(asked).toEqual([['1801.01290', '1707.06347']]);
    expect(result).toMatchObject({papers: 2, pendingAbstracts: 1});
    expect(result.hits.map(h => [h.id, h.year])).toEqual([
      ['1707.06347', 2017],
    ]);
    expect(result.hits[0].why?.map(w => w.from)).toEqual(['arxiv', 'arxiv']);
    expect(
      findPapers('last july', {
        document,
        settings: DEFAULT_SETTINGS,
        clock: {now: () => Date.parse('2017-09-01T00:00:00Z')},
      }),
    ).toMatchObject({dateFilter: 'July 2017', pendingAbstracts: 2});
    expect(findPapers(' ', {document, settings: DEFAULT_SETTINGS})).toEqual({
      hits: [],
      papers: 0,
      pendingAbstracts: 0,
    });
  });

  it('reads the cache in batches on a big doc', () => {
    const document = new MemoryDocument(generateDoc(1200, {seed: 1}).body);
    const sizes: number[] = [];
    const result = findPapers('attention', {
      document,
      settings: DEFAULT_SETTINGS,
      cachedPapers: ids => {
        sizes.push(ids.length);
        return {};
      },
    });
    expect(sizes.length).toBeGreaterThan(1);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(CACHE_READ_BATCH);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(result.papers);
    expect(result.pendingAbstracts).toBe(result.papers);
  });
});
