// Entry format: head, gist and abstract blocks with their links and styles, for every format option.
import {
  firstSentence,
  formatAuthors,
  formatEntry,
} from '../../src/core/entry-format';
import {ABSTRACT_COLOR, formatMonth} from '../../src/core/entry-line';
import {DEFAULT_SETTINGS, type EntryFormat} from '../../src/core/settings';
import type {Paper} from '../../src/core/types';

const FORMAT = DEFAULT_SETTINGS.entryFormat;

function paper(overrides: Partial<Paper> = {}): Paper {
  return {
    id: '2111.11432',
    version: '1',
    title: 'Florence: A New Foundation Model for Computer Vision',
    authors: ['Lu Yuan', 'Dongdong Chen', 'Yi-Ling Chen', 'Noel Codella'],
    published: '2021-11-22T18:59:55Z',
    updated: '2021-11-22T18:59:55Z',
    summary:
      'Automated visual understanding of our diverse and open world demands computer vision models to generalize well. Second sentence.',
    primaryCategory: 'cs.CV',
    categories: ['cs.CV', 'cs.AI'],
    absUrl: 'https://arxiv.org/abs/2111.11432v1',
    pdfUrl: 'https://arxiv.org/pdf/2111.11432v1',
    ...overrides,
  };
}

const names = (n: number) =>
  Array.from({length: n}, (_, i) => `Author ${i + 1}`);

