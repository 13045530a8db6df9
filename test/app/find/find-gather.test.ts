// gatherAbstracts: "Fetch abstracts now" in Find asks arXiv once for up to 100 uncached papers, and Find then counts them.
import {
  GATHER_BATCH,
  findIndex,
  findPapers,
  gatherAbstracts,
  type GatherDeps,
} from '../../../src/app/find/find';
import type {ArxivLookup} from '../../../src/app/shared/arxiv-client';
import type {Block} from '../../../src/core/doc-model';
import {searchTabs} from '../../../src/core/search-tabs';
import {DEFAULT_SETTINGS} from '../../../src/core/settings';
import type {Paper} from '../../../src/core/types';
import {MemoryDocument} from '../../support/memory-document';

function entryOf(id: string, title: string): Block {
  return {
    type: 'listItem',
    text: `${title} - A. Writer`,
    links: [{start: 0, end: title.length, url: `https://arxiv.org/abs/${id}`}],
  };
}

function paper(id: string): Paper {
  return {
    id,
    version: '1',
    title: `Paper ${id}`,
    authors: ['A. Writer'],
    published: '2020-01-01T00:00:00Z',
    updated: '2020-01-01T00:00:00Z',
    summary: `The abstract of ${id} speaks of quasicrystals.`,
    primaryCategory: 'cs.LG',
    categories: ['cs.LG'],
    absUrl: `https://arxiv.org/abs/${id}`,
    pdfUrl: `https://arxiv.org/pdf/${id}`,
  };
}

/** An arXiv client over a cache: lookups record their ids and fill the cache with what "arXiv" knows. */
function fakeArxiv(known: (id: string) => boolean, error?: string) {
  const cache = new Map<string, Paper>();
  const lookups: {ids: string[]; retry?: boolean}[] = [];
  const arxiv: GatherDeps['arxiv'] = {
    cachedPapers(ids) {
      const out: Record<string, Paper> = {};
      for (const id of ids) if (cache.has(id)) out[id] = cache.get(id)!;
      return out;
    },
    lookup(ids, options = {}): ArxivLookup {
      lookups.push({ids, retry: options.retry});
      if (error) return {papers: {}, missing: [], error};
      const papers: Record<string, Paper> = {};
      for (const id of ids.filter(known)) {
        papers[id] = paper(id);
        cache.set(id, papers[id]);
      }
      return {papers, missing: ids.filter(id => !known(id))};
    },
  };
  return {arxiv, cache, lookups};
}

const ids = Array.from(
  {length: 150},
  (_, i) => `2101.${String(i + 1).padStart(5, '0')}`,
);
const doc: Block[] = [
  {type: 'paragraph', text: 'Reading', heading: 'HEADING2'},
  ...ids.map((id, i) => entryOf(id, `Entry number ${i + 1}`)),
];

describe('gatherAbstracts', () => {
  it('fetches the first 100 uncached abstracts in one request without retries, then Find searches them', () => {
    const {arxiv, cache, lookups} = fakeArxiv(id => id !== '2101.00002');
    cache.set(ids[0], paper(ids[0]));
    const deps = {
      document: new MemoryDocument(doc),
      settings: DEFAULT_SETTINGS,
    };
    const before = findPapers('quasicrystals', {
      ...deps,
      cachedPapers: arxiv.cachedPapers,
    });
    expect(before.pendingAbstracts).toBe(149);
    expect(before.hits.map(h => h.id)).toEqual([ids[0]]);

    const result = gatherAbstracts({...deps, arxiv});
    expect(lookups).toEqual([
      {ids: ids.slice(1, 1 + GATHER_BATCH), retry: false},
    ]);
    expect(result).toEqual({
      fetched: 99,
      unknown: ['2101.00002'],
      papers: 150,
      pendingAbstracts: 50,
    });
    const after = findPapers('quasicrystals', {
      ...deps,
      cachedPapers: arxiv.cachedPapers,
    });
    expect(after.pendingAbstracts).toBe(50);
    expect(after.hits.length).toBe(20);

    // The next press asks for the rest (and the one arXiv did not know).
    gatherAbstracts({...deps, arxiv});
    expect(lookups[1].ids).toEqual(['2101.00002', ...ids.slice(101)]);
  });

  it('asks nothing when every abstract is at hand', () => {
    const {arxiv, cache, lookups} = fakeArxiv(() => true);
    for (const id of ids) cache.set(id, paper(id));
    const result = gatherAbstracts({
      document: new MemoryDocument(doc),
      settings: DEFAULT_SETTINGS,
      arxiv,
    });
    expect(lookups).toEqual([]);
    expect(result).toEqual({
      fetched: 0,
      unknown: [],
      papers: 150,
      pendingAbstracts: 0,
    });
  });

  it("passes arXiv's refusal on in plain words", () => {
    const {arxiv} = fakeArxiv(() => true, 'arXiv is rate-limiting requests.');
    const result = gatherAbstracts({
      document: new MemoryDocument(doc),
      settings: DEFAULT_SETTINGS,
      arxiv,
    });
    expect(result).toMatchObject({
      fetched: 0,
      pendingAbstracts: 150,
      error: 'arXiv is rate-limiting requests.',
    });
  });
});

describe('findIndex', () => {
  it('gives the page what it needs to answer as findPapers does, from one read', () => {
    const {arxiv, cache} = fakeArxiv(() => true);
    for (const id of ids.slice(0, 40)) cache.set(id, paper(id));
    const document = new MemoryDocument(doc);
    const deps = {
      document,
      settings: DEFAULT_SETTINGS,
      cachedPapers: arxiv.cachedPapers,
    };
    const index = JSON.parse(JSON.stringify(findIndex(deps)));
    expect(document.calls).toEqual({read: 1});
    expect(Object.keys(index.papers[ids[0]]).sort()).toEqual(
      ['categories', 'published', 'summary', 'title'].sort(),
    );
    const now = new Date('2026-01-01T00:00:00Z');
    for (const query of ['quasicrystals', 'entry number 7', '2101.00003v2']) {
      expect(searchTabs(index.tabs, query, index.papers, now)).toEqual(
        findPapers(query, {...deps, clock: {now: () => now.getTime()}}),
      );
    }
  });
});
