// TableOfContents: read-only, its entries' text.
import {type TocNode, cloneNode, nodeText} from '../nodes';
import {EmuElement} from './element';

/** Body.getChild(i) for a table of contents: its entries' text, one line each. */
export class EmuTableOfContents extends EmuElement {
  protected readonly className = 'TableOfContents';
  declare readonly node: TocNode;

  getText(): string {
    this.call('getText');
    return nodeText(this.node);
  }

  getNumChildren(): number {
    this.call('getNumChildren');
    return this.node.entries.length;
  }

  copy(): EmuTableOfContents {
    this.call('copy');
    return new EmuTableOfContents(this.session, cloneNode(this.node));
  }
}
