// Types for the parts of bibtex-parse (a dev dependency without its own types) the BibTeX tests use.
declare module 'bibtex-parse' {
  /** One parsed field: `raw` keeps the value's braces as written. */
  export interface ParsedField {
    name: string;
    value: string;
    raw: string;
  }
  /** An item of the file: an entry, a comment, a preamble or a string. */
  export interface ParsedItem {
    itemtype: 'entry' | 'comment' | 'preamble' | 'string';
    type: string;
    key: string;
    fields: ParsedField[];
  }
  /** Every item of the text, raw; throws on text that is not BibTeX (an unbalanced brace). */
  export function parse(text: string): ParsedItem[];
  /** The entries with their fields as UPPER-CASE keys, values with braces removed. */
  export function entries(
    text: string,
  ): ({key: string; type: string} & Record<string, string>)[];
}
