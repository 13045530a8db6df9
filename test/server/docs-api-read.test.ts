// Every action through the bundle reads the body in one Docs API call, and works the same through DocumentApp when the service is disabled or failing.
import {createEnvironment, loadBundle} from '../../emulator';
import type {DocJson} from '../../src/core/doc-model';
import giant from '../../samples/giant-doc.json';
import {arxivReplay} from '../support/arxiv-replay';
import {distCode} from '../support/dist-bundle';
import {MANIFEST, WITHOUT_DOCS_API} from '../support/manifest';

type Mode = 'enabled' | 'disabled' | 'failing';

const failingDocs = {
  Documents: {
    get: () => {
      throw new Error('Internal error encountered.');
    },
  },
} as unknown as GoogleAppsScript.Docs;

/** The giant sample doc with the bundle loaded; a failing service is swapped in before the load, as globals are copied then. */
function setup(mode: Mode) {
  const replay = arxivReplay();
  const env = createEnvironment({
    document: giant as DocJson,
    fetch: r => replay.handle(r),
    manifest: mode === 'disabled' ? WITHOUT_DOCS_API : MANIFEST,
  });
  if (mode === 'failing') env.globals.Docs = failingDocs;
  return {env, fns: loadBundle(distCode(), env)};
}

/** Runs preview, search, insert and reorganize; returns their results and the document after. */
function journey(mode: Mode) {
  const {env, fns} = setup(mode);
  const calls: Record<string, Record<string, number>> = {};
  const run = (name: string, ...args: unknown[]) => {
    env.calls.reset();
    const result = env.scriptRun(fns, name, ...args);
    calls[name] = env.calls.byMethod();
    return result;
  };
  const results = {
    preview: run('previewPapers', 'https://arxiv.org/abs/1707.08567'),
    search: run('searchEntries', 'attention'),
    insert: run('insertPapers', [{id: '1707.08567', section: 'NLP'}]),
    reorganize: run('reorganize', {dryRun: false}),
  };
  const status = env.scriptRun(fns, 'getDocumentStatus') as {
    readVia: string;
    readFallbackReason?: string;
  };
  return {results, calls, status, after: env.document.toJSON()};
}

describe('reading through the Docs advanced service (bundle)', () => {
  const enabled = journey('enabled');

  it('preview, search and insert each make one Documents.get (the insert its revision read right before writing) and a handful of DocumentApp calls', () => {
    for (const name of ['previewPapers', 'searchEntries', 'insertPapers']) {
      const calls = enabled.calls[name];
      // The insert plans on the search's cached read and proves it with one revision read before writing: unchanged, so no neighbour is read.
      expect(calls['Docs.Documents.get']).toBe(1);
      expect(calls['DocumentApp.Body.getChild'] ?? 0).toBe(0);
    }
  });

  it('getDocumentStatus says the body was read through the Docs API, or why not', () => {
    expect(enabled.status).toMatchObject({readVia: 'docs-api'});
    expect(enabled.status.readFallbackReason).toBeUndefined();
    expect(journey('disabled').status).toMatchObject({
      readVia: 'document-app',
      readFallbackReason: 'the Docs advanced service is not enabled',
    });
  });

  it.each<Mode>(['disabled', 'failing'])(
    'with the service %s every action still works through DocumentApp, with the same results and document',
    mode => {
      const other = journey(mode);
      expect(other.results).toEqual(enabled.results);
      expect(other.after).toEqual(enabled.after);
      expect(other.calls.searchEntries['DocumentApp.Body.getChild']).toBe(
        (giant as DocJson).body.length,
      );
    },
  );
});
