// XmlService over @xmldom/xmldom, with JDOM's namespace rules: a name without a namespace means "no namespace".
import {DOMParser} from '@xmldom/xmldom';
import type {EmulatorContext} from '../context';

type XNode = {
  nodeType: number;
  nodeValue: string | null;
  childNodes: ArrayLike<XNode>;
};
type XElement = XNode & {
  localName: string | null;
  namespaceURI: string | null;
  prefix: string | null;
  attributes: ArrayLike<XAttr>;
  textContent: string | null;
  lookupNamespaceURI(prefix: string | null): string | null;
};
type XAttr = {
  localName: string | null;
  name: string;
  namespaceURI: string | null;
  prefix: string | null;
  value: string;
};

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
const XMLNS_URI = 'http://www.w3.org/2000/xmlns/';

class EmulatedNamespace implements GoogleAppsScript.XML_Service.Namespace {
  constructor(
    private readonly prefix: string,
    private readonly uri: string,
  ) {}
  getPrefix(): string {
    return this.prefix;
  }
  getURI(): string {
    return this.uri;
  }
}

const NO_NAMESPACE = new EmulatedNamespace('', '');

class EmulatedAttribute {
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly attr: XAttr,
  ) {}
  getName(): string {
    this.ctx.call('XmlService.Attribute.getName', 'utility');
    return this.attr.localName ?? this.attr.name;
  }
  getNamespace(): EmulatedNamespace {
    this.ctx.call('XmlService.Attribute.getNamespace', 'utility');
    return new EmulatedNamespace(
      this.attr.prefix ?? '',
      this.attr.namespaceURI ?? '',
    );
  }
  getValue(): string {
    this.ctx.call('XmlService.Attribute.getValue', 'utility');
    return this.attr.value;
  }
}

function uriOf(namespace?: GoogleAppsScript.XML_Service.Namespace): string {
  return namespace ? namespace.getURI() : '';
}

class EmulatedElement {
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly node: XElement,
  ) {}

  private call(method: string): void {
    this.ctx.call(`XmlService.Element.${method}`, 'utility');
  }

  private elementChildren(
    name?: string,
    namespace?: GoogleAppsScript.XML_Service.Namespace,
  ): EmulatedElement[] {
    const found: EmulatedElement[] = [];
    const uri = uriOf(namespace);
    for (const child of Array.from(this.node.childNodes)) {
      if (child.nodeType !== ELEMENT_NODE) continue;
      const element = child as XElement;
      if (
        name === undefined ||
        (element.localName === name && (element.namespaceURI ?? '') === uri)
      ) {
        found.push(new EmulatedElement(this.ctx, element));
      }
    }
    return found;
  }

  private directText(): string {
    return Array.from(this.node.childNodes)
      .filter(
        child =>
          child.nodeType === TEXT_NODE || child.nodeType === CDATA_SECTION_NODE,
      )
      .map(child => child.nodeValue ?? '')
      .join('');
  }

  getName(): string {
    this.call('getName');
    return this.node.localName ?? '';
  }

  getQualifiedName(): string {
    this.call('getQualifiedName');
    const name = this.node.localName ?? '';
    return this.node.prefix ? `${this.node.prefix}:${name}` : name;
  }

  /** The element's namespace, or with a prefix the namespace that prefix means here (null if none). */
  getNamespace(prefix?: string): EmulatedNamespace | null {
    this.call('getNamespace');
    if (prefix === undefined) {
      return new EmulatedNamespace(
        this.node.prefix ?? '',
        this.node.namespaceURI ?? '',
      );
    }
    const uri = this.node.lookupNamespaceURI(prefix || null);
    return uri ? new EmulatedNamespace(prefix, uri) : null;
  }

  getChildren(
    name?: string,
    namespace?: GoogleAppsScript.XML_Service.Namespace,
  ): EmulatedElement[] {
    this.call('getChildren');
    return this.elementChildren(name, namespace);
  }

  getChild(
    name: string,
    namespace?: GoogleAppsScript.XML_Service.Namespace,
  ): EmulatedElement | null {
    this.call('getChild');
    return this.elementChildren(name, namespace)[0] ?? null;
  }

  getChildText(
    name: string,
    namespace?: GoogleAppsScript.XML_Service.Namespace,
  ): string | null {
    this.call('getChildText');
    const child = this.elementChildren(name, namespace)[0];
    return child ? child.directText() : null;
  }

  /** Text and CDATA directly inside this element (JDOM's getText), not its descendants'. */
  getText(): string {
    this.call('getText');
    return this.directText();
  }

  /** All text inside, descendants included. */
  getValue(): string {
    this.call('getValue');
    return this.node.textContent ?? '';
  }

  getAttribute(
    name: string,
    namespace?: GoogleAppsScript.XML_Service.Namespace,
  ): EmulatedAttribute | null {
    this.call('getAttribute');
    const uri = uriOf(namespace);
    const attr = Array.from(this.node.attributes).find(
      a => (a.localName ?? a.name) === name && (a.namespaceURI ?? '') === uri,
    );
    return attr ? new EmulatedAttribute(this.ctx, attr) : null;
  }

  /** Attributes proper: namespace declarations are not attributes in JDOM. */
  getAttributes(): EmulatedAttribute[] {
    this.call('getAttributes');
    return Array.from(this.node.attributes)
      .filter(a => a.namespaceURI !== XMLNS_URI)
      .map(a => new EmulatedAttribute(this.ctx, a));
  }
}

/** XmlService for one environment. */
export function createXmlService(ctx: EmulatorContext) {
  const service = {
    /** @throws Error `Error on line N: ...` when the text is not well-formed XML. */
    parse(xml: string) {
      ctx.call('XmlService.parse', 'utility');
      // xmldom wraps what onError throws; keep our message to rethrow it plain.
      let syntaxError: Error | undefined;
      const parser = new DOMParser({
        onError: (level, message, handler) => {
          if (level === 'warning') return;
          const line =
            (handler as {locator?: {lineNumber?: number}} | undefined)?.locator
              ?.lineNumber ?? 1;
          syntaxError = new Error(`Error on line ${line}: ${message}`);
          throw syntaxError;
        },
      });
      let doc: ReturnType<DOMParser['parseFromString']>;
      try {
        doc = parser.parseFromString(String(xml), 'text/xml');
      } catch (err) {
        throw syntaxError ?? err;
      }
      const root = doc.documentElement as unknown as XElement | null;
      return {
        getRootElement(): EmulatedElement | null {
          ctx.call('XmlService.Document.getRootElement', 'utility');
          return root ? new EmulatedElement(ctx, root) : null;
        },
      };
    },
    getNamespace(prefixOrUri: string, uri?: string): EmulatedNamespace {
      ctx.call('XmlService.getNamespace', 'utility');
      return uri === undefined
        ? new EmulatedNamespace('', prefixOrUri)
        : new EmulatedNamespace(prefixOrUri, uri);
    },
    getNoNamespace(): EmulatedNamespace {
      ctx.call('XmlService.getNoNamespace', 'utility');
      return NO_NAMESPACE;
    },
  };
  return service as unknown as GoogleAppsScript.XML_Service.XmlService;
}
