// Through the bundle: a document with a multi-cell table, a table of contents and three tabs is read through the Docs API, in the tab the user has open.
import {createEnvironment, loadBundle} from '../../emulator';
import type {Block, TabbedDocJson} from '../../src/core/doc-model';
import {distCode} from '../support/dist-bundle';
import {MANIFEST, WITHOUT_DOCS_API} from '../support/manifest';

// The emulator's own block (emulator/document/nodes.ts), outside the DocJson contract's union.
const toc = (entries: string[]) =>
  ({type: 'tableOfContents', entries}) as unknown as Block;

const tabBody = (topic: string): Block[] => [
  {type: 'paragraph', text: `Reading list: ${topic}`, heading: 'TITLE'},
  toc([topic, 'Results']),
  {type: 'paragraph', text: topic, heading: 'HEADING1'},
  {
    type: 'listItem',
    text: `A paper on ${topic}`,
    links: [{start: 0, end: 7, url: 'https://arxiv.org/abs/1707.08567'}],
  },
  {type: 'paragraph', text: 'Results', heading: 'HEADING1'},
  {
    type: 'table',
    rows: [
      ['method', 'score'],
      ['ours', '0.9'],
    ],
  },
  {type: 'paragraph', text: ''},
];

const doc: TabbedDocJson = {
  tabs: [
    {tabId: 't.0', title: 'First', body: tabBody('Vision')},
    {
      tabId: 't.b',
      title: 'Second',
      body: tabBody('Language'),
      childTabs: [{tabId: 't.c', title: 'Third', body: tabBody('Robotics')}],
    },
  ],
};

/** getDocumentStatus (it reads the open tab: its size, and how it was read) with the tab open, and the calls it made. */
function statusIn(activeTabId: string, docsApi = true) {
  const env = createEnvironment({
    document: doc,
    activeTabId,
    manifest: docsApi ? MANIFEST : WITHOUT_DOCS_API,
  });
  const fns = loadBundle(distCode(), env);
  env.calls.reset();
  const status = env.scriptRun(fns, 'getDocumentStatus') as {
    characters: number;
    readVia: string;
    readFallbackReason?: string;
  };
  return {calls: env.calls.byMethod(), status};
}

describe('the Docs API read of a document with tabs, a table of contents and a multi-cell table (bundle)', () => {
  it.each(['t.0', 't.b', 't.c'])(
    'with tab %s open, reads that tab in one Documents.get, without falling back',
    tabId => {
      const {calls, status} = statusIn(tabId);
      expect(status.readFallbackReason).toBeUndefined();
      expect(status.readVia).toBe('docs-api');
      expect(calls['Docs.Documents.get']).toBe(1);
      // The same tab as DocumentApp reads it: its size is that tab's, not the first tab's.
      const plain = statusIn(tabId, false).status;
      expect(plain.readVia).toBe('document-app');
      expect(status.characters).toBe(plain.characters);
    },
  );

  it('the tabs differ in size, so reading the first tab instead would show', () => {
    expect(statusIn('t.0', false).status.characters).not.toBe(
      statusIn('t.c', false).status.characters,
    );
  });
});
