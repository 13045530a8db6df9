// One Document handle's view of the state: counts every call and refuses them once the handle is closed.
import type {AnyDocJson} from '../../src/core/doc-model';
import type {EmulatorContext} from '../context';
import type {DocumentState} from './state';
import {nextCallSerial} from './call-serial';
import {changesDocument} from './unsaved-changes';

export const CLOSED_MESSAGE =
  'Exception: Document is closed, its contents cannot be updated.';

/**
 * Shared by a Document handle and every element obtained through it, so
 * saveAndClose() can close them all (the stricter reading: reads throw too).
 */
export class Session {
  closed = false;

  /**
   * @param bound true for getActiveDocument()'s handle (a script running in
   * the document the user has open), false for openById's
   */
  constructor(
    readonly ctx: EmulatorContext,
    readonly state: DocumentState<AnyDocJson>,
    readonly bound = false,
  ) {}

  /**
   * Counts `DocumentApp.<Class>.<method>`, checks AuthMode, then the
   * handle, then (for a change) the changes unsaved so far.
   * @returns this call's serial number: a read may reuse what it computed at
   * serial n - 1, as no call (so no change to the document) came between.
   */
  call(method: string): number {
    const serial = nextCallSerial();
    this.ctx.call(`DocumentApp.${method}`, 'document');
    if (this.closed) throw new Error(CLOSED_MESSAGE);
    if (changesDocument(method)) {
      this.state.unsavedChanges.record(this.ctx.execution.id ?? 0);
    }
    return serial;
  }
}
