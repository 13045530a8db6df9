// Paragraph: a paragraph of the body (headings included).
import type {ParagraphNode} from '../nodes';
import {EmuHolderElement, type HolderMethods} from './holder';
import type {GasParagraph} from './types';

/** DocumentApp's Paragraph. */
export class EmuParagraph
  extends EmuHolderElement<GasParagraph>
  implements Pick<GasParagraph, HolderMethods>
{
  protected readonly className = 'Paragraph';
  declare readonly node: ParagraphNode;
}
