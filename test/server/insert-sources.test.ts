// insertPapers through the built bundle for papers not on arXiv: DOIs, Anthology ids and titled links, filed, found again as duplicates, and undone.
import * as bibtexParse from 'bibtex-parse';
import type {Block, DocJson} from '../../src/core/doc-model';
import type {InsertResult, PreviewResult} from '../../src/core/types';
import {arxivReplay} from '../support/arxiv-replay';
import {loadDist} from '../support/dist-bundle';
import {scholarlyReplay} from '../support/scholarly-replay';

function doc(): DocJson {
  const body: Block[] = [
    {type: 'paragraph', text: 'Agents', heading: 'HEADING1'},
    {
      type: 'listItem',
      text: 'Attention - hand-written',
      links: [{start: 0, end: 9, url: 'https://arxiv.org/abs/1706.03762'}],
    },
  ];
  return {title: 'Reading list', body};
}

function setup() {
  const arxiv = arxivReplay();
  const scholarly = scholarlyReplay();
  const {env, fns} = loadDist({
    document: doc(),
    fetch: r =>
      scholarly.serves(r.url) ? scholarly.handle(r) : arxiv.handle(r),
  });
  const insert = (requests: object[]) =>
    env.scriptRun(fns, 'insertPapers', requests) as InsertResult[];
  const preview = (text: string) =>
    env.scriptRun(fns, 'previewPapers', text) as PreviewResult;
  const heads = () =>
    (env.document.toJSON() as DocJson).body.filter(
      b => b.type !== 'table' && !b.heading && (b.links ?? []).length,
    ) as Extract<Block, {type: 'listItem'}>[];
  const sent = (host: string) =>
    env.fetchLog.filter(r => r.url.startsWith(host));
  return {env, fns, insert, preview, heads, sent};
}

