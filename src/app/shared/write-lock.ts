// The one way a use case writes under the document's write lock, and the one sentence it says when the lock is busy.
import type {LockPort} from './ports';

/** How long a write waits for another execution's write to finish. */
export const LOCK_TIMEOUT_MS = 10000;

/** What the user reads when another execution holds the write lock (nothing was changed). */
export const BUSY_MESSAGE =
  'The document is busy with another Paper Haul task. Try again in a minute.';

/**
 * Runs `write` holding `lock`, released however `write` ends. When the lock
 * stays busy for `timeoutMs`, nothing runs: `busy()` answers instead, or an
 * Error with BUSY_MESSAGE is thrown when no `busy` is given.
 */
export function withWriteLock<T>(
  lock: LockPort,
  write: () => T,
  options?: {timeoutMs?: number; busy?: () => T},
): T {
  if (!lock.tryLock(options?.timeoutMs ?? LOCK_TIMEOUT_MS)) {
    if (options?.busy) return options.busy();
    throw new Error(BUSY_MESSAGE);
  }
  try {
    return write();
  } finally {
    lock.release();
  }
}
