// Enrichment during a preview: at most one extra arXiv request, failures that change nothing, metadata kept within the property quotas.
import {ArxivClient} from '../../../src/app/shared/arxiv-client';
import {
  BUDGET_CHARS,
  CHUNK_CHARS,
  CHUNK_COUNT_KEY,
  CHUNK_PREFIX,
  addMetadata,
  loadMetadata,
} from '../../../src/app/haul/enrichment-store';
import {ENRICH_BATCH} from '../../../src/app/haul/enrich';
import {previewPapers} from '../../../src/app/haul/preview';
import type {HttpRequest} from '../../../src/app/shared/ports';
import type {Block} from '../../../src/core/doc-model';
import {DEFAULT_SETTINGS} from '../../../src/core/settings';
import {FakeClock, MemoryCache, loggedHttp} from '../../support/arxiv-fakes';
import {MemoryStore} from '../../support/fakes';
import {arxivReplay} from '../../support/arxiv-replay';
import {MemoryDocument} from '../../support/memory-document';
import {xmldomParser} from '../../../scripts/lib/xmldom-parser';

const replay = arxivReplay();

/** A doc of hand-written "Title - note" entries for `ids`, under one heading. */
function handWritten(ids: string[]): Block[] {
  return [
    {type: 'paragraph', text: 'Testing', heading: 'HEADING1'},
    ...ids.map((id): Block => ({
      type: 'listItem',
      text: `Paper ${id} - read later`,
      links: [
        {start: 0, end: 6 + id.length, url: `https://arxiv.org/abs/${id}`},
      ],
    })),
    {type: 'paragraph', text: 'Inbox', heading: 'HEADING1'},
  ];
}

function setUp(
  answer?: (request: HttpRequest) => {status: number; body: string},
) {
  const clock = new FakeClock();
  const http = loggedHttp(clock, r => ({
    headers: {},
    ...(answer ? answer(r) : replay.handle(r)),
  }));
  const arxiv = new ArxivClient({
    http,
    clock,
    cache: new MemoryCache(clock),
    spacing: new MemoryStore(),
    xml: xmldomParser(),
  });
  const properties = new MemoryStore();
  const filed = replay.ids.slice(0, ENRICH_BATCH + 20);
  const document = new MemoryDocument(handWritten(filed));
  const preview = (input: string) =>
    previewPapers(input, {
      arxiv,
      document,
      settings: DEFAULT_SETTINGS,
      properties,
    });
  return {http, properties, preview, filed};
}

describe('enrichment during a preview', () => {
  it('sends at most one extra request per preview, and none once everything is known', () => {
    const {http, properties, preview, filed} = setUp();
    const first = preview('no ids here');
    expect(first.message).toBe(
      'No arXiv links or ids found in the pasted text.',
    );
    expect(http.sent).toHaveLength(1);
    expect(loadMetadata(properties).size).toBe(ENRICH_BATCH);
    preview('still none');
    expect(http.sent).toHaveLength(2);
    expect([...loadMetadata(properties).keys()].sort()).toEqual(
      [...filed].sort(),
    );
    preview('and again');
    expect(http.sent).toHaveLength(2);
  });

  it('sends nothing for enrichment when the paste itself needs arXiv', () => {
    const {http, properties, preview} = setUp();
    const fresh = replay.ids[replay.ids.length - 1];
    const result = preview(`arXiv:${fresh}`);
    expect(result.items[0]).toMatchObject({id: fresh, status: 'ready'});
    expect(http.sent).toHaveLength(1);
    expect(http.sent[0].url).toContain(fresh);
    // The paste's answer is cached, the filed entries' were never fetched: nothing to store.
    expect(properties.get(CHUNK_COUNT_KEY)).toBeNull();
  });

  it('a rate-limited enrichment fails nothing, says nothing, and is not retried', () => {
    const {http, properties, preview} = setUp(() => ({status: 429, body: ''}));
    const result = preview('nothing to look up');
    expect(result.message).toBe(
      'No arXiv links or ids found in the pasted text.',
    );
    expect(result.sections).toEqual(['Testing', 'Inbox']);
    expect(http.sent).toHaveLength(1);
    expect(properties.get(CHUNK_COUNT_KEY)).toBeNull();
  });

  it('a timed-out enrichment leaves the suggestions to the visible text', () => {
    const {http, preview} = setUp(() => {
      throw new Error('Timeout');
    });
    const result = preview('');
    expect(result.items).toEqual([]);
    expect(result.sections).toEqual(['Testing', 'Inbox']);
    expect(http.sent).toHaveLength(1);
  });
});

describe('enrichment store', () => {
  const metadata = (n: number) => ({
    categories: ['cs.LG', 'stat.ML'],
    words: Array.from({length: 16}, (_, i) => `word${n}x${i}`),
  });

  it('keeps every chunk under the 9 KB value quota and the whole under its budget, dropping entries no longer filed', () => {
    const store = new MemoryStore();
    let known = loadMetadata(store);
    const live = new Set<string>();
    for (let batch = 0; batch < 40; batch++) {
      const added = new Map(
        Array.from({length: 100}, (_, i) => {
          const id = `${String(2000 + batch).padStart(4, '0')}.${String(i).padStart(5, '0')}`;
          return [id, metadata(i)] as const;
        }),
      );
      // Only the latest ten batches are still in the document.
      live.clear();
      for (const id of added.keys()) live.add(id);
      known = addMetadata(store, known, added, live);
    }
    const count = Number(store.get(CHUNK_COUNT_KEY));
    let total = 0;
    for (let i = 0; i < count; i++) {
      const chunk = store.get(CHUNK_PREFIX + i) ?? '';
      expect(chunk.length).toBeLessThanOrEqual(CHUNK_CHARS);
      total += chunk.length;
    }
    expect(total).toBeLessThanOrEqual(BUDGET_CHARS);
    expect(loadMetadata(store).size).toBe(known.size);
    // The last batch is always kept.
    expect(known.has('2039.00099')).toBe(true);
  });
});
