// XmlService: namespaces as in Apps Script (a bare name means no namespace), text and attributes, malformed XML.
import {load} from './load';

const FEED = `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">
  <title>arXiv Query</title>
  <entry>
    <id>http://arxiv.org/abs/2111.11432v1</id>
    <title>Florence: A New <![CDATA[Foundation]]> Model</title>
    <author><name>Lu Yuan</name><arxiv:affiliation>Microsoft</arxiv:affiliation></author>
    <link href="https://arxiv.org/abs/2111.11432v1" rel="alternate" type="text/html"/>
    <arxiv:primary_category term="cs.CV"/>
  </entry>
</feed>`;

const SCRIPT = `
var ATOM = 'http://www.w3.org/2005/Atom';
function read(xml) {
  var atom = XmlService.getNamespace(ATOM);
  var arxiv = XmlService.getNamespace('arxiv', 'http://arxiv.org/schemas/atom');
  var root = XmlService.parse(xml).getRootElement();
  var entry = root.getChild('entry', atom);
  var link = entry.getChild('link', atom);
  return {
    root: root.getName() + ' ' + root.getNamespace().getURI(),
    bare: root.getChildren('entry').length,
    namespaced: root.getChildren('entry', atom).length,
    all: entry.getChildren().length,
    title: entry.getChildText('title', atom),
    authorValue: entry.getChild('author', atom).getValue(),
    authorText: entry.getChild('author', atom).getText(),
    affiliation: entry.getChild('author', atom).getChildText('affiliation', arxiv),
    category: entry.getChild('primary_category', arxiv).getAttribute('term').getValue(),
    href: link.getAttribute('href').getValue(),
    missing: link.getAttribute('missing'),
    attributes: link.getAttributes().map(function (a) { return a.getName(); }),
    rootAttributes: root.getAttributes().length,
    prefix: root.getNamespace('arxiv').getURI()
  };
}
function parse(xml) { return XmlService.parse(xml).getRootElement().getName(); }
`;

describe('XmlService', () => {
  test('reads an Atom entry by name and namespace', () => {
    const {fns} = load(SCRIPT);
    expect(fns.read(FEED)).toEqual({
      root: 'feed http://www.w3.org/2005/Atom',
      bare: 0,
      namespaced: 1,
      all: 5,
      title: 'Florence: A New Foundation Model',
      authorValue: 'Lu YuanMicrosoft',
      authorText: '',
      affiliation: 'Microsoft',
      category: 'cs.CV',
      href: 'https://arxiv.org/abs/2111.11432v1',
      missing: null,
      attributes: ['href', 'rel', 'type'],
      rootAttributes: 0,
      prefix: 'http://arxiv.org/schemas/atom',
    });
  });

  test('malformed XML throws', () => {
    const {fns} = load(SCRIPT);
    expect(() => fns.parse('<feed><entry></feed>')).toThrow(/^Error on line 1/);
    expect(() => fns.parse('Rate exceeded.')).toThrow(/Error on line/);
    expect(fns.parse('<feed/>')).toBe('feed');
  });
});
