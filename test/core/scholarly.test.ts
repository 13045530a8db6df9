// The Semantic Scholar, Crossref and ACL Anthology parsers against every recorded answer, failures included.
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  asPaper,
  jatsToText,
  parseAclPage,
  parseCrossrefWork,
  parseS2Batch,
  parseS2Match,
  parseS2Paper,
} from '../../src/core/scholarly';

const DIR = path.join(__dirname, '../fixtures/scholarly');
const read = (file: string) => fs.readFileSync(path.join(DIR, file), 'utf8');

describe('Semantic Scholar answers', () => {
  it('reads a batch with a null in the place of an unknown id', () => {
    const papers = parseS2Batch(
      read('batch_full_fields_with_null.body.json'),
      4,
    );
    if ('error' in papers) throw new Error(papers.error);
    expect(papers[0]).toBeNull();
    expect(papers[1]).toMatchObject({
      title: 'How Much Should We Trust Differences-in-Differences Estimates?',
      authors: ['Marianne Bertrand', 'E. Duflo', 'S. Mullainathan'],
      year: 2001,
      // Its venue is '': the journal's name stands in.
      venue: 'Experimental & Empirical Studies eJournal',
      publicationDate: '2001-10-01',
      doi: '10.2139/ssrn.288970',
      s2Id: 'c31c87c591a25c64fbaa82e8ac6a81831b6ac7ce',
    });
    expect(papers[1]?.abstract).toMatch(/^Most Difference-in-Difference/);
    expect(papers[3]?.publicationDate).toBeUndefined();
    expect(papers[3]?.venue).toBeUndefined();
  });

  it('refuses a batch whose length is not the number of ids asked', () => {
    expect(
      parseS2Batch(read('batch_full_fields_with_null.body.json'), 3),
    ).toEqual({error: 'Semantic Scholar sent an unreadable answer.'});
  });

  it('reads an arXiv paper by its DataCite DOI, with its arXiv id', () => {
    const paper = parseS2Paper(
      read('get_paper_DOI_10.48550_arxiv.2312.07559.body.json'),
    );
    expect(paper).toMatchObject({
      title:
        'PaperQA: Retrieval-Augmented Generative Agent for Scientific Research',
      arxivId: '2312.07559',
      doi: '10.48550/arxiv.2312.07559',
      venue: 'arXiv.org',
      year: 2023,
      publicationDate: '2023-12-08',
    });
    expect(
      parseS2Paper(read('get_paper_DOI_arxiv_externalIds_title.body.json')),
    ).toMatchObject({arxivId: '2312.07559', authors: []});
  });

  it('reads a journal paper by DOI', () => {
    const paper = parseS2Paper(
      read('get_paper_DOI_10.1038_s42256-024-00832-8.body.json'),
    );
    expect('error' in paper).toBe(false);
    expect(paper).toMatchObject({doi: '10.1038/s42256-024-00832-8'});
  });

  it('reads a title match and an empty one', () => {
    expect(
      parseS2Match(read('search_match_attention_is_all_you_need.body.json')),
    ).toMatchObject({
      title: 'Attention is All you Need',
      arxivId: '1706.03762',
      venue: 'Neural Information Processing Systems',
      year: 2017,
    });
    expect(parseS2Match(read('search_match_empty.body.json'))).toBeNull();
  });

  it.each([
    ['404_paper_not_found.body.json', 'Paper with id 0 not found'],
    ['400_unrecognized_fields.body.json', 'Unrecognized or unsupported fields'],
    ['403_forbidden.body.json', 'Forbidden'],
  ])('says what %s says, plainly', (file, said) => {
    const body = read(file);
    for (const answer of [parseS2Batch(body, 1), parseS2Paper(body)]) {
      expect(answer).toEqual({
        error: expect.stringContaining(said) as unknown,
      });
    }
    expect(parseS2Match(body)).toEqual({
      error: expect.stringContaining(said) as unknown,
    });
  });

  it('calls HTML instead of JSON unreadable', () => {
    const html = '<html><body>502 Bad Gateway</body></html>';
    expect(parseS2Batch(html, 1)).toEqual({
      error: 'Semantic Scholar sent an unreadable answer.',
    });
    expect(parseS2Paper(html)).toEqual({
      error: 'Semantic Scholar sent an unreadable answer.',
    });
  });
});

