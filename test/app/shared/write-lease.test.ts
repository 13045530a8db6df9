// The write lease: one writer per document across executions that may lack the document lock.
import {FakeLock, memoryStore} from '../../support/fakes';
import {
  LEASE_MS,
  leaseKey,
  writeLease,
} from '../../../src/app/shared/write-lease';

function setup() {
  const store = memoryStore();
  const turn = new FakeLock();
  let now = 1_000;
  const clock = {now: () => now, sleep: () => undefined};
  const make = (owner: string) => {
    const inner = new FakeLock();
    const lock = writeLease({
      inner,
      turn,
      store,
      clock,
      documentId: () => 'doc1',
      owner,
    });
    return {lock, inner};
  };
  return {store, turn, make, advance: (ms: number) => (now += ms)};
}

describe('writeLease', () => {
  it('keeps a second writer out while the first holds the lease, and lets it in after release', () => {
    const {store, turn, make} = setup();
    const first = make('a');
    const second = make('b');
    expect(first.lock.tryLock(10)).toBe(true);
    expect(store.values.has(leaseKey('doc1'))).toBe(true);
    expect(second.lock.tryLock(10)).toBe(false);
    // The refused writer lets its own locks go again.
    expect(second.inner.held).toBe(false);
    first.lock.release();
    expect(store.values.has(leaseKey('doc1'))).toBe(false);
    expect(first.inner.held).toBe(false);
    expect(second.lock.tryLock(10)).toBe(true);
    expect(turn.held).toBe(false);
  });

  it('takes over a lease left past its time by a run that was killed', () => {
    const {make, advance} = setup();
    expect(make('killed').lock.tryLock(10)).toBe(true);
    const next = make('next');
    advance(LEASE_MS - 1);
    expect(next.lock.tryLock(10)).toBe(false);
    advance(2);
    expect(next.lock.tryLock(10)).toBe(true);
  });

  it('says busy without touching the lease when the script lock cannot be had', () => {
    const {store, turn, make} = setup();
    turn.busy = true;
    const writer = make('a');
    expect(writer.lock.tryLock(10)).toBe(false);
    expect(writer.inner.held).toBe(false);
    expect(store.values.size).toBe(0);
  });

  it('never removes a lease another writer holds', () => {
    const {store, make, advance} = setup();
    const old = make('old');
    expect(old.lock.tryLock(10)).toBe(true);
    advance(LEASE_MS + 1);
    const next = make('next');
    expect(next.lock.tryLock(10)).toBe(true);
    old.lock.release();
    expect(JSON.parse(store.values.get(leaseKey('doc1'))!).owner).toBe('next');
  });
});
