// The in-memory fakes of the store and lock ports, written once for every test (issue 25).
import type {LockPort} from '../../src/app/shared/ports';
import {MemoryStore} from '../../samples/memory-store';

export {MemoryStore};

/** A fresh in-memory property store. */
export function memoryStore(): MemoryStore {
  return new MemoryStore();
}

/**
 * The document or script lock. `busy` says another execution holds it (tryLock
 * fails); a reentrant lock (the default) may be taken again by its holder,
 * Apps Script's own does, while `reentrant: false` refuses a second take.
 * It counts what the tests check: open holds, takes, releases, and a log.
 */
export class FakeLock implements LockPort {
  busy: boolean;
  /** Holds taken and not yet released. */
  depth = 0;
  taken = 0;
  releases = 0;
  readonly log: string[] = [];
  private readonly reentrant: boolean;

  constructor(options: {free?: boolean; reentrant?: boolean} = {}) {
    this.busy = options.free === false;
    this.reentrant = options.reentrant ?? true;
  }

  /** True while any hold is open. */
  get held(): boolean {
    return this.depth > 0;
  }

  tryLock(timeoutMs: number): boolean {
    this.log.push(`try ${timeoutMs}`);
    if (this.busy || (!this.reentrant && this.depth > 0)) return false;
    this.depth++;
    this.taken++;
    return true;
  }

  release(): void {
    this.log.push('release');
    this.releases++;
    if (this.depth > 0) this.depth--;
  }
}
