// previewPapers through the bundle on a doc of hand-written entries: at most one extra arXiv request for enrichment, failures that change nothing, metadata within the property quotas.
import type {Block, DocJson} from '../../src/core/doc-model';
import type {PreviewResult} from '../../src/core/types';
import {
  PROPERTY_STORE_MAX_BYTES,
  PROPERTY_VALUE_MAX_BYTES,
} from '../../emulator/services/properties';
import {arxivReplay} from '../support/arxiv-replay';
import {loadDist} from '../support/dist-bundle';

/** Hand-written "Title - note" entries under one heading, their links to arXiv. */
function handWrittenDoc(ids: string[]): DocJson {
  const body: Block[] = [
    {type: 'paragraph', text: 'Testing', heading: 'HEADING1'},
  ];
  for (const id of ids) {
    const title = `Paper ${id}`;
    body.push({
      type: 'listItem',
      text: `${title} - read this later`,
      links: [
        {start: 0, end: title.length, url: `https://arxiv.org/abs/${id}`},
      ],
    });
  }
  body.push({type: 'paragraph', text: 'Inbox', heading: 'HEADING1'});
  return {title: 'Reading list', body};
}

describe('previewPapers enriching filed entries (bundle)', () => {
  const replay = arxivReplay();
  const filed = replay.ids.slice(0, 130);

  it('sends one extra request per preview at most, and keeps the metadata within the quotas', () => {
    const local = arxivReplay();
    const {env, fns} = loadDist({
      document: handWrittenDoc(filed),
      fetch: r => local.handle(r),
    });
    const first = env.scriptRun(
      fns,
      'previewPapers',
      'notes, no ids',
    ) as PreviewResult;
    expect(first.sections).toEqual(['Testing', 'Inbox']);
    expect(local.requests).toHaveLength(1);
    expect(local.requests[0].ids).toHaveLength(100);
    env.scriptRun(fns, 'previewPapers', 'still no ids');
    expect(local.requests).toHaveLength(2);
    expect(local.requests[1].ids).toHaveLength(30);
    env.scriptRun(fns, 'previewPapers', 'nothing left to learn');
    expect(local.requests).toHaveLength(2);

    const store = env.properties.document;
    expect(store.size()).toBeLessThan(PROPERTY_STORE_MAX_BYTES);
    const values = [...store.values.entries()].filter(([k]) =>
      k.startsWith('enrichment.'),
    );
    expect(values.length).toBeGreaterThan(1);
    for (const [, value] of values) {
      expect(Buffer.byteLength(value, 'utf8')).toBeLessThanOrEqual(
        PROPERTY_VALUE_MAX_BYTES,
      );
    }
  });

  it('a paste that needs arXiv gets no enrichment request on top', () => {
    const local = arxivReplay();
    const {env, fns} = loadDist({
      document: handWrittenDoc(filed),
      fetch: r => local.handle(r),
    });
    const fresh = replay.ids[replay.ids.length - 1];
    const result = env.scriptRun(
      fns,
      'previewPapers',
      `arXiv:${fresh}`,
    ) as PreviewResult;
    expect(result.items[0]).toMatchObject({id: fresh, status: 'ready'});
    expect(result.items[0].suggestions?.length).toBeGreaterThan(0);
    expect(local.requests).toHaveLength(1);
    expect(local.requests[0].ids).toEqual([fresh]);
  });

  it('a rate-limited or timed-out enrichment fails nothing and says nothing', () => {
    for (const failure of ['429', 'timeout']) {
      let sent = 0;
      const {env, fns} = loadDist({
        document: handWrittenDoc(filed),
        fetch: () => {
          sent++;
          if (failure === 'timeout')
            throw new Error('Timeout: https://export.arxiv.org/api/query');
          return {status: 429, body: 'Rate exceeded.'};
        },
      });
      const result = env.scriptRun(
        fns,
        'previewPapers',
        'no ids',
      ) as PreviewResult;
      expect(result).toEqual({
        items: [],
        sections: ['Testing', 'Inbox'],
        message: 'No arXiv links or ids found in the pasted text.',
      });
      // Once, without the retries a paste's own request gets.
      expect(sent).toBe(1);
      expect(
        [...env.properties.document.values.keys()].filter(k =>
          k.startsWith('enrichment.'),
        ),
      ).toEqual([]);
    }
  });
});
