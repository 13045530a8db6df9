// previewPapers on the sample giant doc through the bundle: duplicates found, sections suggested, nothing written.
import type {DocJson} from '../../src/core/doc-model';
import type {PreviewResult} from '../../src/core/types';
import giantDoc from '../../samples/giant-doc.json';
import {arxivReplay} from '../support/arxiv-replay';
import {loadDist} from '../support/dist-bundle';

describe('previewPapers on the sample doc (bundle)', () => {
  it('suggests sections for new papers and finds those already filed', () => {
    const replay = arxivReplay();
    const {env, fns} = loadDist({
      document: giantDoc as DocJson,
      fetch: r => replay.handle(r),
    });
    const before = env.document.toJSON();
    const result = env.scriptRun(
      fns,
      'previewPapers',
      'https://arxiv.org/pdf/1605.08386v1.pdf and the FNO paper arXiv:2010.08895v3',
    ) as PreviewResult;

    expect(result.sections).toContain('ML Math');
    const [fresh, filed] = result.items;
    expect(fresh).toMatchObject({id: '1605.08386', status: 'ready'});
    expect(fresh.suggestions).toHaveLength(3);
    const sections = new Set([...result.sections, 'Inbox']);
    for (const s of fresh.suggestions ?? []) {
      expect(s.isNew || sections.has(s.section)).toBe(true);
      expect(s.reasons.length).toBeGreaterThan(0);
    }
    expect(filed).toMatchObject({
      id: '2010.08895',
      status: 'duplicate',
      existingSection: 'ML Math',
    });
    // The recorded feeds lack this paper; the card still reads from the doc's entry.
    expect(filed.existingTitle).toMatch(/^Fourier Neural Operator/);
    expect(env.document.toJSON()).toEqual(before);
  });
});
