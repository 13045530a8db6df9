// The preview use case: statuses in paste order, limits with clear messages, one lookup per preview.
import {ArxivClient, RATE_LIMITED} from '../../../src/app/shared/arxiv-client';
import type {ArxivLookup} from '../../../src/app/shared/arxiv-client';
import {
  MAX_IDS,
  NOT_ANSWERED,
  previewPapers,
} from '../../../src/app/haul/preview';
import {FakeClock, MemoryCache, loggedHttp} from '../../support/arxiv-fakes';
import {MemoryStore} from '../../support/fakes';
import {arxivReplay} from '../../support/arxiv-replay';
import {readFixture} from '../../support/atom-suite';
import {xmldomParser} from '../../../scripts/lib/xmldom-parser';
import {MemoryDocument} from '../../support/memory-document';
import {DEFAULT_SETTINGS} from '../../../src/core/settings';

function replayClient() {
  const replay = arxivReplay();
  const clock = new FakeClock();
  const http = loggedHttp(clock, r => ({headers: {}, ...replay.handle(r)}));
  const arxiv = new ArxivClient({
    http,
    clock,
    cache: new MemoryCache(clock),
    spacing: new MemoryStore(),
    xml: xmldomParser(),
  });
  return {arxiv, http};
}

describe('previewPapers', () => {
  it('gives one item per id and look-alike, in paste order, with its status', () => {
    const {arxiv, http} = replayClient();
    const result = previewPapers(
      'https://arxiv.org/abs/2104.12255v1 and 2313.12345\narXiv:2601.99999 ' +
        'https://arxiv.org/pdf/1707.08567 again 2104.12255',
      {arxiv},
    );
    expect(http.sent).toHaveLength(1);
    expect(result.sections).toEqual([]);
    expect(result.message).toBeUndefined();
    expect(result.items.map(i => [i.input, i.status, i.id])).toEqual([
      ['https://arxiv.org/abs/2104.12255v1', 'ready', '2104.12255'],
      ['2313.12345', 'invalid', undefined],
      ['arXiv:2601.99999', 'not_found', '2601.99999'],
      ['https://arxiv.org/pdf/1707.08567', 'ready', '1707.08567'],
    ]);
    expect(result.items[0].paper?.title).toBe('0');
    expect(result.items[1].message).toContain('there is no month 13');
    expect(result.items[2].message).toBe('arXiv has no paper 2601.99999.');
  });

  it('marks every unfetched id as error with the plain message, and no id as not found', () => {
    const arxiv = {
      lookup: (): ArxivLookup => ({
        papers: {},
        missing: [],
        error: RATE_LIMITED,
      }),
    };
    const result = previewPapers('2104.12255 2601.99999 hep-th/9913001', {
      arxiv,
    });
    expect(result.message).toBe(RATE_LIMITED);
    expect(result.items.map(i => i.status)).toEqual([
      'error',
      'error',
      'invalid',
    ]);
    expect(result.items[0].message).toBe(RATE_LIMITED);
  });

  it('refuses a paste over 200 KB without looking anything up', () => {
    const lookup = jest.fn();
    const result = previewPapers('x'.repeat(200 * 1024 + 1), {arxiv: {lookup}});
    expect(result).toEqual({
      items: [],
      sections: [],
      message: 'That paste is 201 KB; paste at most 200 KB at a time.',
    });
    expect(lookup).not.toHaveBeenCalled();
  });

  it('refuses more than 500 ids without looking anything up', () => {
    const lookup = jest.fn();
    const ids = Array.from(
      {length: MAX_IDS + 1},
      (_, i) => `2601.${10001 + i}`,
    );
    const result = previewPapers(ids.join('\n'), {arxiv: {lookup}});
    expect(result.items).toEqual([]);
    expect(result.message).toBe(
      'That paste has 501 arXiv ids; paste at most 500 at a time.',
    );
    expect(lookup).not.toHaveBeenCalled();
  });

  it('takes exactly 500 ids', () => {
    const lookup = jest.fn((ids: string[]): ArxivLookup => ({
      papers: {},
      missing: ids,
    }));
    const ids = Array.from({length: MAX_IDS}, (_, i) => `2601.${10001 + i}`);
    const result = previewPapers(ids.join(' '), {arxiv: {lookup}});
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(result.items).toHaveLength(500);
    expect(result.message).toBeUndefined();
  });

  it('says when the paste holds no id, without a request', () => {
    const lookup = jest.fn();
    expect(previewPapers('just some notes', {arxiv: {lookup}})).toEqual({
      items: [],
      sections: [],
      message: 'No arXiv links or ids found in the pasted text.',
    });
    expect(
      previewPapers(undefined as unknown as string, {arxiv: {lookup}}).items,
    ).toEqual([]);
    expect(lookup).not.toHaveBeenCalled();
  });

  it('reads the document itself: its sections, duplicates and suggestions', () => {
    const {arxiv} = replayClient();
    const document = new MemoryDocument([
      {type: 'paragraph', text: 'Testing', heading: 'HEADING1'},
      {
        type: 'listItem',
        text: 'Title-is-0 paper - a note',
        links: [{start: 0, end: 17, url: 'https://arxiv.org/abs/2104.12255'}],
      },
      {type: 'paragraph', text: 'Inbox', heading: 'HEADING1'},
    ]);
    const result = previewPapers('2104.12255', {
      arxiv,
      document,
      settings: DEFAULT_SETTINGS,
    });
    expect(document.calls.read).toBe(1);
    expect(result.sections).toEqual(['Testing', 'Inbox']);
    expect(result.items[0]).toMatchObject({
      status: 'duplicate',
      existingSection: 'Testing',
      paper: {id: '2104.12255'},
    });
  });
});

