// Apps Script's "Too many changes applied before saving document": document changes counted since the last save.

export const TOO_MANY_CHANGES_MESSAGE =
  'Exception: Too many changes applied before saving document. Please save changes in smaller batches using Document.saveAndClose(), then reopen the document with Document.openById().';

/**
 * Google does not document the real threshold; reports put it in the
 * thousands. 2,000 is meant to be stricter than reality, so code that passes
 * here has room to spare there.
 */
export const DEFAULT_MAX_CHANGES_BEFORE_SAVE = 2000;

/** Document methods named like changes that only move the user's view (selection, cursor). */
const VIEW_ONLY = new Set(['Document.setSelection', 'Document.setCursor']);

/**
 * True for a call that changes the document: every set*, insert*, append*,
 * remove*, delete*, replace*, clear* and merge* method of an element or Text.
 * Named by pattern so a method added to the emulator later is counted too.
 */
export function changesDocument(method: string): boolean {
  let changes = CHANGES.get(method);
  if (changes === undefined) {
    const name = method.slice(method.lastIndexOf('.') + 1);
    changes =
      !VIEW_ONLY.has(method) &&
      /^(set|insert|append|remove|delete|replace|clear|merge)[A-Z]/.test(name);
    CHANGES.set(method, changes);
  }
  return changes;
}

/** changesDocument's answers by method: it runs at every DocumentApp call, over a few dozen names. */
const CHANGES = new Map<string, boolean>();

/**
 * The changes one document holds unsaved. Apps Script saves when an
 * execution ends, so each execution starts from zero; saveAndClose() saves
 * within one.
 */
export class UnsavedChanges {
  /** Changes allowed between saves; the next one throws. */
  limit = DEFAULT_MAX_CHANGES_BEFORE_SAVE;
  /** The most changes ever held unsaved at once: how close code came to the limit. */
  peak = 0;
  private executionId = -1;
  private count = 0;
  private readonly firstChangeListeners: (() => void)[] = [];

  /**
   * Calls `listener` before the first change after a save (or of a new
   * execution), while the document still holds only saved content: the Docs
   * advanced service keeps that saved version (it sees no unsaved change).
   */
  onFirstChange(listener: () => void): void {
    this.firstChangeListeners.push(listener);
  }

  /**
   * Counts one change made by the given execution.
   * @throws Error with Apps Script's wording once the limit is passed; the change is not made.
   */
  record(executionId: number): void {
    if (executionId !== this.executionId) {
      this.executionId = executionId;
      this.count = 0;
    }
    if (this.count >= this.limit) throw new Error(TOO_MANY_CHANGES_MESSAGE);
    if (this.count === 0)
      for (const listener of this.firstChangeListeners) listener();
    this.count++;
    if (this.count > this.peak) this.peak = this.count;
  }

  /** saveAndClose(): what was pending is saved. */
  saved(): void {
    this.count = 0;
  }

  /** Changes pending in the given execution. */
  pending(executionId: number): number {
    return executionId === this.executionId ? this.count : 0;
  }
}
