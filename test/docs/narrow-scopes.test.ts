// Which journeys work when the manifest grants fewer scopes (the emulator enforces them): the figures docs/PUBLISHING.md quotes.
import {MANIFEST} from '../support/manifest';
import {arxivReplay} from '../support/arxiv-replay';
import {loadDist} from '../support/dist-bundle';
import {generateDoc} from '../../samples/generate-doc';
import type {DocumentStatus} from '../../src/core/doc-size';
import type {InsertResult} from '../../src/core/types';

const SCOPE = 'https://www.googleapis.com/auth/';
const ALL = MANIFEST.oauthScopes ?? [];

/** Runs every user journey once under `scopes`; each journey's first error, or 'ok'. */
function journeys(scopes: string[]): Record<string, string> {
  const replay = arxivReplay();
  const {env, fns} = loadDist({
    manifest: {...MANIFEST, oauthScopes: scopes},
    document: generateDoc(40, {seed: 5}),
    fetch: r => replay.handle(r),
  });
  const outcome: Record<string, string> = {};
  const attempt = (name: string, run: () => unknown) => {
    try {
      run();
      outcome[name] = 'ok';
    } catch (err) {
      outcome[name] = (err as Error).message;
    }
  };
  const id = replay.ids[replay.ids.length - 1];
  attempt('menu', () => env.simpleTrigger(fns, 'onOpen', 'LIMITED'));
  attempt('sidebar', () => fns.showSidebar());
  attempt('dialog', () => fns.showInsertDialog());
  attempt('preview', () => {
    const text = JSON.stringify(env.scriptRun(fns, 'previewPapers', id));
    // A preview reports arXiv's failure in its items rather than throwing.
    if (/permission|did not answer/i.test(text)) throw new Error(text);
  });
  attempt('insert', () => {
    const [r] = env.scriptRun(fns, 'insertPapers', [
      {id, section: 'Inbox'},
    ]) as InsertResult[];
    if (r.status === 'error') throw new Error(r.message ?? 'insert failed');
  });
  attempt('find', () => env.scriptRun(fns, 'findPapers', 'attention'));
  attempt('reorganize', () =>
    env.scriptRun(fns, 'reorganize', {dryRun: false}),
  );
  attempt('undo', () => env.scriptRun(fns, 'getLastHaul'));
  attempt('docsApiRead', () => {
    const status = env.scriptRun(fns, 'getDocumentStatus') as DocumentStatus;
    if (status.readVia !== 'docs-api') {
      throw new Error(status.readFallbackReason ?? 'read through DocumentApp');
    }
  });
  attempt('schedule', () =>
    env.scriptRun(fns, 'setSchedule', {enabled: true, hour: 6}),
  );
  attempt('scheduledRun', () =>
    env.timeTrigger(fns, 'scheduledReorganize', {activeDocument: false}),
  );
  attempt('selfTest', () => fns.runSelfTest());
  return outcome;
}

const failing = (o: Record<string, string>) =>
  Object.keys(o).filter(k => o[k] !== 'ok');

describe('journeys under narrower scopes (bundle)', () => {
  it('the shipped manifest: every journey works', () => {
    expect(failing(journeys(ALL))).toEqual([]);
  });

  it('without `documents` (documents.currentonly for the document): only the Docs API read, the daily run and the self-test fail', () => {
    const o = journeys(ALL.filter(s => s !== `${SCOPE}documents`));
    expect(failing(o)).toEqual(['docsApiRead', 'scheduledRun', 'selfTest']);
  });

  it('documents.currentonly alone: only reading and writing the open document (find, reorganize, undo state) works', () => {
    const o = journeys([`${SCOPE}documents.currentonly`]);
    expect(failing(o)).toEqual([
      'menu',
      'sidebar',
      'dialog',
      'preview',
      'insert',
      'docsApiRead',
      'schedule',
      'scheduledRun',
      'selfTest',
    ]);
  });
});
