// The few DOM-like calls the Atom reader makes, so the plain-TypeScript parser (atom-xml.ts) and xmldom (tests) both fit behind it.

/** An XML element, seen through the narrowest interface the Atom parser needs. */
export interface XmlElementLike {
  /** Local name, without prefix. */
  name(): string;
  /** Namespace URI ('' when none). */
  namespace(): string;
  attr(name: string): string | null;
  /** Concatenated text content. */
  text(): string;
  /** Child elements only, in document order. */
  children(): XmlElementLike[];
}
