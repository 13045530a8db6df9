// LockPort over LockService: the document lock, or the user's lock where no document lock exists.
import type {LockPort} from '../app/ports';

/**
 * The document lock, so an insert and a reorganize never write at once.
 * `getDocumentLock()` is null outside a document (PLATFORM.md); the user lock
 * then still keeps this user's own executions apart.
 */
export function gasLock(): LockPort {
  let lock: GoogleAppsScript.Lock.Lock | null = null;
  const get = () => {
    if (!lock) {
      lock = LockService.getDocumentLock() ?? LockService.getUserLock();
    }
    return lock;
  };
  return {
    tryLock: timeoutMs => get().tryLock(timeoutMs),
    release: () => {
      if (lock && lock.hasLock()) lock.releaseLock();
    },
  };
}
