// The manifest's explicit oauthScopes limit what the emulated services allow, as Apps Script's consent does.
import {createEnvironment, type Manifest} from '../../emulator';

const SCOPE = 'https://www.googleapis.com/auth/';

function globalsWith(oauthScopes?: string[]) {
  const manifest: Manifest = {
    urlFetchWhitelist: ['https://export.arxiv.org/api/'],
    ...(oauthScopes ? {oauthScopes} : {}),
  };
  const env = createEnvironment({
    files: {},
    manifest,
    fetch: () => ({status: 200, body: 'ok'}),
  });
  return {env, globals: env.globals};
}

describe('oauthScopes in the manifest', () => {
  it('documents.currentonly reads the active document but cannot openById', () => {
    const {env, globals} = globalsWith([`${SCOPE}documents.currentonly`]);
    expect(globals.DocumentApp.getActiveDocument().getBody().getText()).toBe(
      '',
    );
    expect(() => globals.DocumentApp.openById(env.document.id)).toThrow(
      `Required permissions: ${SCOPE}documents`,
    );
  });

  it('without script.external_request UrlFetchApp throws; without script.container.ui getUi throws', () => {
    const {globals} = globalsWith([`${SCOPE}documents`]);
    expect(() =>
      globals.UrlFetchApp.fetch('https://export.arxiv.org/api/query'),
    ).toThrow(`Required permissions: ${SCOPE}script.external_request`);
    expect(() => globals.DocumentApp.getUi()).toThrow(
      `Required permissions: ${SCOPE}script.container.ui`,
    );
    expect(() => globals.ScriptApp.newTrigger('tick')).toThrow(
      `Required permissions: ${SCOPE}script.scriptapp`,
    );
  });

  it("the repository's manifest grants everything the add-on calls", () => {
    const env = createEnvironment({
      files: {},
      fetch: () => ({status: 200, body: 'ok'}),
    });
    const {DocumentApp, UrlFetchApp} = env.globals;
    expect(DocumentApp.openById(env.document.id).getId()).toBe(env.document.id);
    expect(
      UrlFetchApp.fetch('https://export.arxiv.org/api/query').getContentText(),
    ).toBe('ok');
    expect(() => DocumentApp.getUi()).not.toThrow();
  });

  it('no oauthScopes at all: every scope is granted (Apps Script detects them)', () => {
    const {env, globals} = globalsWith();
    expect(globals.DocumentApp.openById(env.document.id).getId()).toBe(
      env.document.id,
    );
  });
});
