// A small XML parser in plain TypeScript for arXiv's Atom feeds: no service calls, namespaces resolved, strict on malformed text.
import type {XmlElementLike} from './xml-element';

/** An element as parsed: its text and child elements in document order. */
interface ParsedElement {
  name: string;
  namespace: string;
  attributes: Map<string, string>;
  parts: (string | ParsedElement)[];
}

const PREDEFINED: Record<string, string> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const NAME = /[A-Za-z_:\u00C0-\uFFFF][-\w.:\u00B7-\uFFFF]*/y;
const SPACE = /[ \t\n]*/y;

function fail(message: string, at: number): never {
  throw new Error(`Not well-formed XML at ${at}: ${message}.`);
}

/** The character a reference stands for (`amp`, `#38`, `#x26`); anything else is an error, as in XmlService. */
function reference(ref: string, at: number): string {
  if (Object.prototype.hasOwnProperty.call(PREDEFINED, ref)) {
    return PREDEFINED[ref];
  }
  const numeric = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(ref);
  if (!numeric) return fail(`unknown entity &${ref};`, at);
  const code = numeric[1] ? parseInt(numeric[1], 16) : parseInt(numeric[2], 10);
  const valid =
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff);
  if (!valid) return fail(`invalid character reference &${ref};`, at);
  return String.fromCodePoint(code);
}

/** Text with its references replaced; `at` places errors in the document. */
function decode(raw: string, at: number): string {
  if (raw.indexOf('&') < 0) return raw;
  let out = '';
  let from = 0;
  for (let amp = raw.indexOf('&'); amp >= 0; amp = raw.indexOf('&', from)) {
    const semi = raw.indexOf(';', amp);
    if (semi < 0) fail('"&" without ";"', at + amp);
    out += raw.slice(from, amp) + reference(raw.slice(amp + 1, semi), at + amp);
    from = semi + 1;
  }
  return out + raw.slice(from);
}

function view(element: ParsedElement): XmlElementLike {
  let text: string | undefined;
  let children: XmlElementLike[] | undefined;
  return {
    name: () => element.name,
    namespace: () => element.namespace,
    attr: name => element.attributes.get(name) ?? null,
    text: () => {
      if (text === undefined) text = textOf(element);
      return text;
    },
    children: () => {
      if (!children) {
        children = [];
        for (const part of element.parts) {
          if (typeof part !== 'string') children.push(view(part));
        }
      }
      return children;
    },
  };
}

/** The text of an element and its descendants, as XmlService's getValue and the DOM's textContent give it. */
function textOf(element: ParsedElement): string {
  let text = '';
  for (const part of element.parts) {
    text += typeof part === 'string' ? part : textOf(part);
  }
  return text;
}

/** Reads a tag's name and attributes from `at` (just after `<`); returns where it ends. */
function readStartTag(
  xml: string,
  at: number,
): {
  qname: string;
  attributes: [string, string][];
  selfClosing: boolean;
  end: number;
} {
  NAME.lastIndex = at;
  const name = NAME.exec(xml);
  if (!name) return fail('a tag without a name', at);
  let i = NAME.lastIndex;
  const attributes: [string, string][] = [];
  for (;;) {
    SPACE.lastIndex = i;
    SPACE.exec(xml);
    const spaced = SPACE.lastIndex > i;
    i = SPACE.lastIndex;
    if (xml.startsWith('/>', i)) {
      return {qname: name[0], attributes, selfClosing: true, end: i + 2};
    }
    if (xml[i] === '>') {
      return {qname: name[0], attributes, selfClosing: false, end: i + 1};
    }
    NAME.lastIndex = i;
    const attribute = spaced ? NAME.exec(xml) : null;
    if (!attribute) return fail(`a malformed tag <${name[0]}>`, i);
    SPACE.lastIndex = NAME.lastIndex;
    SPACE.exec(xml);
    if (xml[SPACE.lastIndex] !== '=') fail('an attribute without "="', i);
    SPACE.lastIndex += 1;
    SPACE.exec(xml);
    const quoteAt = SPACE.lastIndex;
    const quote = xml[quoteAt];
    if (quote !== '"' && quote !== "'") fail('an unquoted attribute', i);
    const close = xml.indexOf(quote, quoteAt + 1);
    if (close < 0) fail('an unclosed attribute value', quoteAt);
    const raw = xml.slice(quoteAt + 1, close);
    if (raw.indexOf('<') >= 0) fail('"<" in an attribute value', quoteAt);
    // Literal tabs and line breaks in an attribute read as spaces (XML 1.0, 3.3.3).
    const value = decode(raw.replace(/[\t\n]/g, ' '), quoteAt + 1);
    if (attributes.some(([n]) => n === attribute[0])) {
      fail(`a repeated attribute ${attribute[0]}`, i);
    }
    attributes.push([attribute[0], value]);
    i = close + 1;
  }
}

