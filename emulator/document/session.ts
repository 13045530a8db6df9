// One Document handle's view of the state: counts every call and refuses them once the handle is closed.
import type {EmulatorContext} from '../context';
import type {DocumentState} from './state';

export const CLOSED_MESSAGE =
  'Exception: Document is closed, its contents cannot be updated.';

/**
 * Shared by a Document handle and every element obtained through it, so
 * saveAndClose() can close them all (the stricter reading: reads throw too).
 */
export class Session {
  closed = false;

  constructor(
    readonly ctx: EmulatorContext,
    readonly state: DocumentState,
  ) {}

  /** Counts `DocumentApp.<Class>.<method>`, checks AuthMode, then the handle. */
  call(method: string): void {
    this.ctx.call(`DocumentApp.${method}`, 'document');
    if (this.closed) throw new Error(CLOSED_MESSAGE);
  }
}
