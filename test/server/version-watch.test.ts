// checkVersions and applyVersionUpdates through the built bundle: a fake arXiv moves one paper to v3 with a journal ref.
import type {Block, DocJson} from '../../src/core/doc-model';
import type {
  VersionCheck,
  VersionUpdate,
} from '../../src/app/library/version-watch';
import type {Env} from '../../emulator';
import {arxivReplay} from '../support/arxiv-replay';
import {loadDist} from '../support/dist-bundle';

const FULL = {authMode: 'FULL', source: 'run'} as const;
const JOURNAL = 'Advances in Applied Mathematics 92 (2018) 1-22';
const HEAT = '1605.08386';

const DOC: DocJson = {
  body: [
    {type: 'paragraph', text: 'Reading list', heading: 'TITLE'},
    {type: 'paragraph', text: 'Theory', heading: 'HEADING2'},
    {type: 'paragraph', text: ''},
  ],
};

/** The recorded feeds; once `v3` is on, 1605.08386 answers as version 3 with a journal ref. */
function fakeArxiv() {
  const replay = arxivReplay();
  const state = {v3: false, down: false};
  return {
    state,
    handle(request: {url: string; method: string; payload?: string}) {
      if (state.down) return {status: 503, body: 'Service Unavailable'};
      const reply = replay.handle(request);
      if (!state.v3) return reply;
      const body = reply.body.replace(
        /<entry>\s*<id>http:\/\/arxiv\.org\/abs\/1605\.08386v1<\/id>[\s\S]*?<\/entry>/,
        entry =>
          entry
            .replace(/1605\.08386v1/g, '1605.08386v3')
            .replace(
              '</entry>',
              `<arxiv:journal_ref>${JOURNAL}</arxiv:journal_ref></entry>`,
            ),
      );
      return {...reply, body};
    },
  };
}

function setup() {
  const arxiv = fakeArxiv();
  const {env, fns} = loadDist({document: DOC, fetch: r => arxiv.handle(r)});
  const run = <T>(name: string, ...args: unknown[]) =>
    env.scriptRun(fns, name, ...args) as T;
  run('insertPapers', [
    {id: HEAT, section: 'Theory', note: 'mixing times'},
    {id: '1707.08567', section: 'Theory'},
    {id: '2104.12255', section: 'Theory'},
  ]);
  return {env, fns, run, arxiv, body: () => env.document.toJSON().body};
}

function headIndex(body: Block[], id: string): number {
  return body.findIndex(
    b =>
      b.type !== 'table' &&
      (b.links ?? []).some(l => l.url === `https://arxiv.org/abs/${id}`),
  );
}

function editBody(
  env: Env,
  edit: (body: GoogleAppsScript.Document.Body) => void,
) {
  env.runAs(FULL, () =>
    edit(env.globals.DocumentApp.getActiveDocument().getBody()),
  );
}

test('arXiv unchanged: nothing to report, and the check asked arXiv rather than the cache', () => {
  const {run, env} = setup();
  const sent = env.fetchLog.length;
  expect(run('checkVersions')).toEqual({updates: []});
  expect(env.fetchLog.length).toBe(sent + 1);
});

test('v3 with a journal ref for a paper written from v1 is reported, and only it; applying adds one line and changes no other text', () => {
  const {run, arxiv, body} = setup();
  arxiv.state.v3 = true;
  const expected: VersionUpdate = {
    id: HEAT,
    from: 'v1',
    to: 'v3',
    journalRef: JOURNAL,
  };
  expect(run('checkVersions')).toEqual({updates: [expected]});
  expect(run<VersionCheck>('getVersionUpdates').updates).toEqual([expected]);

  const before = body();
  const heat = headIndex(before, HEAT);
  // Head, gist, abstract line: the note goes after the last of them.
  const at = heat + 3;
  expect(run('applyVersionUpdates', [HEAT])).toEqual({
    applied: [HEAT],
    updates: [],
  });
  const text = `Update: v3 · Published in ${JOURNAL}`;
  expect(body()).toEqual([
    ...before.slice(0, at),
    {
      type: 'listItem',
      text,
      nesting: 1,
      glyph: 'HOLLOW_BULLET',
      italic: [{start: 0, end: text.length}],
      colors: [{start: 0, end: text.length, color: '#666666'}],
    },
    ...before.slice(at),
  ]);
  // Known now: the next check reports nothing.
  expect(run('checkVersions')).toEqual({updates: []});
});