describe('Crossref answers', () => {
  it('reads a work and turns its JATS abstract into plain text', () => {
    const paper = parseCrossrefWork(
      read('works_10.1038_s42256-024-00832-8.body.json'),
    );
    if ('error' in paper) throw new Error(paper.error);
    expect(paper).toMatchObject({
      title: 'Augmenting large language models with chemistry tools',
      venue: 'Nature Machine Intelligence',
      year: 2024,
      publicationDate: '2024-05-08',
      doi: '10.1038/s42256-024-00832-8',
      url: 'https://doi.org/10.1038/s42256-024-00832-8',
    });
    expect(paper.authors.slice(0, 2)).toEqual(['Andres M. Bran', 'Sam Cox']);
    expect(paper.abstract).toMatch(/^Large language models \(LLMs\) have/);
    expect(paper.abstract).not.toMatch(/<|jats|^Abstract/);
  });

  it('reads a work without an abstract', () => {
    const paper = parseCrossrefWork(
      read('works_10.1371_journal.pone.0033693.body.json'),
    );
    expect(paper).toMatchObject({venue: 'PLoS ONE', year: 2012});
    expect('abstract' in paper).toBe(false);
  });

  it.each([
    'works_10.1371_notarealdoi_404.body.txt',
    'works_10.48550_arxiv.2312.07559_404.body.txt',
  ])('calls the 404 text of %s unreadable, not a paper', file => {
    expect(parseCrossrefWork(read(file))).toEqual({
      error: 'Crossref sent an unreadable answer.',
    });
  });

  it('keeps paragraphs apart and decodes entities', () => {
    expect(
      jatsToText(
        '<jats:title>Abstract</jats:title><jats:p>One &amp; <jats:italic>two</jats:italic>.</jats:p><jats:p>Three.</jats:p>',
      ),
    ).toBe('One & two.\n\nThree.');
  });
});

describe('ACL Anthology pages', () => {
  it('reads a new-style page', () => {
    expect(
      parseAclPage(
        read('landing_2021.naacl-main.208.html'),
        '2021.naacl-main.208',
      ),
    ).toEqual({
      title: 'How many data points is a prompt worth?',
      authors: ['Teven Le Scao', 'Alexander M. Rush'],
      venue:
        'Proceedings of the 2021 Conference of the North American Chapter of the Association for Computational Linguistics: Human Language Technologies',
      year: 2021,
      publicationDate: '2021-06',
      doi: '10.18653/v1/2021.naacl-main.208',
      aclId: '2021.naacl-main.208',
      url: 'https://aclanthology.org/2021.naacl-main.208/',
    });
  });

  it('reads an old page with a year only and no DOI', () => {
    const paper = parseAclPage(read('landing_N04-1001.html'), 'N04-1001');
    if ('error' in paper) throw new Error(paper.error);
    expect(paper.authors).toHaveLength(8);
    expect(paper.publicationDate).toBe('2004');
    expect(paper.doi).toBeUndefined();
  });

  it('says a page without citation tags holds no paper', () => {
    expect(parseAclPage('<html><head></head></html>', 'X')).toEqual({
      error: 'The ACL Anthology page has no paper on it.',
    });
  });
});

describe('asPaper', () => {
  it('gives an arXiv paper found elsewhere its arXiv pages', () => {
    const paper = parseS2Paper(
      read('get_paper_DOI_10.48550_arxiv.2312.07559.body.json'),
    );
    if ('error' in paper) throw new Error(paper.error);
    expect(asPaper(paper, '2312.07559')).toMatchObject({
      id: '2312.07559',
      absUrl: 'https://arxiv.org/abs/2312.07559',
      published: '2023-12-08',
      journalRef: 'arXiv.org',
      categories: [],
    });
  });
});
