// Handles passed back in as arguments (appendText(text), insertParagraph(i, paragraph), ...): the node behind them, checked.
import type {AnyNode} from '../nodes';
import {EmuElement} from './element';
import {EmuText} from './text';
import {DETACHED_MESSAGE} from './types';

/** The tree node behind an argument that should be one of our handles. */
export function nodeOf(value: unknown, argument: string): AnyNode {
  if (value instanceof EmuElement || value instanceof EmuText)
    return value.node;
  throw new Error(`Exception: Invalid argument: ${argument}`);
}

/** The node of an element being inserted: of the right kind and not attached anywhere. */
export function detachedArgument(
  value: unknown,
  kind: 'paragraph' | 'listItem' | 'table',
): AnyNode {
  const node = nodeOf(value, kind);
  if (node.kind !== kind)
    throw new Error(`Exception: Invalid argument: ${kind}`);
  if (node.parent !== null) throw new Error(DETACHED_MESSAGE);
  return node;
}
