// The plain-TypeScript XML parser: every recorded feed read as xmldom reads it, then the XML edge cases one by one.
import {parseFeed} from '../../src/core/atom';
import {parseXml} from '../../src/core/atom-xml';
import type {XmlElementLike} from '../../src/core/xml-element';
import {
  atomFixtureSuite,
  fixtureNames,
  readFixture,
} from '../support/atom-suite';
import {xmldomParser} from '../../scripts/lib/xmldom-parser';

atomFixtureSuite('parseXml (plain TypeScript)', parseXml);

/** The whole tree as plain data, to compare two parsers element by element. */
function shape(element: XmlElementLike, attrs: string[]): unknown {
  return {
    name: element.name(),
    namespace: element.namespace(),
    attrs: attrs.map(a => element.attr(a)),
    text: element.text(),
    children: element.children().map(c => shape(c, attrs)),
  };
}

const ATTRS = ['href', 'rel', 'title', 'type', 'term', 'scheme', 'xmlns'];

describe('parseXml against xmldom', () => {
  const xmldom = xmldomParser();
  it.each(fixtureNames())('%s: same tree, same papers and fields', name => {
    const xml = readFixture(name);
    expect(shape(parseXml(xml), ATTRS)).toEqual(
      shape(xmldom.parse(xml), ATTRS),
    );
    expect(parseFeed(parseXml(xml))).toEqual(parseFeed(xmldom.parse(xml)));
  });
});

describe('parseXml edge cases', () => {
  const ATOM = 'http://www.w3.org/2005/Atom';

  it('decodes the predefined and numeric references, in text and attributes', () => {
    const root = parseXml(
      '<a x="&lt;&amp;&gt;&quot;&apos;">&amp;amp; &#65;&#x42;&#x43;? &#x1F600; &#233;</a>',
    );
    expect(root.attr('x')).toBe('<&>"\'');
    expect(root.text()).toBe('&amp; ABC? \u{1F600} é');
  });

  it('keeps CDATA as it stands, markup and references included', () => {
    const root = parseXml(
      '<t>a <![CDATA[<b>&amp; $\\omega$]]> z<![CDATA[]]></t>',
    );
    expect(root.text()).toBe('a <b>&amp; $\\omega$ z');
    expect(root.children()).toEqual([]);
  });

  it('resolves default and prefixed namespaces, scoped to their element', () => {
    const root = parseXml(
      `<feed xmlns="${ATOM}" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">` +
        '<opensearch:totalResults>3</opensearch:totalResults>' +
        '<entry xmlns:arxiv="http://arxiv.org/schemas/atom"><arxiv:doi>10.1/x</arxiv:doi></entry>' +
        '<x:entry xmlns:x="urn:other"><title xmlns="">bare</title></x:entry></feed>',
    );
    expect(root.namespace()).toBe(ATOM);
    const [total, entry, other] = root.children();
    expect([total.name(), total.namespace()]).toEqual([
      'totalResults',
      'http://a9.com/-/spec/opensearch/1.1/',
    ]);
    expect(entry.children()[0].namespace()).toBe(
      'http://arxiv.org/schemas/atom',
    );
    expect([other.name(), other.namespace()]).toEqual(['entry', 'urn:other']);
    expect(other.children()[0].namespace()).toBe('');
    // A prefix declared on a sibling is out of scope here.
    expect(() => parseXml('<a><b xmlns:p="urn:p"/><p:c/></a>')).toThrow(
      /unbound prefix p/,
    );
  });

  it('reads attributes in either quote, spaced around "=", with line breaks as spaces', () => {
    const root = parseXml(
      '<link href=\'https://arxiv.org/abs/1\' rel = "alternate" title=\'say "pdf"\' note="a\n\tb"/>',
    );
    expect(root.attr('href')).toBe('https://arxiv.org/abs/1');
    expect(root.attr('rel')).toBe('alternate');
    expect(root.attr('title')).toBe('say "pdf"');
    expect(root.attr('note')).toBe('a  b');
    expect(root.attr('type')).toBeNull();
  });

  it('reads self-closing tags, comments, processing instructions, a DOCTYPE and a BOM', () => {
    const root = parseXml(
      '\uFEFF<?xml version="1.0" encoding="UTF-8"?>\r\n<!DOCTYPE feed>\r\n<!-- before -->' +
        '<feed><?pi data?><category term="a"/><category term="b" /><!-- <entry> inside --><id>x\r\ny</id></feed>\n<!-- after -->\n',
    );
    expect(root.children().map(c => c.attr('term') ?? c.name())).toEqual([
      'a',
      'b',
      'id',
    ]);
    expect(root.text()).toBe('x\ny');
  });

  it.each([
    ['Rate exceeded.', /text outside the root/],
    ['', /no root element/],
    ['<feed><entry></feed>', /closes <entry>/],
    ['<feed><entry>', /not closed/],
    ['<feed>a & b</feed>', /"&" without ";"/],
    ['<feed>&nbsp;</feed>', /unknown entity/],
    ['<feed>&#0;</feed>', /invalid character reference/],
    ['<feed a="1" a="2"/>', /repeated attribute/],
    ['<feed a=1/>', /unquoted attribute/],
    ['<feed a="<"/>', /"<" in an attribute/],
    ['<feed/><feed/>', /second root/],
    ['<feed/>trailing', /text outside the root/],
    ['<feed><!-- open</feed>', /unclosed comment/],
    ['<feed><![CDATA[ open</feed>', /unclosed CDATA/],
    ['<!DOCTYPE x [<!ENTITY e "v">]><x>&e;</x>', /internal subset/],
    ['<html><body>403</body></html', /unclosed end tag/],
  ])('refuses %j', (xml, message) => {
    expect(() => parseXml(xml)).toThrow(message);
  });

  it('parses an HTML error page that is XML, which parseFeed then refuses', () => {
    const root = parseXml(
      '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>403</title></head></html>',
    );
    expect(parseFeed(root)).toEqual({
      error: 'arXiv sent something that is not an Atom feed.',
    });
  });
});
