// Finds links in a paste that hold no arXiv id (OpenReview, a DOI, a blog), so each gets a card saying what it is and what to do.
import {extractIds} from './arxiv-id';

/** A pasted link without an arXiv id. */
export interface OtherLink {
  /** The link as pasted, trailing punctuation left out. */
  input: string;
  /** Where it starts in the paste, for paste order. */
  index: number;
  /** Its host without `www.`, as the card names it. */
  host: string;
}

/** Cards of this kind a paste gets at most: a list of a thousand bookmarks must not drown the papers. */
export const MAX_OTHER_LINKS = 50;

const LINK = /\bhttps?:\/\/[^\s<>"'`]+/gi;

/** The host of a URL-looking text, or '' when it has none. */
function hostOf(url: string): string {
  const match = /^https?:\/\/([^/?#:]+)/i.exec(url);
  return match ? match[1].toLowerCase().replace(/^www\./, '') : '';
}

/**
 * Every distinct link in `text` in which no arXiv id (valid or not) can be
 * found, in paste order, at most MAX_OTHER_LINKS. Sentence punctuation and
 * an unbalanced closing bracket after a link are not part of it.
 */
export function findOtherLinks(text: string): OtherLink[] {
  const links: OtherLink[] = [];
  const seen = new Set<string>();
  const pattern = new RegExp(LINK.source, 'gi');
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    let input = m[0].replace(/[.,;:!?]+$/, '');
    while (/[)\]]$/.test(input)) {
      const close = input.slice(-1);
      const open = close === ')' ? '(' : '[';
      if (input.split(open).length >= input.split(close).length) break;
      input = input.slice(0, -1);
    }
    const host = hostOf(input);
    if (!host || seen.has(input)) continue;
    const found = extractIds(input);
    if (found.ids.length || found.invalid.length) continue;
    seen.add(input);
    links.push({input, index: m.index, host});
    if (links.length >= MAX_OTHER_LINKS) break;
  }
  return links;
}

/** What the card of a link without an arXiv id says. */
export function otherLinkMessage(link: OtherLink): string {
  return `This ${link.host} link is not an arXiv paper. Type or paste its title to file the link (Semantic Scholar may know the paper by it), or paste the paper's arxiv.org link.`;
}
