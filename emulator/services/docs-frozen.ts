// Detached copies of a document's tabs for the Docs service's saved versions, reusing each block's copy while it is unchanged.
import type {TabState} from '../document/tab';
import {
  type BlockNode,
  type BodyNode,
  type HolderNode,
  type ListItemNode,
  type ParagraphNode,
  type TextNode,
  holderRich,
} from '../document/nodes';
import {TEXT_ATTRIBUTES} from '../document/rich-text';

/** A holder's text as one detached Text node (what restContent reads of it). */
function frozenTexts(holder: HolderNode): TextNode[] {
  return [{kind: 'text', rich: holderRich(holder), parent: null}];
}

/** A frozen copy and what it was made from beyond its own fields: each Text child, its RichText, string and runs arrays. */
interface KeptCopy {
  frozen: ParagraphNode | ListItemNode;
  /** The node's own fields (parent and texts aside), counted. */
  fields: number;
  parts: unknown[];
}

/**
 * Each paragraph's and list item's last frozen copy: while its fields (kept
 * in the copy itself), Text children, strings and runs arrays are the same
 * (edits replace runs, never change them in place: span-map.ts), so is its
 * content. A big document saved every 200 moves then copies only the blocks
 * that changed since its last save (copying 10,000 blocks at every save was
 * most of a big reorganize's time under test).
 */
const frozenHolders = new WeakMap<ParagraphNode | ListItemNode, KeptCopy>();

/** Every Text child's parts, TEXT_ATTRIBUTES' runs in order. */
function textParts(node: HolderNode): unknown[] {
  const parts: unknown[] = [];
  for (const text of node.texts) {
    parts.push(text, text.rich, text.rich.text);
    for (const name of TEXT_ATTRIBUTES)
      parts.push(text.rich.attrs[name].view());
  }
  return parts;
}

/** True when `node` still holds what `kept` was copied from. */
function unchanged(
  node: ParagraphNode | ListItemNode,
  kept: KeptCopy,
): boolean {
  const own = node as unknown as Record<string, unknown>;
  const copy = kept.frozen as unknown as Record<string, unknown>;
  let fields = 0;
  for (const key in own) {
    if (key === 'parent' || key === 'texts') continue;
    fields++;
    if (copy[key] !== own[key]) return false;
  }
  if (fields !== kept.fields) return false;
  const parts = kept.parts;
  if (parts.length !== node.texts.length * (3 + TEXT_ATTRIBUTES.length)) {
    return false;
  }
  let i = 0;
  for (const text of node.texts) {
    const rich = text.rich;
    if (
      parts[i++] !== text ||
      parts[i++] !== rich ||
      parts[i++] !== rich.text
    ) {
      return false;
    }
    for (const name of TEXT_ATTRIBUTES) {
      if (parts[i++] !== rich.attrs[name].view()) return false;
    }
  }
  return true;
}

function frozenHolder(node: ParagraphNode | ListItemNode): BlockNode {
  const kept = frozenHolders.get(node);
  if (kept && unchanged(node, kept)) return kept.frozen;
  const frozen = {...node, texts: frozenTexts(node), parent: null};
  let fields = 0;
  for (const key in node) if (key !== 'parent' && key !== 'texts') fields++;
  frozenHolders.set(node, {frozen, fields, parts: textParts(node)});
  return frozen;
}

function frozenBlock(node: BlockNode): BlockNode {
  switch (node.kind) {
    case 'paragraph':
    case 'listItem':
      return frozenHolder(node);
    case 'toc':
      return {kind: 'toc', entries: [...node.entries], parent: null};
    case 'table':
      return {
        kind: 'table',
        rows: node.rows.map(row => ({
          kind: 'row',
          cells: row.cells.map(cell => ({
            kind: 'cell',
            texts: frozenTexts(cell),
            parent: null,
          })),
          parent: null,
        })),
        parent: null,
      };
  }
}

/** A detached copy of the tabs as restTabs reads them: later edits of the document do not reach it. */
export function frozenTabs(tabs: TabState[]): TabState[] {
  return tabs.map(tab => {
    const body: BodyNode = {kind: 'body', children: [], parent: null};
    for (const child of tab.body.children)
      body.children.push(frozenBlock(child));
    return {
      id: tab.id,
      title: tab.title,
      body,
      childTabs: frozenTabs(tab.childTabs),
    };
  });
}

/**
 * True when two frozen copies hold the very same frozen blocks in the same
 * tabs: their REST forms are then equal without building either.
 */
export function sameFrozen(a: TabState[], b: TabState[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((tab, t) => {
    const other = b[t];
    const blocks = tab.body.children;
    const others = other.body.children;
    return (
      tab.id === other.id &&
      tab.title === other.title &&
      blocks.length === others.length &&
      blocks.every((block, i) => block === others[i]) &&
      sameFrozen(tab.childTabs, other.childTabs)
    );
  });
}
