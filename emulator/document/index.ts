// The emulated DocumentApp: entry point other emulator code imports (createDocumentApp, DocumentState).
import type {EmulatorContext} from '../context';
import {EmuDocument} from './document';
import {
  Attribute,
  ElementType,
  GlyphType,
  HorizontalAlignment,
  ParagraphHeading,
} from './enums';
import {Session} from './session';
import {DocumentState} from './state';

export {DocumentState} from './state';
export {CLOSED_MESSAGE} from './session';
export {
  DEFAULT_MAX_CHANGES_BEFORE_SAVE,
  TOO_MANY_CHANGES_MESSAGE,
} from './unsaved-changes';
export {DETACHED_MESSAGE, LAST_PARAGRAPH_MESSAGE} from './elements';

/**
 * DocumentApp over one document. Every method call is counted as
 * `DocumentApp.<Class>.<method>` and checked against the execution's
 * AuthMode; enum reads are free.
 */
export function createDocumentApp(
  ctx: EmulatorContext,
  state: DocumentState,
  getUi: () => GoogleAppsScript.Base.Ui,
): GoogleAppsScript.Document.DocumentApp {
  const app = {
    Attribute,
    ElementType,
    GlyphType,
    HorizontalAlignment,
    ParagraphHeading,
    /** Null in a time trigger that has no active document (docs/PLATFORM.md). */
    getActiveDocument(): EmuDocument | null {
      ctx.call('DocumentApp.getActiveDocument', 'document');
      if (!ctx.execution.hasActiveDocument) return null;
      return new EmuDocument(new Session(ctx, state));
    },
    /** Needs the full `documents` scope; only this emulator's document exists. */
    openById(id: string): EmuDocument {
      ctx.call('DocumentApp.openById', 'openById');
      if (id !== state.id) {
        throw new Error(
          "Exception: Document is missing (perhaps it was deleted, or you don't have read access?)",
        );
      }
      return new EmuDocument(new Session(ctx, state));
    },
    getUi(): GoogleAppsScript.Base.Ui {
      ctx.call('DocumentApp.getUi', 'menu');
      return getUi();
    },
  };
  return app as unknown as GoogleAppsScript.Document.DocumentApp;
}
