// The paste box's examples and the sample haul: real recorded papers the sample doc lacks, so a newcomer's first haul inserts.
import {extractIds} from '../../src/core/arxiv-id';
import {
  EXAMPLE_PASTE,
  SAMPLE_HAUL,
  SAMPLE_HAUL_DUPLICATE_ID,
  SAMPLE_HAUL_NEW_IDS,
} from '../../src/ui/lib/sample-haul';
import {buildGiantDoc} from '../../samples/giant-doc';
import {arxivReplay} from '../support/arxiv-replay';

const sampleDoc = JSON.stringify(buildGiantDoc());
const recorded = new Set(arxivReplay().ids);

function idsOf(text: string): string[] {
  return extractIds(text).ids.map(m => m.id);
}

describe('the sample haul', () => {
  it('holds the new ids and the duplicate, and nothing else', () => {
    expect(idsOf(SAMPLE_HAUL)).toEqual([
      ...SAMPLE_HAUL_NEW_IDS,
      SAMPLE_HAUL_DUPLICATE_ID,
    ]);
  });

  it('files papers arXiv answers in the recordings and the sample doc lacks', () => {
    for (const id of SAMPLE_HAUL_NEW_IDS) {
      expect(recorded.has(id)).toBe(true);
      expect(sampleDoc).not.toContain(id);
    }
    expect(sampleDoc).toContain(`arxiv.org/abs/${SAMPLE_HAUL_DUPLICATE_ID}`);
  });

  it('shows example ids in the paste box that insert into the sample doc', () => {
    const examples = idsOf(EXAMPLE_PASTE);
    expect(examples).toHaveLength(2);
    for (const id of examples) {
      expect(recorded.has(id)).toBe(true);
      expect(sampleDoc).not.toContain(id);
    }
  });
});