describe('insertPapers for papers beyond arXiv (bundle)', () => {
  it('files a DOI paper: title linked to the DOI resolver, venue and year in the byline', () => {
    const {insert, heads, sent} = setup();
    const results = insert([
      {id: 'doi:10.1371/journal.pone.0033693', section: 'Agents', note: 'Why'},
    ]);
    expect(results).toEqual([
      expect.objectContaining({
        id: 'doi:10.1371/journal.pone.0033693',
        status: 'inserted',
        section: 'Agents',
      }),
    ]);
    const head = heads().find(h =>
      h.links?.[0].url.startsWith('https://doi.org/'),
    )!;
    expect(head.links?.[0].url).toBe(
      'https://doi.org/10.1371/journal.pone.0033693',
    );
    expect(head.text).toMatch(
      /^Methylphenidate Exposure.* - .*PLoS ONE · .*2012/,
    );
    expect(sent('https://export.arxiv.org/')).toHaveLength(0);
  });

  it('finds a DOI paper, an Anthology paper and a titled link again as duplicates, and undo removes them', () => {
    const {env, fns, insert, preview, heads} = setup();
    const before = heads().length;
    const results = insert([
      {id: 'doi:10.1371/journal.pone.0033693', section: 'Agents'},
      {id: 'acl:N04-1001', section: 'Parsing'},
      {
        id: 'url:https://ai.stanford.edu/blog/retrieval-based-NLP/',
        title: 'Retrieval-based NLP',
        section: 'Agents',
        note: 'A survey in blog form',
      },
    ]);
    expect(results.map(r => r.status)).toEqual([
      'inserted',
      'inserted',
      'inserted',
    ]);
    expect(heads()).toHaveLength(before + 3);
    const link = heads().find(h => h.text.startsWith('Retrieval-based NLP'))!;
    expect(link.text).toBe('Retrieval-based NLP - ai.stanford.edu');
    expect(link.links?.[0].url).toBe(
      'https://ai.stanford.edu/blog/retrieval-based-NLP/',
    );
    const again = insert([
      {id: 'doi:10.1371/journal.pone.0033693', section: 'Agents'},
      {id: 'acl:N04-1001', section: 'Agents'},
      {
        id: 'url:https://ai.stanford.edu/blog/retrieval-based-NLP/',
        title: 'Retrieval-based NLP',
        section: 'Agents',
      },
    ]);
    expect(again.map(r => r.status)).toEqual([
      'duplicate',
      'duplicate',
      'duplicate',
    ]);
    expect(again[1].section).toBe('Parsing');
    const card = preview('https://doi.org/10.1371/journal.pone.0033693');
    expect(card.items[0]).toMatchObject({
      status: 'duplicate',
      existingSection: 'Agents',
    });
    const undone = env.scriptRun(fns, 'undoLastHaul') as {removed: string[]};
    expect(undone.removed).toEqual([
      'doi:10.1371/journal.pone.0033693',
      'acl:N04-1001',
      'url:https://ai.stanford.edu/blog/retrieval-based-NLP/',
    ]);
    expect(heads()).toHaveLength(before);
  });

  it('files a DOI Semantic Scholar ties to an arXiv id in the doc as already there', () => {
    const {insert} = setup();
    const results = insert([
      {
        id: 's2:204e3073870fae3d05bcbc2f6a8e263d9b72e776',
        section: 'Agents',
      },
    ]);
    expect(results[0]).toMatchObject({
      id: 's2:204e3073870fae3d05bcbc2f6a8e263d9b72e776',
      status: 'duplicate',
      section: 'Agents',
    });
  });

  it('files a titled link Semantic Scholar knows by its title as that paper, and says so', () => {
    const {insert, sent} = setup();
    const results = insert([
      {
        id: 'url:https://github.com/tensorflow/tensor2tensor',
        title: 'Attention Is All You Need',
        section: 'Agents',
      },
      {
        id: 'url:https://openreview.net/forum?id=abc',
        title: 'Attention is not all you need',
        section: 'Agents',
      },
    ]);
    // The recorded match ties the title to arXiv 1706.03762, already in the doc; a near title files the link itself.
    expect(results.map(r => r.status)).toEqual(['duplicate', 'inserted']);
    expect(results[1].message).toBeUndefined();
    expect(results[0]).toMatchObject({
      id: 'url:https://github.com/tensorflow/tensor2tensor',
      section: 'Agents',
    });
    expect(
      sent('https://api.semanticscholar.org/graph/v1/paper/search/match?'),
    ).toHaveLength(2);
  });

  it('exports BibTeX of DOI, Anthology and link entries that parses back as @article, @inproceedings and @misc with the DOI', () => {
    const {env, fns, insert} = setup();
    insert([
      {id: 'doi:10.1371/journal.pone.0033693', section: 'Agents'},
      {id: 'acl:N04-1001', section: 'Agents'},
      {
        id: 'url:https://ai.stanford.edu/blog/retrieval-based-NLP/',
        title: 'Retrieval-based NLP',
        section: 'Agents',
      },
    ]);
    const text = env.scriptRun(fns, 'exportBibtex', 'Agents') as string;
    const entries = bibtexParse.entries(text);
    const byType = Object.fromEntries(entries.map(e => [e.type, e]));
    expect(byType.article).toMatchObject({
      DOI: '10.1371/journal.pone.0033693',
      JOURNAL: 'PLoS ONE',
      YEAR: '2012',
    });
    // An old Anthology paper has no DOI: its record links its Anthology page.
    expect(byType.inproceedings).toMatchObject({
      BOOKTITLE: expect.stringMatching(/^Proceedings of the Human Language/),
      YEAR: '2004',
      URL: 'https://aclanthology.org/N04-1001/',
    });
    expect(byType.misc).toMatchObject({
      TITLE: 'Retrieval-based NLP',
      URL: 'https://ai.stanford.edu/blog/retrieval-based-NLP/',
    });
    const one = env.scriptRun(fns, 'getBibtex', [
      'doi:10.1371/journal.pone.0033693',
    ]) as string;
    expect(bibtexParse.entries(one).map(e => e.type)).toEqual(['article']);
  });

  it('gives plain errors for an unknown DOI and a link without a title, and writes nothing', () => {
    const {env, insert} = setup();
    const before = JSON.stringify(env.document.toJSON());
    const results = insert([
      {id: 'doi:10.1371/notarealdoi', section: 'Agents'},
      {id: 'url:https://github.com/x/y', section: 'Agents'},
      {id: 'not a paper', section: 'Agents'},
    ]);
    expect(results.map(r => [r.status, r.message])).toEqual([
      ['error', 'No paper found for doi:10.1371/notarealdoi; check it.'],
      ['error', 'A link is filed with its title: type or paste the title.'],
      ['error', '“not a paper” is not one arXiv id, DOI or link.'],
    ]);
    expect(JSON.stringify(env.document.toJSON())).toBe(before);
  });
});