describe('formatEntry', () => {
  it('writes the default entry of docs/DESIGN.md: bold linked title, byline, gist, grey italic first sentence', () => {
    const title = 'Florence: A New Foundation Model for Computer Vision';
    const sentence =
      'Automated visual understanding of our diverse and open world demands computer vision models to generalize well.';
    expect(formatEntry(paper(), '  a strong  baseline\n', FORMAT)).toEqual([
      {
        type: 'listItem',
        text: `${title} - Lu Yuan, Dongdong Chen, Yi-Ling Chen, et al. · Nov 2021 · cs.CV · arXiv:2111.11432`,
        links: [
          {
            start: 0,
            end: title.length,
            url: 'https://arxiv.org/abs/2111.11432',
          },
        ],
        bold: [{start: 0, end: title.length}],
      },
      {
        type: 'listItem',
        text: 'a strong baseline',
        nesting: 1,
        glyph: 'HOLLOW_BULLET',
      },
      {
        type: 'listItem',
        text: sentence,
        nesting: 1,
        glyph: 'HOLLOW_BULLET',
        italic: [{start: 0, end: sentence.length}],
        colors: [{start: 0, end: sentence.length, color: ABSTRACT_COLOR}],
      },
    ]);
  });

  it('leaves out what the options turn off, and writes plain paragraphs in paragraph style', () => {
    const bare: EntryFormat = {
      maxAuthors: 0,
      showDate: false,
      showCategories: false,
      showIdLabel: false,
      abstract: 'none',
      style: 'paragraph',
    };
    expect(formatEntry(paper(), undefined, bare)).toEqual([
      {
        type: 'paragraph',
        text: 'Florence: A New Foundation Model for Computer Vision - Lu Yuan, Dongdong Chen, Yi-Ling Chen, Noel Codella',
        links: [{start: 0, end: 52, url: 'https://arxiv.org/abs/2111.11432'}],
        bold: [{start: 0, end: 52}],
      },
    ]);
    const noAuthors = formatEntry(paper({authors: []}), '   ', bare);
    expect(noAuthors.map(b => ('text' in b ? b.text : ''))).toEqual([
      'Florence: A New Foundation Model for Computer Vision',
    ]);
    const full = formatEntry(paper(), 'gist', {...bare, abstract: 'full'});
    expect(full.map(b => b.type)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
    expect(full[2]).toMatchObject({
      text: paper().summary,
      italic: [{start: 0, end: paper().summary.length}],
    });
  });

  it.each([
    [1, 'Author 1'],
    [2, 'Author 1, Author 2'],
    [3, 'Author 1, Author 2, Author 3'],
    [34, 'Author 1, Author 2, Author 3, et al.'],
  ])('shows %i authors as "%s" with the default limit of 3', (count, shown) => {
    const [head] = formatEntry(
      paper({authors: names(count)}),
      undefined,
      FORMAT,
    );
    expect('text' in head && head.text).toBe(
      `Florence: A New Foundation Model for Computer Vision - ${shown} · Nov 2021 · cs.CV · arXiv:2111.11432`,
    );
  });

  it('keeps LaTeX, non-ASCII and very long titles intact, with offsets in UTF-16 units', () => {
    const title =
      'Über $\\mathcal{O}(n^{2})$ attention: “ﬁne” 😀 results ' +
      'very long '.repeat(60);
    const [head] = formatEntry(
      paper({title: `  ${title}\n `, id: 'math/0309136'}),
      undefined,
      FORMAT,
    );
    const clean = title.trim();
    expect(head).toMatchObject({
      links: [
        {
          start: 0,
          end: clean.length,
          url: 'https://arxiv.org/abs/math/0309136',
        },
      ],
      bold: [{start: 0, end: clean.length}],
    });
    expect('text' in head && head.text.slice(0, clean.length)).toBe(clean);
    expect('text' in head && head.text.endsWith('arXiv:math/0309136')).toBe(
      true,
    );
  });

  it('writes the id when arXiv sent an empty title and keeps a title of "0"', () => {
    const [empty] = formatEntry(paper({title: ' '}), undefined, FORMAT);
    expect('text' in empty && empty.text.startsWith('2111.11432 - ')).toBe(
      true,
    );
    const [zero] = formatEntry(paper({title: '0'}), undefined, FORMAT);
    expect(zero).toMatchObject({links: [{start: 0, end: 1}]});
  });
});

describe('firstSentence', () => {
  it('does not cut at e.g., i.e., et al., decimals, initials or abbreviations', () => {
    expect(
      firstSentence(
        'We study models, e.g. Transformers, i.e. attention nets, as in Vaswani et al. 2017, reaching 3.5 BLEU vs. 2.1 with J. Smith. Next one.',
      ),
    ).toBe(
      'We study models, e.g. Transformers, i.e. attention nets, as in Vaswani et al. 2017, reaching 3.5 BLEU vs. 2.1 with J. Smith.',
    );
    expect(firstSentence('Is it real? Yes.')).toBe('Is it real?');
    expect(firstSentence('We prove $x = 1$. Then $y$ follows.')).toBe(
      'We prove $x = 1$.',
    );
    expect(firstSentence('Cf. Fig. 3 for details. Done.')).toBe(
      'Cf. Fig. 3 for details.',
    );
    expect(firstSentence('no period at all')).toBe('no period at all');
    // "etc." followed by a capital ends the sentence; followed by lower case it does not.
    expect(
      firstSentence('Traffic, weather, etc. By analyzing images we win.'),
    ).toBe('Traffic, weather, etc.');
    expect(firstSentence('Traffic, etc. are hard. Next.')).toBe(
      'Traffic, etc. are hard.',
    );
    expect(firstSentence('  A\n  spread   sentence.  Next.')).toBe(
      'A spread sentence.',
    );
  });

  it('cuts a very long sentence at a word and marks it', () => {
    const long = 'word '.repeat(200) + 'end. Next.';
    const result = firstSentence(long);
    expect(result.length).toBeLessThanOrEqual(401);
    expect(result.endsWith('word…')).toBe(true);
  });
});

describe('formatAuthors and formatMonth', () => {
  it('shows all names when the limit is 0 and collapses their spacing', () => {
    expect(formatAuthors(names(34), 0).split(', ')).toHaveLength(34);
    expect(formatAuthors([' Yann  LeCun ', ''], 3)).toBe('Yann LeCun');
  });
  it('reads the month in UTC and gives nothing for a bad date', () => {
    expect(formatMonth('2021-12-31T23:59:59Z')).toBe('Dec 2021');
    expect(formatMonth('not a date')).toBe('');
  });
});
