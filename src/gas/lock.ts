// LockPorts over LockService: the write lock (document, then user) and the script lock for arXiv's one-at-a-time rule.
import type {LockPort} from '../app/shared/ports';

/**
 * The lock every write takes: the document lock, so collaborators' inserts
 * and reorganizes never write at once, and then this user's lock.
 * `getDocumentLock()` is null outside a document (docs/PLATFORM.md), as in a time
 * trigger that reopened the doc by id; the user lock still keeps that
 * trigger apart from this user's own inserts. Always taken in that order, so
 * two executions can never each hold one and wait for the other.
 */
export function gasLock(): LockPort {
  let held: GoogleAppsScript.Lock.Lock[] = [];
  const release = () => {
    for (const lock of held.reverse()) {
      if (lock.hasLock()) lock.releaseLock();
    }
    held = [];
  };
  return {
    tryLock: timeoutMs => {
      const started = Date.now();
      const documentLock = LockService.getDocumentLock();
      const locks = documentLock
        ? [documentLock, LockService.getUserLock()]
        : [LockService.getUserLock()];
      for (const lock of locks) {
        const left = Math.max(0, timeoutMs - (Date.now() - started));
        if (!lock.tryLock(left)) {
          release();
          return false;
        }
        held.push(lock);
      }
      return true;
    },
    release,
  };
}

/**
 * The script lock: one per Apps Script project, so one per add-on across
 * every user and document. Used to keep arXiv requests one at a time.
 */
export function gasScriptLock(): LockPort {
  let lock: GoogleAppsScript.Lock.Lock | null = null;
  return {
    tryLock: timeoutMs => {
      lock = lock ?? LockService.getScriptLock();
      return lock.tryLock(timeoutMs);
    },
    release: () => {
      if (lock && lock.hasLock()) lock.releaseLock();
    },
  };
}
