// The emulated DocumentApp: entry point other emulator code imports (createDocumentApp, DocumentState).
import type {AnyDocJson} from '../../src/core/doc-model';
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
import {TabType} from './tab';

export {DocumentState, type JsonOf} from './state';
export {FIRST_TAB_ID, FIRST_TAB_TITLE} from './tab';
export {CLOSED_MESSAGE} from './session';
export {
  DEFAULT_MAX_CHANGES_BEFORE_SAVE,
  TOO_MANY_CHANGES_MESSAGE,
} from './unsaved-changes';
export {DETACHED_MESSAGE, LAST_PARAGRAPH_MESSAGE} from './elements';

/**
 * DocumentApp over one document. Every method call is counted as
 * `DocumentApp.<Class>.<method>` and checked against the execution's
 * AuthMode; enum reads are free. Documents made with DocumentApp.create
 * are kept in `created` (by id), where openById finds them too.
 */
export function createDocumentApp(
  ctx: EmulatorContext,
  state: DocumentState<AnyDocJson>,
  getUi: () => GoogleAppsScript.Base.Ui,
  created: Map<string, DocumentState<AnyDocJson>> = new Map(),
  onCreate: (made: DocumentState<AnyDocJson>) => void = () => {},
): GoogleAppsScript.Document.DocumentApp {
  const app = {
    Attribute,
    ElementType,
    GlyphType,
    HorizontalAlignment,
    ParagraphHeading,
    TabType,
    /** Null in a time trigger that has no active document (docs/PLATFORM.md). */
    getActiveDocument(): EmuDocument | null {
      ctx.call('DocumentApp.getActiveDocument', 'document');
      if (!ctx.execution.hasActiveDocument) return null;
      return new EmuDocument(new Session(ctx, state, true));
    },
    /** Needs the full `documents` scope; only this emulator's document exists. */
    openById(id: string): EmuDocument {
      ctx.call('DocumentApp.openById', 'openById');
      const found = id === state.id ? state : created.get(String(id));
      if (!found) {
        throw new Error(
          "Exception: Document is missing (perhaps it was deleted, or you don't have read access?)",
        );
      }
      return new EmuDocument(new Session(ctx, found));
    },
    /** A new document of one empty paragraph in the user's Drive; needs the full `documents` scope. */
    create(name: string): EmuDocument {
      ctx.call('DocumentApp.create', 'openById');
      const made = new DocumentState<AnyDocJson>(
        {body: [{type: 'paragraph', text: ''}]},
        {name: String(name)},
      );
      created.set(made.id, made);
      onCreate(made);
      return new EmuDocument(new Session(ctx, made));
    },
    getUi(): GoogleAppsScript.Base.Ui {
      ctx.call('DocumentApp.getUi', 'menu');
      return getUi();
    },
  };
  return app as unknown as GoogleAppsScript.Document.DocumentApp;
}