test('the daily run asks arXiv and keeps the answer in user properties (a trigger has no document ones); the sidebar then lists it', () => {
  const {env, fns, run, arxiv} = setup();
  arxiv.state.v3 = true;
  const sent = env.fetchLog.length;
  env.timeTrigger(fns, 'scheduledReorganize');
  expect(env.fetchLog.length).toBe(sent + 1);
  const userKeys = [...env.properties.user.values.keys()];
  expect(userKeys.some(k => k.startsWith('paperHaul.arxivSnapshot.'))).toBe(
    true,
  );
  expect(
    [...env.properties.document.values.keys()].some(k =>
      k.startsWith('paperHaul.versionCheck'),
    ),
  ).toBe(false);
  expect(run<VersionCheck>('getVersionUpdates').updates).toEqual([
    {id: HEAT, from: 'v1', to: 'v3', journalRef: JOURNAL},
  ]);
  // Folded once: the snapshot is gone, the pending list stays for applying.
  expect(
    [...env.properties.user.values.keys()].some(k =>
      k.startsWith('paperHaul.arxivSnapshot.'),
    ),
  ).toBe(false);
  expect(run<VersionCheck>('getVersionUpdates').updates).toHaveLength(1);
});

test('bad input gets plain messages and changes nothing: not an id, no update waiting, gone from the document, arXiv failing', () => {
  const {run, arxiv, body, env} = setup();
  arxiv.state.v3 = true;
  run('checkVersions');
  const before = body();
  expect(() => run('applyVersionUpdates', ['nonsense'])).toThrow(
    '“nonsense” is not an arXiv id.',
  );
  expect(() => run('applyVersionUpdates', [HEAT, '1707.08567'])).toThrow(
    'No update is waiting for 1707.08567. Check for updates again.',
  );
  expect(() => run('applyVersionUpdates', [])).toThrow(
    'Choose the papers to update.',
  );
  expect(body()).toEqual(before);

  arxiv.state.down = true;
  expect(() => run('checkVersions')).toThrow(/arXiv is having trouble/);
  // The last good check is still there to apply.
  expect(run<VersionCheck>('getVersionUpdates').updates).toHaveLength(1);

  const heat = headIndex(before, HEAT);
  editBody(env, b => {
    for (let k = 2; k >= 0; k--) b.getChild(heat + k).removeFromParent();
  });
  const gone = body();
  expect(() => run('applyVersionUpdates', [HEAT])).toThrow(
    '1605.08386 is no longer in the document. Check for updates again.',
  );
  expect(body()).toEqual(gone);
});

test('a gist typed "Update: v2" survives applying an update; the add-on’s own update line is the one a later update replaces', () => {
  const arxiv = fakeArxiv();
  const {env, fns} = loadDist({document: DOC, fetch: r => arxiv.handle(r)});
  const run = <T>(name: string, ...args: unknown[]) =>
    env.scriptRun(fns, name, ...args) as T;
  const body = () => env.document.toJSON().body;
  run('insertPapers', [{id: HEAT, section: 'Theory', note: 'Update: v2'}]);
  const heat = headIndex(body(), HEAT);
  expect(body()[heat + 1]).toMatchObject({text: 'Update: v2'});

  arxiv.state.v3 = true;
  run('checkVersions');
  run('applyVersionUpdates', [HEAT]);
  const texts = () =>
    body()
      .slice(heat, heat + 5)
      .map(b => (b.type === 'table' ? '' : b.text));
  const note = `Update: v3 · Published in ${JOURNAL}`;
  expect(texts()[1]).toBe('Update: v2');
  expect(texts()[3]).toBe(note);

  // The user's own line typed like the add-on's, after it: a later apply replaces only the add-on's.
  editBody(env, b => {
    b.insertListItem(heat + 4, note).setNestingLevel(1);
  });
  run('checkVersions');
  // A new pending update for the same paper: the journal ref forgotten, so it is news again.
  const known = env.properties.document.values;
  for (const [k, v] of known) {
    if (k.startsWith('paperHaul.versions:')) {
      known.set(k, v.replace(/"1605\.08386":"3j:/, '"1605.08386":"3:'));
    }
  }
  expect(run<VersionCheck>('checkVersions').updates).toHaveLength(1);
  const count = body().length;
  run('applyVersionUpdates', [HEAT]);
  expect(body().length).toBe(count);
  expect(texts()).toEqual([
    expect.stringContaining('Heat-bath'),
    'Update: v2',
    expect.any(String),
    note.replace(/^Update: v3 · /, 'Update: '),
    note,
  ]);
});
