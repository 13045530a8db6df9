// searchEntries and revealEntry through the built bundle on the sample giant doc.
import type {DocJson} from '../../src/core/doc-model';
import type {FindResult, SearchHit} from '../../src/core/types';
import giant from '../../samples/giant-doc.json';
import {arxivReplay} from '../support/arxiv-replay';
import {loadDist} from '../support/dist-bundle';

function setup() {
  const {env, fns} = loadDist({document: giant as DocJson});
  const search = (query: string) =>
    env.scriptRun(fns, 'searchEntries', query) as SearchHit[];
  return {env, fns, search};
}

describe('searchEntries (bundle)', () => {
  it('finds a paper from a vague, misspelt memory, in any word order', () => {
    const {search} = setup();
    const [hit] = search('consistency chain thoght');
    expect(hit).toMatchObject({
      id: '2203.11171',
      section: 'NLP',
      url: 'https://arxiv.org/abs/2203.11171',
      title:
        'Self-Consistency Improves Chain of Thought Reasoning in Language Models',
    });
  });

  it('finds hand-written entries by their notes, and the same paper once even when filed twice', () => {
    const {search} = setup();
    const hits = search('attention');
    expect(hits.filter(h => h.id === '1706.03762')).toHaveLength(1);
    const [gist] = search('reasoning steps written out');
    expect(gist.id).toBe('2201.11903');
    expect(gist.snippet.toLowerCase()).toContain('reasoning');
  });
});

describe('findPapers (bundle)', () => {
  it('finds a filed paper by its abstract from the cache, with no arXiv request, and counts the abstracts not gathered yet', () => {
    const replay = arxivReplay();
    const {env, fns} = loadDist({
      document: giant as DocJson,
      fetch: r => replay.handle(r),
    });
    const before = (env.scriptRun(fns, 'findPapers', 'markov') as FindResult)
      .papers;
    env.scriptRun(fns, 'previewPapers', 'arXiv:1605.08386');
    env.scriptRun(fns, 'insertPapers', [{id: '1605.08386', section: 'Theory'}]);
    const requests = env.fetchLog.length;

    const result = env.scriptRun(
      fns,
      'findPapers',
      'fibers of an integer matrix',
    ) as FindResult;
    expect(env.fetchLog).toHaveLength(requests);
    expect(result.hits[0]).toMatchObject({id: '1605.08386', year: 2016});
    expect(result.hits[0].why).toContainEqual({
      word: 'fibers',
      from: 'arxiv',
      field: 'abstract',
    });
    expect(result.papers).toBe(before + 1);
    expect(result.pendingAbstracts).toBe(before);
  });
});

describe('revealEntry (bundle)', () => {
  it("selects the entry's head, and says so plainly when the paper is gone", () => {
    const {env, fns} = setup();
    env.scriptRun(fns, 'revealEntry', '2203.11171');
    expect(env.document.selection()).toEqual({start: 271, end: 272});
    expect(() => env.scriptRun(fns, 'revealEntry', '1605.08386')).toThrow(
      'The paper 1605.08386 is no longer in the document. Search again to refresh the list.',
    );
  });
});
