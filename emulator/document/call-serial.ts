// The serial number of document calls: a leaf module, so the state can bump it without importing the session.

/** Numbers every document call (across all documents), so a handle can tell whether anything ran since its last read. */
let callSerial = 0;

/** Marks a change made outside any counted call (DocumentState.load). */
export function bumpCallSerial(): void {
  callSerial++;
}

/** Counts one call and returns its serial. */
export function nextCallSerial(): number {
  return ++callSerial;
}
