// The bench's stand-in arXiv: valid Atom for any id, arXiv's paging and error rules, and a request log.
import {parseFeed} from '../../src/core/atom';
import {xmldomParser} from '../../scripts/lib/xmldom-parser';
import {requestParams, syntheticArxiv} from '../../bench/synthetic-arxiv';

const API = 'https://export.arxiv.org/api/query';

function papersOf(body: string) {
  const result = parseFeed(xmldomParser().parse(body));
  if ('error' in result) throw new Error(result.error);
  return result.papers;
}

describe('syntheticArxiv', () => {
  it('answers a POSTed id_list with one parsable paper per id, matched by id', () => {
    const arxiv = syntheticArxiv();
    const ids = ['2612.10001', 'hep-th/9901001', '1605.08386'];
    const reply = arxiv.handler({
      url: API,
      method: 'post',
      payload: `id_list=${encodeURIComponent(ids.join(','))}&max_results=${ids.length}`,
    });
    expect(reply.status).toBe(200);
    const papers = papersOf(reply.body);
    expect(papers.map(p => p.id).sort()).toEqual([...ids].sort());
    for (const paper of papers) {
      expect(paper.title).not.toBe('');
      expect(paper.authors.length).toBeGreaterThan(0);
      expect(paper.categories[0]).toBe(paper.primaryCategory);
    }
  });

  it('gives the same paper for the same id every time', () => {
    const arxiv = syntheticArxiv();
    const ask = () =>
      arxiv.handler({url: `${API}?id_list=2612.10001&max_results=1`}).body;
    expect(papersOf(ask())).toEqual(papersOf(ask()));
  });

  it('cuts a long id_list to 10 results without max_results, as arXiv does', () => {
    const arxiv = syntheticArxiv();
    const ids = Array.from({length: 15}, (_, i) => `2612.${10001 + i}`);
    const reply = arxiv.handler({url: `${API}?id_list=${ids.join(',')}`});
    expect(papersOf(reply.body)).toHaveLength(10);
  });

  it('leaves missing ids out of the feed', () => {
    const arxiv = syntheticArxiv({missing: new Set(['2612.10002'])});
    const reply = arxiv.handler({
      url: `${API}?id_list=2612.10001,2612.10002&max_results=2`,
    });
    expect(papersOf(reply.body).map(p => p.id)).toEqual(['2612.10001']);
  });

  it('answers a malformed id with arXiv’s error feed and HTTP 400', () => {
    const arxiv = syntheticArxiv();
    const reply = arxiv.handler({url: `${API}?id_list=abc`});
    expect(reply.status).toBe(400);
    expect(parseFeed(xmldomParser().parse(reply.body))).toEqual({
      error: expect.stringContaining('abc'),
    });
  });

  it('logs each request with its ids and the virtual time it came', () => {
    let now = 1000;
    const arxiv = syntheticArxiv({now: () => now});
    arxiv.handler({url: `${API}?id_list=2612.10001`, method: 'get'});
    now = 4000;
    arxiv.handler({
      url: API,
      method: 'post',
      payload: 'id_list=2612.10002,2612.10003',
    });
    expect(arxiv.requests).toEqual([
      {method: 'get', ids: ['2612.10001'], returned: 1, status: 200, at: 1000},
      {
        method: 'post',
        ids: ['2612.10002', '2612.10003'],
        returned: 2,
        status: 200,
        at: 4000,
      },
    ]);
  });
});

describe('requestParams', () => {
  it('merges the url query with a form or object payload', () => {
    const fromForm = requestParams({
      url: `${API}?start=0`,
      payload: 'id_list=1%2C2',
    });
    expect(fromForm.get('start')).toBe('0');
    expect(fromForm.get('id_list')).toBe('1,2');
    const fromObject = requestParams({url: API, payload: {max_results: 5}});
    expect(fromObject.get('max_results')).toBe('5');
  });
});
