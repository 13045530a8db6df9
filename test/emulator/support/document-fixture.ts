// Builds an emulated DocumentApp over a DocJson for the document tests.
import {EmulatorContext} from '../../../emulator/context';
import {DocumentState, createDocumentApp} from '../../../emulator/document';
import type {DocJson} from '../../../src/core/doc-model';

export interface DocumentFixture {
  ctx: EmulatorContext;
  state: DocumentState;
  app: GoogleAppsScript.Document.DocumentApp;
  doc: GoogleAppsScript.Document.Document;
  body: GoogleAppsScript.Document.Body;
}

/** A context, a document holding `json`, its DocumentApp, the active document and its body. */
export function openDocument(json: DocJson): DocumentFixture {
  const ctx = new EmulatorContext();
  const state = new DocumentState(json, {id: 'doc-under-test', name: 'Papers'});
  const app = createDocumentApp(ctx, state, () => {
    throw new Error('no Ui in document tests');
  });
  const doc = app.getActiveDocument();
  const body = doc.getBody();
  return {ctx, state, app, doc, body};
}

/** Paragraph blocks with the given texts. */
export function paragraphs(...texts: string[]): DocJson {
  return {body: texts.map(text => ({type: 'paragraph' as const, text}))};
}
