// Google Docs' 1.02 million character limit: counting, the 90% warning and the refusal of what would pass it.
import {
  DOC_CHARACTER_LIMIT,
  blockCharacters,
  documentCharacters,
  documentSize,
  refuseOversize,
} from '../../src/core/doc-size';

describe('document size', () => {
  it('counts each block and its line end; a table its cells, tabs and line ends', () => {
    expect(documentCharacters([{text: 'abc'}, {text: ''}])).toBe(5);
    expect(
      blockCharacters([
        {type: 'paragraph', text: 'ab'},
        {type: 'table', rows: [['a', 'b'], ['c']]},
      ]),
    ).toBe(3 + 6);
  });

  it('warns from 90% of 1,020,000 characters, saying what to do, and not below', () => {
    expect(DOC_CHARACTER_LIMIT).toBe(1_020_000);
    expect(documentSize(917_999).warning).toBeUndefined();
    const near = documentSize(918_000);
    expect(near.fraction).toBeCloseTo(0.9);
    expect(near.warning).toBe(
      'This document is 90% full (918,000 of about 1,020,000 characters Google Docs allows). Set Abstract to "none" in Settings so new entries stay short, or start an archive doc: move older sections into a new document.',
    );
  });

  it('refuses what would pass the limit and lets through what reaches it exactly', () => {
    expect(refuseOversize(1_019_000, 1_000)).toBeNull();
    expect(refuseOversize(1_019_000, 1_001)).toMatch(
      /^Not inserted: .* Nothing was written\. Set Abstract to "none"/,
    );
  });
});
