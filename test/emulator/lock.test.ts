// LockService: contention with a concurrent run costs the timeout in virtual time; locks end with their execution.
import {load} from './load';

const SCRIPT = `
function tryIt(ms) {
  var lock = LockService.getDocumentLock();
  var got = lock.tryLock(ms);
  return {got: got, has: lock.hasLock()};
}
function tryAndRelease(ms) {
  var lock = LockService.getDocumentLock();
  var got = lock.tryLock(ms);
  if (got) lock.releaseLock();
  return {got: got, has: lock.hasLock()};
}
function waitIt(ms) { LockService.getDocumentLock().waitLock(ms); return true; }
function noDocumentLock() { return LockService.getDocumentLock() === null; }
function scriptLockTwice() {
  var a = LockService.getScriptLock();
  return [a.tryLock(0), LockService.getScriptLock().tryLock(0)];
}
`;

describe('LockService', () => {
  test('tryLock fails after its timeout while another execution holds the document lock', () => {
    const {env, fns} = load(SCRIPT);
    env.holdDocumentLock(true);
    const start = env.clock.now();
    expect(fns.tryIt(10_000)).toEqual({got: false, has: false});
    expect(env.clock.now() - start).toBe(10_000);
    env.holdDocumentLock(false);
    expect(fns.tryAndRelease(10_000)).toEqual({got: true, has: false});
    expect(env.clock.now() - start).toBe(10_000);
  });

  test('waitLock throws on timeout', () => {
    const {env, fns} = load(SCRIPT);
    env.holdDocumentLock(true);
    expect(() => fns.waitIt(5000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    env.holdDocumentLock(false);
    expect(fns.waitIt(5000)).toBe(true);
  });

  test('a lock held by an execution is released when the execution ends', () => {
    const {fns} = load(SCRIPT);
    expect(fns.tryIt(0)).toEqual({got: true, has: true});
    // The previous execution never called releaseLock.
    expect(fns.tryIt(0)).toEqual({got: true, has: true});
  });

  test('the same execution may take the lock again; there is no document lock without a document', () => {
    const {env, fns} = load(SCRIPT);
    expect(fns.scriptLockTwice()).toEqual([true, true]);
    expect(
      env.timeTrigger(fns, 'noDocumentLock', {activeDocument: false}),
    ).toBe(true);
    expect(fns.noDocumentLock()).toBe(false);
  });
});
