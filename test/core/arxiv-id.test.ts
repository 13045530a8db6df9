// Finding, validating and normalizing arXiv ids in every pasted form (docs/PLATFORM.md, "arXiv identifiers").
import {
  absUrl,
  extractIds,
  findArxivIdInUrl,
  parseArxivId,
} from '../../src/core/arxiv-id';

const FRAGMENTS: Record<string, string> = {
  'https://arxiv.org/html/2111.11432v2/#S3.SS1':
    'https://arxiv.org/html/2111.11432v2',
  'doi = {10.48550/ARXIV.2111.11432},': '10.48550/ARXIV.2111.11432',
  'https://huggingface.co/papers/2310.06825': '2310.06825',
};

describe('extractIds: every form people paste', () => {
  it.each([
    ['https://arxiv.org/abs/2111.11432', '2111.11432', undefined],
    ['http://arxiv.org/abs/2111.11432v2', '2111.11432', '2'],
    ['arxiv.org/abs/2111.11432', '2111.11432', undefined],
    ['https://www.arxiv.org/abs/2111.11432', '2111.11432', undefined],
    ['https://export.arxiv.org/abs/2111.11432v1', '2111.11432', '1'],
    ['https://arxiv.org/pdf/2111.11432', '2111.11432', undefined],
    ['https://arxiv.org/pdf/2111.11432v3', '2111.11432', '3'],
    ['https://arxiv.org/pdf/2111.11432.pdf', '2111.11432', undefined],
    ['https://arxiv.org/pdf/2111.11432v3.pdf', '2111.11432', '3'],
    ['http://export.arxiv.org/pdf/1707.08567v1.pdf', '1707.08567', '1'],
    ['https://arxiv.org/html/2111.11432v2', '2111.11432', '2'],
    ['https://arxiv.org/html/2111.11432v2/#S3.SS1', '2111.11432', '2'],
    ['https://www.alphaxiv.org/abs/2111.11432', '2111.11432', undefined],
    ['https://www.alphaxiv.org/pdf/2111.11432v1', '2111.11432', '1'],
    ['https://alphaxiv.org/overview/2111.11432', '2111.11432', undefined],
    ['https://ar5iv.labs.arxiv.org/html/2111.11432', '2111.11432', undefined],
    ['https://ar5iv.org/abs/2111.11432', '2111.11432', undefined],
    [
      'https://ar5iv.labs.arxiv.org/html/hep-th/9901001',
      'hep-th/9901001',
      undefined,
    ],
    ['https://doi.org/10.48550/arXiv.2111.11432', '2111.11432', undefined],
    ['https://dx.doi.org/10.48550/ARXIV.2111.11432', '2111.11432', undefined],
    ['doi = {10.48550/ARXIV.2111.11432},', '2111.11432', undefined],
    ['arXiv:2111.11432', '2111.11432', undefined],
    ['arXiv:2111.11432v2', '2111.11432', '2'],
    ['arxiv: 2111.11432', '2111.11432', undefined],
    ['ARXIV:hep-th/9901001v3', 'hep-th/9901001', '3'],
    ['2111.11432', '2111.11432', undefined],
    ['2111.11432v12', '2111.11432', '12'],
    ['0704.0001', '0704.0001', undefined],
    ['1412.9999', '1412.9999', undefined],
    ['1501.00001', '1501.00001', undefined],
    ['hep-th/9901001', 'hep-th/9901001', undefined],
    ['hep-th/9901001v2', 'hep-th/9901001', '2'],
    ['math.GT/0309136', 'math/0309136', undefined],
    ['https://arxiv.org/abs/math.GT/0309136v1', 'math/0309136', '1'],
    ['arXiv:cs.AI/0101001', 'cs/0101001', undefined],
    ['https://arxiv.org/abs/astro-ph/0601001', 'astro-ph/0601001', undefined],
    ['https://arxiv.org/pdf/quant-ph/0201082v1', 'quant-ph/0201082', '1'],
    ['hep-th/9108001', 'hep-th/9108001', undefined],
    ['math/0703999', 'math/0703999', undefined],
    ['https://huggingface.co/papers/2310.06825', '2310.06825', undefined],
  ])('%s -> %s (version %s)', (text, id, version) => {
    const found = extractIds(`See ${text} today.`);
    expect(found.invalid).toEqual([]);
    expect(found.ids).toHaveLength(1);
    expect(found.ids[0].id).toBe(id);
    expect(found.ids[0].version).toBe(version);
    // The fragment is the link or id itself, without what surrounds it.
    const fragment = FRAGMENTS[text] ?? text;
    expect(found.ids[0].input).toBe(fragment);
    expect(found.ids[0].index).toBe(`See ${text} today.`.indexOf(fragment));
  });

  it('finds every id of a list of tabs, deduplicated in first-seen order', () => {
    const text = [
      'https://arxiv.org/abs/2111.11432',
      'https://arxiv.org/pdf/1707.08567v1',
      'https://arxiv.org/abs/2111.11432v2',
      'arXiv:hep-th/9901001',
      'https://arxiv.org/abs/hep-th/9901001v1',
      '1707.08567',
    ].join('\n');
    const {ids, invalid} = extractIds(text);
    expect(invalid).toEqual([]);
    expect(ids.map(m => m.id)).toEqual([
      '2111.11432',
      '1707.08567',
      'hep-th/9901001',
    ]);
    for (const m of ids) {
      expect(text.substr(m.index, m.input.length)).toBe(m.input);
    }
  });

  it('reads a BibTeX block and a chat message', () => {
    const bibtex = `@misc{yuan2021florence,
      title={Florence: A New Foundation Model for Computer Vision},
      author={Lu Yuan and others},
      year={2021},
      eprint={2111.11432},
      archivePrefix={arXiv},
      primaryClass={cs.CV},
      doi={10.48550/arXiv.2104.12255},
      note={also arXiv:1605.08386}
    }`;
    expect(extractIds(bibtex).ids.map(m => m.id)).toEqual([
      '2111.11432',
      '2104.12255',
      '1605.08386',
    ]);
    const chat =
      'have you read 2111.11432? (also https://arxiv.org/abs/1707.08567). ' +
      'Version 1.2.3, call me at 555.1234, 3.14159, from 2021.';
    expect(extractIds(chat)).toEqual({
      ids: [
        {id: '2111.11432', input: '2111.11432', index: 14},
        {
          id: '1707.08567',
          input: 'https://arxiv.org/abs/1707.08567',
          index: 32,
        },
      ],
      invalid: [],
    });
  });

  it.each([
    ['2313.12345', 'there is no month 13'],
    ['2100.12345', 'there is no month 00'],
    ['0612.1234', 'start in April 2007'],
    ['1501.1234', 'ids from 1501 on have 5 digits'],
    ['1412.12345', 'ids from 0704 to 1412 have 4 digits'],
    ['2111.114321', 'have 5 digits'],
    ['2111.00000', 'no paper number 0'],
    ['2111.11432v0', 'no version v0'],
    ['hep-th/0801001', 'from August 1991 (9108) to March 2007 (0703)'],
    ['hep-th/9107001', 'from August 1991'],
    ['hep-th/9913001', 'there is no month 13'],
    ['hep-th/99010011', '7 digits'],
    ['hep-th/9901000', 'no paper number 000'],
    ['https://arxiv.org/abs/abc', '“abc” is not an arXiv id'],
    ['https://arxiv.org/abs/2113.11432', 'there is no month 13'],
    ['arXiv:1234', '“1234” is not an arXiv id'],
    ['https://doi.org/10.48550/arXiv.0612.1234', 'start in April 2007'],
  ])('%s is invalid: %s', (text, reason) => {
    const {ids, invalid} = extractIds(`paper ${text} here`);
    expect(ids).toEqual([]);
    expect(invalid).toHaveLength(1);
    expect(invalid[0].input).toBe(text);
    expect(invalid[0].index).toBe(6);
    expect(invalid[0].message).toContain(reason);
  });

  it('lists the same invalid fragment once, with valid ids around it', () => {
    const {ids, invalid} = extractIds('2313.12345 2111.11432 2313.12345');
    expect(ids.map(m => m.id)).toEqual(['2111.11432']);
    expect(invalid.map(m => m.index)).toEqual([0]);
  });

  it('ignores what only resembles an id', () => {
    const text = [
      'x2111.11432',
      '1.2111.11432',
      '2111.11432.5',
      'foo/9901001',
      'stat/0601001',
      'https://example.com/abs/2111.11432x',
      'arxiv.org/list/cs.LG/recent',
      '3.14159',
      'ISBN 978-3-16-148410-0',
    ].join(' ');
    expect(extractIds(text)).toEqual({ids: [], invalid: []});
  });

  it('never throws on an empty or huge paste', () => {
    expect(extractIds('')).toEqual({ids: [], invalid: []});
    const huge = 'arXiv:2111.11432 '.repeat(10000);
    expect(extractIds(huge).ids).toHaveLength(1);
  });
});

