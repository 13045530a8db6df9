// The write lock of every writer, also without a document lock: a lease per document, kept in script properties.
import {STORED} from '../../core/stored-state';
import type {ClockPort, KeyValueStore, LockPort} from './ports';

/** Longer than any execution may run (6 min), so a lease left by a killed run frees itself. */
export const LEASE_MS = 7 * 60_000;
/** How long to wait for the script lock that guards reading and writing a lease. */
const TURN_TIMEOUT_MS = 5_000;

/** Script property of the lease on one document. */
export function leaseKey(documentId: string): string {
  return `${STORED.writeLease.key}${documentId}`;
}

export interface WriteLeaseDeps {
  /** The locks this execution can take (document lock when it has one, user lock). */
  inner: LockPort;
  /** A short lock shared by every execution of the add-on (the script lock). */
  turn: LockPort;
  /** Shared by every user and execution (script properties). */
  store: KeyValueStore;
  clock: ClockPort;
  /** The document written to, read only when the lock is taken. */
  documentId: () => string;
  /** Unique to this execution. */
  owner: string;
}

interface Lease {
  owner: string;
  until: number;
}

function readLease(text: string | null): Lease | null {
  if (!text) return null;
  try {
    const lease = JSON.parse(text) as Partial<Lease>;
    return typeof lease.owner === 'string' && typeof lease.until === 'number'
      ? (lease as Lease)
      : null;
  } catch {
    return null;
  }
}

/**
 * A LockPort that holds `inner` and a lease on the document. A time trigger
 * has no document lock (it is null there), so the document lock alone does
 * not keep a scheduled reorganize from writing while a collaborator's insert
 * does: every writer also takes the lease, checked and written under the
 * script lock, and gives it back on release. A lease past its time is free.
 */
export function writeLease(deps: WriteLeaseDeps): LockPort {
  let key: string | null = null;
  const underTurn = <T>(fn: () => T, busy: T): T => {
    if (!deps.turn.tryLock(TURN_TIMEOUT_MS)) return busy;
    try {
      return fn();
    } finally {
      deps.turn.release();
    }
  };
  return {
    tryLock: timeoutMs => {
      if (!deps.inner.tryLock(timeoutMs)) return false;
      key = leaseKey(deps.documentId());
      const leaseKeyNow = key;
      const taken = underTurn(() => {
        const now = deps.clock.now();
        const lease = readLease(deps.store.get(leaseKeyNow));
        if (lease && lease.owner !== deps.owner && lease.until > now) {
          return false;
        }
        deps.store.set(
          leaseKeyNow,
          JSON.stringify({owner: deps.owner, until: now + LEASE_MS}),
        );
        return true;
      }, false);
      if (!taken) {
        key = null;
        deps.inner.release();
      }
      return taken;
    },
    release: () => {
      const held = key;
      key = null;
      if (held) {
        underTurn(() => {
          const lease = readLease(deps.store.get(held));
          if (lease && lease.owner === deps.owner) deps.store.delete(held);
        }, undefined);
      }
      deps.inner.release();
    },
  };
}
