// findPaperRefs: DOIs, ACL Anthology and Semantic Scholar links beside the arXiv ids extractIds finds.
import fc from 'fast-check';
import {extractIds} from '../../src/core/arxiv-id';
import {findPaperRefs, refUrl, s2IdOf} from '../../src/core/paper-ref';

describe('findPaperRefs', () => {
  it('finds every form once, in paste order', () => {
    const text = [
      'See https://doi.org/10.1038/s42256-024-00832-8.',
      'and doi:10.18653/v1/2021.naacl-main.208 (ACL)',
      'https://aclanthology.org/2021.naacl-main.208/',
      'https://aclanthology.org/N04-1001.pdf',
      'https://www.semanticscholar.org/paper/Attention-is-All-you-Need-Vaswani/204e3073870fae3d05bcbc2f6a8e263d9b72e776',
      'arXiv:1706.03762 and 10.1038/S42256-024-00832-8',
    ].join('\n');
    const {ids, refs} = findPaperRefs(text);
    expect(ids.map(m => m.id)).toEqual(['1706.03762']);
    expect(refs.map(r => [r.kind, r.id])).toEqual([
      ['doi', '10.1038/s42256-024-00832-8'],
      ['doi', '10.18653/v1/2021.naacl-main.208'],
      ['acl', '2021.naacl-main.208'],
      ['acl', 'N04-1001'],
      ['s2', '204e3073870fae3d05bcbc2f6a8e263d9b72e776'],
    ]);
    expect(refs[0].input).toBe('https://doi.org/10.1038/s42256-024-00832-8');
    expect(refs[1].input).toBe('doi:10.18653/v1/2021.naacl-main.208');
  });

  it("reads arXiv's own DOIs as arXiv ids, not DOIs", () => {
    const {ids, refs} = findPaperRefs(
      'https://doi.org/10.48550/arXiv.2312.07559 and 10.48550/arxiv.2106.15590',
    );
    expect(ids.map(m => m.id)).toEqual(['2312.07559', '2106.15590']);
    expect(refs).toEqual([]);
  });

  it('keeps a DOI inside brackets without the bracket', () => {
    expect(findPaperRefs('(10.1371/journal.pone.0033693)').refs[0].id).toBe(
      '10.1371/journal.pone.0033693',
    );
  });

  it('names each reference for Semantic Scholar and links its own page', () => {
    expect(s2IdOf({kind: 'doi', id: '10.1/x'})).toBe('DOI:10.1/x');
    expect(s2IdOf({kind: 'acl', id: 'N04-1001'})).toBe('ACL:N04-1001');
    expect(refUrl({kind: 'acl', id: 'N04-1001'})).toBe(
      'https://aclanthology.org/N04-1001/',
    );
    expect(refUrl({kind: 'doi', id: '10.1/x'})).toBe('https://doi.org/10.1/x');
  });

  it('finds the arXiv ids exactly as extractIds does, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({maxLength: 200}), text => {
        const {ids, invalid} = findPaperRefs(text);
        expect({ids, invalid}).toEqual(extractIds(text));
      }),
      {numRuns: 300},
    );
  });
});