describe('parseArxivId', () => {
  it('normalizes and keeps the version apart', () => {
    expect(parseArxivId(' 2111.11432v2 ')).toEqual({
      id: '2111.11432',
      version: '2',
    });
    expect(parseArxivId('math.GT/0309136')).toEqual({id: 'math/0309136'});
    expect(parseArxivId('cond-mat.str-el/0101001')).toEqual({
      id: 'cond-mat/0101001',
    });
  });

  it('explains why an id is not valid', () => {
    expect(parseArxivId('foo/9901001')).toEqual({
      error:
        '“foo/9901001” is not a valid arXiv id: there is no archive "foo". A valid id looks like hep-th/9901001.',
    });
    expect(parseArxivId('abc')).toEqual({
      error:
        '“abc” is not an arXiv id: ids look like 2401.01234 or hep-th/9901001.',
    });
    expect(parseArxivId('2111.11432v01')).toHaveProperty('error');
  });
});

describe('findArxivIdInUrl', () => {
  it.each([
    ['https://arxiv.org/abs/2111.11432v2', '2111.11432'],
    ['http://arxiv.org/pdf/2111.11432.pdf', '2111.11432'],
    ['https://export.arxiv.org/abs/hep-th/9901001', 'hep-th/9901001'],
    ['https://www.alphaxiv.org/overview/2111.11432', '2111.11432'],
    ['https://ar5iv.labs.arxiv.org/html/2111.11432', '2111.11432'],
    ['https://ar5iv.org/abs/math.GT/0309136', 'math/0309136'],
    ['https://doi.org/10.48550/arXiv.2111.11432', '2111.11432'],
    ['https://arxiv.org/html/2111.11432v1#S2', '2111.11432'],
  ])('%s -> %s', (url, id) => {
    expect(findArxivIdInUrl(url)).toBe(id);
  });

  it.each([
    'https://example.com/abs/2111.11432',
    'https://scholar.google.com/?q=https://arxiv.org/abs/2111.11432',
    'https://arxiv.org/abs/2113.11432',
    'https://arxiv.org/list/cs.LG/recent',
    'arXiv:2111.11432',
    '',
  ])('%s is not a paper link', url => {
    expect(findArxivIdInUrl(url)).toBeNull();
  });
});

describe('absUrl', () => {
  it('is the version-less https abstract page', () => {
    expect(absUrl('2111.11432')).toBe('https://arxiv.org/abs/2111.11432');
    expect(absUrl('hep-th/9901001')).toBe(
      'https://arxiv.org/abs/hep-th/9901001',
    );
  });
});
