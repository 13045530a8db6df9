// Links without an arXiv id are found once each, in paste order, with their host; arXiv links of any form are left to extractIds.
import {
  MAX_OTHER_LINKS,
  findOtherLinks,
  otherLinkMessage,
} from '../../src/core/other-links';

describe('findOtherLinks', () => {
  it('finds non-arXiv links, trims punctuation, and skips every arXiv form', () => {
    const text = [
      'see https://openreview.net/forum?id=abc123.',
      'arxiv https://arxiv.org/abs/2111.11432 and https://www.alphaxiv.org/abs/2111.11432',
      'doi https://doi.org/10.48550/arXiv.2106.15590 vs https://doi.org/10.1145/3442188.3445922,',
      '(blog: https://en.wikipedia.org/wiki/Attention_(machine_learning))',
      'again https://openreview.net/forum?id=abc123',
      'typo https://arxiv.org/abs/2113.00001',
    ].join('\n');
    expect(findOtherLinks(text).map(l => [l.input, l.host])).toEqual([
      ['https://openreview.net/forum?id=abc123', 'openreview.net'],
      ['https://doi.org/10.1145/3442188.3445922', 'doi.org'],
      [
        'https://en.wikipedia.org/wiki/Attention_(machine_learning)',
        'en.wikipedia.org',
      ],
    ]);
    const [first] = findOtherLinks(text);
    expect(text.slice(first.index, first.index + first.input.length)).toBe(
      first.input,
    );
  });

  it('stops at MAX_OTHER_LINKS and says what to do', () => {
    const many = Array.from(
      {length: MAX_OTHER_LINKS + 5},
      (_, i) => `https://example.com/${i}`,
    ).join(' ');
    expect(findOtherLinks(many)).toHaveLength(MAX_OTHER_LINKS);
    expect(
      otherLinkMessage({input: 'x', index: 0, host: 'openreview.net'}),
    ).toMatch(/^This openreview\.net link is not an arXiv paper\..*arxiv\.org/);
  });
});