describe('previewPapers on a feed cut short', () => {
  it('says arXiv did not answer, not that there is no such paper, when totalResults promised more', () => {
    const clock = new FakeClock();
    const feed = readFixture(
      'legacy-2025-08_nonexistent-1201.56789_totalResults-1-no-entry.xml',
    );
    const arxiv = new ArxivClient({
      http: loggedHttp(clock, () => ({status: 200, body: feed, headers: {}})),
      clock,
      cache: new MemoryCache(clock),
      spacing: new MemoryStore(),
      xml: xmldomParser(),
    });
    // The recorded answer (its own id, 1201.56789, is malformed) stands for any id's.
    const result = previewPapers('arXiv:2111.00364', {arxiv});
    expect(result.items).toEqual([
      {
        input: 'arXiv:2111.00364',
        id: '2111.00364',
        status: 'error',
        message: NOT_ANSWERED,
      },
    ]);
    expect(NOT_ANSWERED).toMatch(/did not answer for this id/);
  });
});

describe('previewPapers with links that are not arXiv', () => {
  it('gives such a link its own card, in paste order, without asking arXiv for it', () => {
    const {arxiv, http} = replayClient();
    const result = previewPapers(
      'https://openreview.net/forum?id=abc then arXiv:1605.08386',
      {arxiv},
    );
    expect(http.sent).toHaveLength(1);
    expect(result.items.map(i => [i.status, i.input])).toEqual([
      ['invalid', 'https://openreview.net/forum?id=abc'],
      ['ready', 'arXiv:1605.08386'],
    ]);
    expect(result.items[0]).toMatchObject({
      otherLink: {host: 'openreview.net'},
      message: expect.stringMatching(/is not an arXiv paper/),
    });
  });

  it('answers a paste of only such links with their cards, not "no ids found"', () => {
    const {arxiv, http} = replayClient();
    const result = previewPapers('https://doi.org/10.1145/3442188.3445922', {
      arxiv,
    });
    expect(http.sent).toHaveLength(0);
    expect(result.message).toBeUndefined();
    expect(result.items).toHaveLength(1);
  });
});
