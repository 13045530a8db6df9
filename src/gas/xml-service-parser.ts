// XmlParserPort over XmlService: each element seen through XmlElementLike, every read made once.
import type {XmlParserPort} from '../app/ports';
import type {XmlElementLike} from '../core/xml-element';

/** Computes a value on first use and keeps it, since each XmlService call crosses into the Apps Script runtime. */
function lazy<T>(read: () => T): () => T {
  let value: {v: T} | null = null;
  return () => {
    if (!value) value = {v: read()};
    return value.v;
  };
}

function wrap(element: GoogleAppsScript.XML_Service.Element): XmlElementLike {
  const attributes = new Map<string, string | null>();
  return {
    name: lazy(() => element.getName()),
    namespace: lazy(() => {
      const namespace = element.getNamespace();
      return namespace ? namespace.getURI() : '';
    }),
    attr: name => {
      if (!attributes.has(name)) {
        const attribute = element.getAttribute(name);
        attributes.set(name, attribute ? attribute.getValue() : null);
      }
      return attributes.get(name) ?? null;
    },
    // getValue is the text of the element and its descendants; getText only its own text nodes.
    text: lazy(() => element.getValue()),
    children: lazy(() => element.getChildren().map(wrap)),
  };
}

/** Parses with XmlService.parse, which throws on text that is not XML. */
export function xmlServiceParser(): XmlParserPort {
  return {
    parse(xml) {
      const root = XmlService.parse(xml).getRootElement();
      if (!root) throw new Error('The XML document has no root element.');
      return wrap(root);
    },
  };
}
