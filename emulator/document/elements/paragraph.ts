// Paragraph: a paragraph of the body (headings included).
import type {ParagraphNode} from '../nodes';
import {EmuHolderElement} from './holder';
import type {GasParagraph} from './types';

/** DocumentApp's Paragraph. */
export class EmuParagraph
  extends EmuHolderElement<GasParagraph>
  implements
    Pick<
      GasParagraph,
      | 'getText'
      | 'setText'
      | 'appendText'
      | 'getHeading'
      | 'setHeading'
      | 'editAsText'
      | 'getLinkUrl'
      | 'setLinkUrl'
      | 'getAttributes'
      | 'setAttributes'
      | 'copy'
      | 'removeFromParent'
      | 'getParent'
      | 'getNextSibling'
      | 'getPreviousSibling'
      | 'getType'
      | 'isAtDocumentEnd'
      | 'getNumChildren'
      | 'getChild'
    >
{
  protected readonly className = 'Paragraph';
  declare readonly node: ParagraphNode;
}
