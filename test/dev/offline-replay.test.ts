// The offline replay's truth: the sample doc's papers as the sample holds them, and "not in the offline recordings" for the rest.
import {parseFeed} from '../../src/core/atom';
import {
  arxivReplay,
  notRecordedMessage,
  offlinePreview,
} from '../support/arxiv-replay';
import {SAMPLE_ENTRY_COMMENT} from '../support/sample-paper-entries';
import {xmldomParser} from '../../scripts/lib/xmldom-parser';

const replay = arxivReplay();
const DEC_2021_ML = [
  '2111.00364',
  '2106.15590',
  '2102.01454',
  '2111.00210',
  '2112.00861',
];

function ask(ids: string[]) {
  const reply = replay.handle({
    url: `https://export.arxiv.org/api/query?id_list=${ids.join(',')}&start=0&max_results=${ids.length}`,
    method: 'get',
  });
  const feed = parseFeed(xmldomParser().parse(reply.body));
  if ('error' in feed) throw new Error(feed.error);
  return feed.papers;
}

describe('the offline replay', () => {
  it("answers the sample doc's papers with what the sample holds, saying it is a partial copy", () => {
    expect(replay.sampleIds.length).toBeGreaterThan(200);
    const [paper] = ask(['2010.08895']);
    expect(paper).toMatchObject({
      id: '2010.08895',
      version: '',
      title:
        'Fourier Neural Operator for Parametric Partial Differential Equations',
      authors: ['Zongyi Li', 'Nikola Kovachki', 'Kamyar Azizzadenesheli'],
      published: '2020-10-01T00:00:00Z',
      primaryCategory: 'cs.LG',
      comment: SAMPLE_ENTRY_COMMENT,
      absUrl: 'https://arxiv.org/abs/2010.08895',
    });
    expect(paper.summary).toMatch(/^The classical development/);
  });

  it('keeps the recorded answer over the sample for an id both hold', () => {
    for (const id of replay.ids) {
      expect(replay.sampleIds).not.toContain(id);
    }
  });

  it('does not hold the Dec-2021 ML papers, and a preview says so instead of "arXiv has no paper"', () => {
    expect(ask(DEC_2021_ML)).toEqual([]);
    const preview = offlinePreview(
      {
        items: DEC_2021_ML.map(id => ({
          input: id,
          id,
          status: 'not_found',
          message: `arXiv has no paper ${id}.`,
        })),
      },
      replay,
    );
    expect(preview.items.map(i => i.message)).toEqual(
      DEC_2021_ML.map(notRecordedMessage),
    );
    expect(notRecordedMessage('2111.00364')).toMatch(
      /^2111\.00364 is not in the offline recordings/,
    );
  });

  it('leaves duplicates and held papers worded as they were', () => {
    const items = [
      {input: 'a', id: '2111.00364', status: 'duplicate', message: 'Already.'},
      {input: 'b', id: '1605.08386', status: 'not_found', message: 'kept'},
    ];
    expect(offlinePreview({items}, replay).items.map(i => i.message)).toEqual([
      'Already.',
      'kept',
    ]);
  });
});
