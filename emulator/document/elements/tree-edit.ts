// Moves in the node tree that several element classes share: child indexes, siblings, detaching with Docs' rules.
import {type AnyNode, childrenOf, topLevelBlock} from '../nodes';
import type {Session} from '../session';
import {LAST_PARAGRAPH_MESSAGE} from './types';

/** True when `node` hangs (through its parents) from this document's body. */
export function isInDocument(session: Session, node: AnyNode): boolean {
  let current: AnyNode | null = node;
  while (current && current.kind !== 'body') current = current.parent;
  return session.state.isBody(current);
}

function childIndexError(index: number, count: number): Error {
  return new Error(
    `Exception: Child index (${index}) must be less than the number of child elements (${count}).`,
  );
}

/** Throws Docs' error for a child index out of range. */
export function checkChildIndex(index: number, count: number): void {
  if (!Number.isInteger(index) || index < 0 || index >= count) {
    throw childIndexError(index, count);
  }
}

/** The node `step` places from `node` among its parent's children, or null. */
export function sibling(node: AnyNode, step: number): AnyNode | null {
  if (!node.parent) return null;
  const siblings = childrenOf(node.parent);
  return siblings[siblings.indexOf(node) + step] ?? null;
}

/** True when the top-level block holding `node` is the last of its section. */
export function atDocumentEnd(node: AnyNode): boolean {
  const block = topLevelBlock(node);
  if (!block || !block.parent) return false;
  const children = block.parent.children;
  return children[children.length - 1] === block;
}

/** Takes `node` out of its parent, enforcing Docs' rules for what must stay. */
export function detachNode(node: AnyNode): void {
  const parent = node.parent;
  if (!parent) return;
  const siblings = childrenOf(parent);
  if (parent.kind === 'body' && siblings[siblings.length - 1] === node) {
    throw new Error(LAST_PARAGRAPH_MESSAGE);
  }
  if (
    (parent.kind === 'table' || parent.kind === 'row') &&
    siblings.length === 1
  ) {
    throw new Error(
      'Emulator: removing the only row or cell of a table is not emulated; remove the table.',
    );
  }
  siblings.splice(siblings.indexOf(node), 1);
  node.parent = null;
}
