// previewPapers through the built bundle with arXiv throttled and Semantic Scholar, Crossref and the ACL Anthology replayed from their recordings.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type {FetchHandler} from '../../emulator';
import type {Block, DocJson} from '../../src/core/doc-model';
import type {PreviewResult} from '../../src/core/types';
import {arxivReplay} from '../support/arxiv-replay';
import {loadDist} from '../support/dist-bundle';
import {MANIFEST} from '../support/manifest';
import {
  S2_TOO_MANY_REQUESTS,
  scholarlyReplay,
} from '../support/scholarly-replay';

const ARXIV = 'https://export.arxiv.org/';
const S2 = 'https://api.semanticscholar.org/';

function docWith(ids: string[]): DocJson {
  const body: Block[] = [
    {type: 'paragraph', text: 'Agents', heading: 'HEADING1'},
  ];
  for (const id of ids) {
    const title = `Paper ${id}`;
    body.push({
      type: 'listItem',
      text: title,
      links: [
        {start: 0, end: title.length, url: `https://arxiv.org/abs/${id}`},
      ],
    });
  }
  return {title: 'Reading list', body};
}

function setup(
  options: {
    arxiv?: FetchHandler;
    s2?: (ids: string[]) => {status: number; body: string} | undefined;
    document?: DocJson;
  } = {},
) {
  const arxiv = arxivReplay();
  const scholarly = scholarlyReplay({s2: options.s2});
  const {env, fns} = loadDist({
    document: options.document,
    fetch: r =>
      scholarly.serves(r.url)
        ? scholarly.handle(r)
        : (options.arxiv ?? (q => arxiv.handle(q)))(r),
  });
  const preview = (text: string) =>
    env.scriptRun(fns, 'previewPapers', text) as PreviewResult;
  const sent = (host: string) =>
    env.fetchLog.filter(r => r.url.startsWith(host));
  return {arxiv, env, fns, preview, sent};
}

