// A preview annotated from the sample giant doc: its sections, duplicates, and suggestions for ready papers.
import {annotatePreview} from '../../../src/app/haul/annotate-preview';
import {buildOutline, summarizeBlocks} from '../../../src/core/outline';
import {DEFAULT_SETTINGS} from '../../../src/core/settings';
import type {Paper, PreviewResult} from '../../../src/core/types';
import giantDoc from '../../../samples/giant-doc.json';
import type {DocJson} from '../../../src/core/doc-model';

function paper(
  id: string,
  title: string,
  summary: string,
  cats: string[],
): Paper {
  return {
    id,
    version: '1',
    title,
    authors: ['A. Author'],
    published: '2024-01-01T00:00:00Z',
    updated: '2024-01-01T00:00:00Z',
    summary,
    primaryCategory: cats[0],
    categories: cats,
    absUrl: `https://arxiv.org/abs/${id}v1`,
    pdfUrl: `https://arxiv.org/pdf/${id}v1`,
  };
}

describe('annotatePreview on the sample doc', () => {
  const outline = buildOutline(summarizeBlocks((giantDoc as DocJson).body), {});

  it('lists the sections, marks duplicates and suggests a section for each ready paper', () => {
    const result: PreviewResult = {
      sections: [],
      items: [
        {
          input: '2401.00001',
          id: '2401.00001',
          status: 'ready',
          paper: paper(
            '2401.00001',
            'Retrieval-augmented language models for open-domain question answering',
            'We pretrain a language model with a retriever over Wikipedia and show gains on question answering benchmarks.',
            ['cs.CL'],
          ),
        },
        {input: 'arXiv:2010.08895', id: '2010.08895', status: 'ready'},
        {input: '2313.1', status: 'invalid', message: 'no month 13'},
      ],
    };
    annotatePreview(result, outline, DEFAULT_SETTINGS);

    expect(result.sections).toContain('NLP');
    expect(result.sections[0]).toBe('ML Math');
    const [fresh, known, invalid] = result.items;
    expect(fresh.status).toBe('ready');
    expect(fresh.suggestions).toHaveLength(3);
    expect(fresh.suggestions?.[0].section).toBe('NLP');
    expect(fresh.suggestions?.[0].reasons.length).toBeGreaterThan(0);
    for (const s of fresh.suggestions ?? []) {
      expect(s.confidence).toBeGreaterThanOrEqual(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
    }
    expect(known).toMatchObject({
      status: 'duplicate',
      existingSection: 'ML Math',
    });
    expect(known.suggestions).toBeUndefined();
    expect(invalid.status).toBe('invalid');
  });

  it('leaves a preview with nothing ready without suggestions', () => {
    const result: PreviewResult = {
      sections: [],
      items: [{input: '2112.99999', id: '2112.99999', status: 'not_found'}],
    };
    annotatePreview(result, outline, DEFAULT_SETTINGS);
    expect(result.items[0].suggestions).toBeUndefined();
    expect(result.sections).toHaveLength(outline.sections.length);
  });
});
