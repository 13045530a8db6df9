// What a paragraph or list item inserted from a string takes over from its neighbours: text style and heading.
import {
  type BlockNode,
  type ListItemNode,
  type ParagraphNode,
  holderRich,
} from './nodes';
import {TEXT_ATTRIBUTES} from './rich-text';

type Holder = ParagraphNode | ListItemNode;

function holderAt(children: BlockNode[], index: number): Holder | null {
  const child = children[index];
  return child && child.kind !== 'table' && child.kind !== 'toc' ? child : null;
}

/**
 * Gives `node`, about to be inserted at `index` of the body's children, the
 * style of its neighbours. Whether DocumentApp's insertParagraph and
 * insertListItem do this is not documented; the REST model does (inserted
 * text takes the style of the character before it, at the start of a
 * paragraph the one after it, and a new paragraph its neighbour's paragraph
 * style), and users report headings carried over to appended paragraphs. So,
 * the stricter choice: the text takes the link, bold, italic and colour of
 * the previous block's last character (of the next block's first when there
 * is no text before), and the block takes the previous block's heading (the
 * next block's at the start or after a table). Code that writes a block must
 * set every attribute it cares about.
 */
export function inheritNeighbourStyle(
  node: Holder,
  children: BlockNode[],
  index: number,
): void {
  const before = holderAt(children, index - 1);
  const after = holderAt(children, index);
  const headingSource = before ?? after;
  if (headingSource) node.heading = headingSource.heading;

  const rich = holderRich(node);
  if (rich.length === 0) return;
  const beforeRich = before ? holderRich(before) : null;
  const afterRich = after ? holderRich(after) : null;
  let source: {offset: number; rich: ReturnType<typeof holderRich>} | null =
    null;
  if (beforeRich && beforeRich.length > 0) {
    source = {rich: beforeRich, offset: beforeRich.length - 1};
  } else if (afterRich && afterRich.length > 0) {
    source = {rich: afterRich, offset: 0};
  }
  if (!source) return;
  // A new node built from a string has one Text child, whose attributes are set in place.
  const target = node.texts[0].rich;
  for (const name of TEXT_ATTRIBUTES) {
    const value = source.rich.at(name, source.offset);
    if (value !== null) target.setAttr(name, 0, target.length, value as never);
  }
}
