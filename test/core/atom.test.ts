// parseFeed through the xmldom adapter: the shared fixture suite plus hand-made feeds for the edge cases.
import {parseFeed} from '../../src/core/atom';
import {atomFixtureSuite} from '../support/atom-suite';
import {xmldomParser} from '../../scripts/lib/xmldom-parser';

const parser = xmldomParser();
atomFixtureSuite('xmldom', xml => parser.parse(xml));

function feed(entries: string): string {
  return (
    '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom" ' +
    `xmlns:other="urn:example:other">${entries}</feed>`
  );
}

describe('parseFeed edge cases', () => {
  it('matches elements by namespace, not by local name or position', () => {
    const result = parseFeed(
      parser.parse(
        feed(`<entry>
          <other:title>Wrong namespace</other:title>
          <arxiv:comment>  spread
             over lines </arxiv:comment>
          <other:comment>not arXiv's</other:comment>
          <author><other:name>Nobody</other:name><name>Ada  Lovelace</name></author>
          <title>Right
            title</title>
          <id>http://arxiv.org/abs/2111.11432v3</id>
          <category term="cs.CV"/><category term="I.2.10"/><category term="cs.CV"/>
        </entry>`),
      ),
    );
    expect(result).toEqual({
      papers: [
        expect.objectContaining({
          id: '2111.11432',
          version: '3',
          title: 'Right title',
          comment: 'spread over lines',
          authors: ['Ada Lovelace'],
          primaryCategory: 'cs.CV',
          categories: ['cs.CV'],
          otherCategories: ['I.2.10'],
          absUrl: 'https://arxiv.org/abs/2111.11432v3',
          pdfUrl: 'https://arxiv.org/pdf/2111.11432v3',
        }),
      ],
    });
  });

  it('reports the error entry even when papers come with it', () => {
    const result = parseFeed(
      parser.parse(
        feed(`<entry><id>http://arxiv.org/abs/2111.11432v1</id><title>A</title></entry>
          <entry><id>https://arxiv.org/api/errors#max_results_too_large</id>
          <summary>max_results too large</summary></entry>`),
      ),
    );
    expect(result).toEqual({
      error: 'arXiv reported an error: max_results too large.',
    });
  });

  it('skips entries whose id is not an arXiv paper', () => {
    const result = parseFeed(
      parser.parse(
        feed(`<entry><id>http://example.org/abs/2111.11432v1</id></entry>
          <entry><id>http://arxiv.org/abs/2113.11432v1</id></entry>`),
      ),
    );
    expect(result).toEqual({papers: []});
  });

  it('answers a root that is not an Atom feed with an error', () => {
    expect(
      parseFeed(parser.parse('<html><body>Rate exceeded.</body></html>')),
    ).toEqual({
      error: 'arXiv sent something that is not an Atom feed.',
    });
  });

  it('throws on text that is not XML, as XmlService does', () => {
    expect(() => parser.parse('Rate exceeded.')).toThrow();
  });
});
