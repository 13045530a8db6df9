// The identity of papers not on arXiv: keys, the pages entries link to, and which heads the outline reads as entries.
import {buildOutline, summarizeBlocks} from '../../src/core/outline';
import type {Block} from '../../src/core/doc-model';
import * as bibtexParse from 'bibtex-parse';
import {bibtexRecords} from '../../src/core/bibtex';
import {formatEntry} from '../../src/core/entry-format';
import {
  canonicalId,
  entryPageUrl,
  isArxivEntryId,
  refIdOfPageUrl,
} from '../../src/core/paper-identity';
import {DEFAULT_SETTINGS} from '../../src/core/settings';
import type {Paper} from '../../src/core/types';

function paper(id: string, extra: Partial<Paper> = {}): Paper {
  return {
    id,
    version: '',
    title: 'A Paper',
    authors: ['Ada Lovelace', 'Alan Turing'],
    published: '2021-06',
    updated: '2021-06',
    summary: 'It works. Really.',
    primaryCategory: '',
    categories: [],
    absUrl: '',
    pdfUrl: '',
    ...extra,
  };
}

function entriesOf(body: Block[]) {
  const outline = buildOutline(
    summarizeBlocks([
      {type: 'paragraph', text: 'S', heading: 'HEADING2'},
      ...body,
    ]),
  );
  return outline.sections[0].entries;
}

describe('paper identity', () => {
  it('tells arXiv ids from keys, and links each to its own page', () => {
    expect(isArxivEntryId('2106.15590')).toBe(true);
    expect(isArxivEntryId('hep-th/9901001')).toBe(true);
    expect(isArxivEntryId('doi:10.1234/x')).toBe(false);
    expect(entryPageUrl('doi:10.18653/v1/2021.naacl-main.208')).toBe(
      'https://doi.org/10.18653/v1/2021.naacl-main.208',
    );
    expect(entryPageUrl('acl:N04-1001')).toBe(
      'https://aclanthology.org/N04-1001/',
    );
    expect(entryPageUrl('url:https://x.org/a')).toBe('https://x.org/a');
    expect(refIdOfPageUrl('https://doi.org/10.1371/journal.pone.0033693')).toBe(
      'doi:10.1371/journal.pone.0033693',
    );
    expect(refIdOfPageUrl('https://example.org/see/10.1371/x')).toBeNull();
  });

  it('files a paper under its arXiv id, else its DOI, else its Anthology id', () => {
    const asked = {kind: 'acl' as const, id: 'N04-1001'};
    expect(
      canonicalId(
        {title: 't', authors: [], arxivId: '1706.03762', doi: '10.1/x'},
        asked,
      ),
    ).toBe('1706.03762');
    expect(
      canonicalId(
        {title: 't', authors: [], doi: '10.1234/X', aclId: 'N04-1001'},
        asked,
      ),
    ).toBe('doi:10.1234/x');
    expect(
      canonicalId({title: 't', authors: [], aclId: 'N04-1001'}, asked),
    ).toBe('acl:N04-1001');
  });

  it('writes a DOI entry with venue and date and reads it back with its key', () => {
    const blocks = formatEntry(
      paper('doi:10.1234/x', {journalRef: 'PLoS ONE'}),
      'gist',
      DEFAULT_SETTINGS.entryFormat,
    );
    expect(blocks[0].type !== 'table' && blocks[0].text).toMatch(
      /^A Paper - Ada Lovelace, Alan Turing · PLoS ONE · Jun 2021/,
    );
    const [entry] = entriesOf(blocks);
    expect(entry).toMatchObject({
      id: 'doi:10.1234/x',
      title: 'A Paper',
      written: true,
    });
  });

  it('reads a titled link as an entry only in the form the add-on writes', () => {
    const link = paper('url:https://ai.stanford.edu/blog/x/', {
      authors: [],
      published: '',
      summary: '',
    });
    const written = formatEntry(link, 'gist', DEFAULT_SETTINGS.entryFormat);
    expect(entriesOf(written).map(e => e.id)).toEqual([
      'url:https://ai.stanford.edu/blog/x/',
    ]);
    // A hand-written line with a blog link is text, not an entry.
    const text = 'See the post - it is good';
    expect(
      entriesOf([
        {
          type: 'paragraph',
          text,
          links: [{start: 0, end: 12, url: 'https://ai.stanford.edu/blog/x/'}],
        },
      ]),
    ).toEqual([]);
  });

  it('writes a conference DOI paper as @inproceedings with its DOI', () => {
    const text = bibtexRecords([
      paper('doi:10.18653/v1/2021.naacl-main.208', {
        journalRef: 'Proceedings of the 2021 Conference of NAACL',
        published: '2021-06',
      }),
    ]);
    expect(bibtexParse.entries(text)).toEqual([
      expect.objectContaining({
        type: 'inproceedings',
        DOI: '10.18653/v1/2021.naacl-main.208',
        BOOKTITLE: 'Proceedings of the 2021 Conference of NAACL',
        YEAR: '2021',
        URL: 'https://doi.org/10.18653/v1/2021.naacl-main.208',
      }),
    ]);
  });
});
