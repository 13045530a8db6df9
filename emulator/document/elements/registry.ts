// Element kind -> handle class: filled by elements/index.ts, so the classes reach each other without importing each other.
import type {AnyNode} from '../nodes';
import type {Session} from '../session';
import type {ElementHandle, HandleMaker} from './types';

const makers: Partial<Record<AnyNode['kind'], HandleMaker>> = {};

/** Registers the class that wraps nodes of `kind`. */
export function registerElement(
  kind: AnyNode['kind'],
  make: HandleMaker,
): void {
  makers[kind] = make;
}

/** A handle for `node` of the right class. */
export function wrap(session: Session, node: AnyNode): ElementHandle {
  const make = makers[node.kind];
  if (!make) throw new Error(`Emulator: no element class for ${node.kind}`);
  return make(session, node);
}