describe('previewPapers with second sources (bundle)', () => {
  it.each([
    ['429', {status: 429, body: 'Rate exceeded.'}],
    ['503', {status: 503, body: '<html>Service Unavailable</html>'}],
    ['200 "Rate exceeded."', {status: 200, body: 'Rate exceeded.'}],
  ])(
    'gives 20 ready cards from Semantic Scholar in one request while arXiv answers every request with %s',
    (_name, reply) => {
      const {arxiv, env, preview, sent} = setup({arxiv: () => reply});
      const ids = arxiv.ids.slice(0, 20);
      const result = preview(
        ids.map(id => `https://arxiv.org/abs/${id}`).join('\n'),
      );
      expect(result.items).toHaveLength(20);
      for (const item of result.items) {
        expect(item).toMatchObject({
          status: 'ready',
          source: 'semanticscholar',
        });
        expect(item.paper?.title).toBeTruthy();
        expect(item.paper?.absUrl).toBe(`https://arxiv.org/abs/${item.id}`);
      }
      expect(result.items.map(i => i.id)).toEqual(ids);
      expect(sent(S2).length).toBeLessThanOrEqual(2);
      expect(sent(S2)).toHaveLength(1);
      // arXiv's own rules are unchanged: its bounded retries, 3 s apart at least.
      expect(sent(ARXIV).length).toBeGreaterThan(1);
      expect(result.message).toBeUndefined();
      // Within the execution: scriptRun would throw past Apps Script's 6 minutes.
      expect(env.fetchLog.every(r => r.error === undefined)).toBe(true);
    },
  );

  it('keeps arXiv as the source when it answers, and asks Semantic Scholar nothing', () => {
    const {arxiv, preview, sent} = setup();
    const result = preview(arxiv.ids.slice(0, 3).join(' '));
    expect(result.items.map(i => i.source)).toEqual([
      'arxiv',
      'arxiv',
      'arxiv',
    ]);
    expect(sent(S2)).toHaveLength(0);
  });

  it('gives an error card when both arXiv and Semantic Scholar throttle, and changes nothing', () => {
    const {arxiv, env, preview, sent} = setup({
      arxiv: () => ({status: 429, body: 'Rate exceeded.'}),
      s2: () => S2_TOO_MANY_REQUESTS,
    });
    const before = JSON.stringify(env.document);
    const result = preview(arxiv.ids[0]);
    expect(result.items[0]).toMatchObject({status: 'error'});
    expect(result.message).toMatch(/arXiv is rate-limiting/);
    expect(sent(S2).length).toBeGreaterThan(1);
    expect(sent(S2).length).toBeLessThanOrEqual(3);
    expect(JSON.stringify(env.document)).toBe(before);
  });

  it('resolves every recorded form to a ready card saying which service answered', () => {
    // arXiv throttled, so the arXiv DOI's paper comes from Semantic Scholar's recording too.
    const {preview, sent} = setup({
      arxiv: () => ({status: 429, body: 'Rate exceeded.'}),
    });
    const result = preview(
      [
        'https://doi.org/10.1038/s42256-024-00832-8',
        'doi:10.1371/journal.pone.0033693',
        'https://doi.org/10.48550/arXiv.2312.07559',
        'https://aclanthology.org/2021.naacl-main.208/',
        'https://aclanthology.org/N04-1001.pdf',
        'https://www.semanticscholar.org/paper/204e3073870fae3d05bcbc2f6a8e263d9b72e776',
        '10.1371/notarealdoi',
      ].join('\n'),
    );
    const cards = result.items.map(i => [i.status, i.source, i.paper?.title]);
    expect(cards).toEqual([
      [
        'ready',
        'semanticscholar',
        expect.stringMatching(/^Augmenting large language models/),
      ],
      ['ready', 'crossref', expect.stringMatching(/^Methylphenidate Exposure/)],
      // arXiv's own DOI is read as an arXiv id.
      [
        'ready',
        'semanticscholar',
        'PaperQA: Retrieval-Augmented Generative Agent for Scientific Research',
      ],
      ['ready', 'aclanthology', 'How many data points is a prompt worth?'],
      [
        'ready',
        'aclanthology',
        'A Statistical Model for Multilingual Entity Detection and Tracking',
      ],
      ['ready', 'semanticscholar', 'Attention is All you Need'],
      ['not_found', undefined, undefined],
    ]);
    expect(result.items[2].id).toBe('2312.07559');
    expect(result.items[3].paper).toMatchObject({
      authors: ['Teven Le Scao', 'Alexander M. Rush'],
      journalRef: expect.stringMatching(/^Proceedings of the 2021 Conference/),
      published: '2021-06',
    });
    expect(result.items[5].id).toBe('1706.03762');
    expect(result.items[6].message).toBe(
      'No paper found for the DOI 10.1371/notarealdoi.',
    );
    expect(sent(S2)).toHaveLength(1);
  });

  it('reports a DOI whose Semantic Scholar answer names an arXiv id in the doc as already there', () => {
    const {preview} = setup({document: docWith(['1706.03762'])});
    const result = preview(
      'https://www.semanticscholar.org/paper/204e3073870fae3d05bcbc2f6a8e263d9b72e776',
    );
    expect(result.items[0]).toMatchObject({
      status: 'duplicate',
      id: '1706.03762',
      existingSection: 'Agents',
    });
  });

  it('reports a DOI tied to an arXiv id in the doc as already there (made-up DOI, recorded paper)', () => {
    const match = JSON.parse(
      fs.readFileSync(
        path.join(
          __dirname,
          '../fixtures/scholarly/search_match_attention_is_all_you_need.body.json',
        ),
        'utf8',
      ),
    ) as {data: unknown[]};
    const {preview} = setup({
      document: docWith(['1706.03762']),
      // MADE UP: Semantic Scholar answering a made-up DOI with the recorded paper of the title match.
      s2: ids =>
        ids[0] === 'DOI:10.5555/made.up'
          ? {status: 200, body: JSON.stringify([match.data[0]])}
          : undefined,
    });
    expect(preview('https://doi.org/10.5555/made.up').items[0]).toMatchObject({
      status: 'duplicate',
      id: '1706.03762',
      message: 'Already in the document under “Agents”.',
    });
  });

  it('gives 3 ready cards when arXiv never answers (timeout)', () => {
    const {arxiv, preview, sent} = setup({
      arxiv: () => {
        throw new Error('Timeout: https://export.arxiv.org/api/query');
      },
    });
    const result = preview(arxiv.ids.slice(0, 3).join(' '));
    expect(result.items.map(i => i.source)).toEqual([
      'semanticscholar',
      'semanticscholar',
      'semanticscholar',
    ]);
    expect(sent(S2)).toHaveLength(1);
  });

  it('answers DOIs from Crossref when Semantic Scholar is down', () => {
    const {preview, sent} = setup({
      s2: () => ({status: 200, body: '<html>Maintenance</html>'}),
    });
    const result = preview('10.1038/s42256-024-00832-8 10.1371/notarealdoi');
    expect(result.items.map(i => [i.status, i.source])).toEqual([
      ['ready', 'crossref'],
      ['not_found', undefined],
    ]);
    expect(sent(S2)).toHaveLength(1);
  });

  it('inserts a paper whose card Semantic Scholar filled while arXiv throttles', () => {
    const {arxiv, env, fns} = setup({
      arxiv: () => ({status: 429, body: 'Rate exceeded.'}),
      document: docWith([]),
    });
    const id = arxiv.ids[0];
    const results = env.scriptRun(fns, 'insertPapers', [
      {id, section: 'Agents'},
    ]) as {status: string}[];
    expect(results).toEqual([expect.objectContaining({status: 'inserted'})]);
    const text = JSON.stringify(env.document.toJSON());
    expect(text).toContain(`https://arxiv.org/abs/${id}`);
  });

  it('lets the manifest reach exactly the three new hosts beside arXiv', () => {
    expect(MANIFEST.urlFetchWhitelist).toEqual([
      'https://export.arxiv.org/api/',
      'https://api.semanticscholar.org/',
      'https://api.crossref.org/',
      'https://aclanthology.org/',
    ]);
  });
});