/** The namespace a prefixed (or unprefixed) name is in, from the scopes open around it. */
function resolve(
  qname: string,
  scope: Map<string, string>,
  at: number,
): {name: string; namespace: string} {
  const colon = qname.indexOf(':');
  if (colon < 0) return {name: qname, namespace: scope.get('') ?? ''};
  const prefix = qname.slice(0, colon);
  const namespace = prefix === 'xml' ? XML_NS : scope.get(prefix);
  if (namespace === undefined) fail(`an unbound prefix ${prefix}`, at);
  return {name: qname.slice(colon + 1), namespace};
}

/**
 * Parses an XML document into its root element, seen through XmlElementLike.
 * Handles what arXiv's feeds hold (declaration, comments, processing
 * instructions, a DOCTYPE without internal entities, CDATA, the predefined and
 * numeric references, namespace prefixes, either quote, self-closing tags) and
 * throws on text that is not well-formed XML, as XmlService.parse does, so
 * "Rate exceeded." or a cut-off feed is never read as an empty one.
 */
export function parseXml(source: string): XmlElementLike {
  // Line ends read as \n (XML 1.0, 2.11); a byte-order mark is not content.
  const xml = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const stack: {element: ParsedElement; scope: Map<string, string>}[] = [];
  let root: ParsedElement | null = null;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? xml.length : lt;
    if (textEnd > i) {
      const raw = xml.slice(i, textEnd);
      const top = stack[stack.length - 1];
      if (top) top.element.parts.push(decode(raw, i));
      else if (/\S/.test(raw)) fail('text outside the root element', i);
      i = textEnd;
      continue;
    }
    if (xml.startsWith('<!--', i)) {
      const close = xml.indexOf('-->', i + 4);
      if (close < 0) fail('an unclosed comment', i);
      i = close + 3;
    } else if (xml.startsWith('<![CDATA[', i)) {
      const close = xml.indexOf(']]>', i + 9);
      if (close < 0) fail('an unclosed CDATA section', i);
      const top = stack[stack.length - 1];
      if (!top) fail('CDATA outside the root element', i);
      top.element.parts.push(xml.slice(i + 9, close));
      i = close + 3;
    } else if (xml.startsWith('<?', i)) {
      const close = xml.indexOf('?>', i + 2);
      if (close < 0) fail('an unclosed processing instruction', i);
      i = close + 2;
    } else if (xml.startsWith('<!DOCTYPE', i)) {
      if (root || stack.length) fail('a DOCTYPE after the root element', i);
      const subset = xml.indexOf('[', i);
      const gt = xml.indexOf('>', i);
      if (gt < 0) fail('an unclosed DOCTYPE', i);
      // An internal subset may declare entities this parser does not expand.
      if (subset >= 0 && subset < gt) fail('a DOCTYPE internal subset', i);
      i = gt + 1;
    } else if (xml.startsWith('</', i)) {
      const gt = xml.indexOf('>', i);
      if (gt < 0) fail('an unclosed end tag', i);
      const qname = xml.slice(i + 2, gt).trim();
      const top = stack.pop();
      if (!top) fail(`an end tag </${qname}> without a start`, i);
      const {name, namespace} = resolve(qname, top.scope, i);
      if (name !== top.element.name || namespace !== top.element.namespace) {
        fail(`</${qname}> closes <${top.element.name}>`, i);
      }
      i = gt + 1;
    } else {
      if (root && !stack.length) fail('a second root element', i);
      const tag = readStartTag(xml, i + 1);
      const parent = stack[stack.length - 1];
      // A declaring element gets its own copy of the scope; the others share their parent's.
      let scope = parent ? parent.scope : new Map<string, string>();
      let ownScope = !parent;
      const attributes = new Map<string, string>();
      for (const [qname, value] of tag.attributes) {
        if (qname === 'xmlns' || qname.startsWith('xmlns:')) {
          if (!ownScope) scope = new Map(scope);
          ownScope = true;
          scope.set(qname === 'xmlns' ? '' : qname.slice(6), value);
        }
        attributes.set(qname, value);
      }
      const element: ParsedElement = {
        ...resolve(tag.qname, scope, i),
        attributes,
        parts: [],
      };
      if (parent) parent.element.parts.push(element);
      else root = element;
      if (!tag.selfClosing) stack.push({element, scope});
      i = tag.end;
    }
  }
  if (stack.length)
    fail(`<${stack[stack.length - 1].element.name}> not closed`, i);
  if (!root) return fail('no root element', 0);
  return view(root);
}
