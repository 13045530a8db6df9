// XmlParserPort over @xmldom/xmldom: the reference the plain-TypeScript parser (src/core/atom-xml.ts) is compared with; tests, playground, bench.
import {DOMParser, onErrorStopParsing} from '@xmldom/xmldom';
import type {
  Element as XmlDomElement,
  Node as XmlDomNode,
} from '@xmldom/xmldom';
import type {XmlParserPort} from '../../src/app/shared/ports';
import type {XmlElementLike} from '../../src/core/xml-element';

const ELEMENT_NODE = 1;

function wrap(element: XmlDomElement): XmlElementLike {
  return {
    name: () => element.localName ?? element.nodeName,
    namespace: () => element.namespaceURI ?? '',
    attr: name =>
      element.hasAttribute(name) ? element.getAttribute(name) : null,
    text: () => element.textContent ?? '',
    children: () => {
      const elements: XmlElementLike[] = [];
      for (
        let n: XmlDomNode | null = element.firstChild;
        n;
        n = n.nextSibling
      ) {
        if (n.nodeType === ELEMENT_NODE)
          elements.push(wrap(n as XmlDomElement));
      }
      return elements;
    },
  };
}

/** Parses with xmldom, stopping at the first error as XmlService does (it throws on text that is not XML). */
export function xmldomParser(): XmlParserPort {
  return {
    parse(xml: string): XmlElementLike {
      const doc = new DOMParser({onError: onErrorStopParsing}).parseFromString(
        xml,
        'text/xml',
      );
      if (!doc.documentElement) throw new Error('Not an XML document.');
      return wrap(doc.documentElement);
    },
  };
}
