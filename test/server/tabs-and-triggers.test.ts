// Tabs and add-on time triggers through the bundle: a haul stays in the user's tab; the daily run works without a document context.
import type {Block, TabbedDocJson} from '../../src/core/doc-model';
import type {Settings} from '../../src/core/settings';
import type {
  InsertResult,
  ReorganizeReport,
  ScheduleState,
  SearchHit,
} from '../../src/core/types';
import {createEnvironment, loadBundle} from '../../emulator';
import {generateDoc} from '../../samples/generate-doc';
import {arxivReplay} from '../support/arxiv-replay';
import {loadDist} from '../support/dist-bundle';

const heading = (text: string): Block => ({
  type: 'paragraph',
  text,
  heading: 'HEADING2',
});

/** Tab 1: a 40-entry reading list; tab 2: a short one with "Vision" and "Robotics". */
function twoTabDoc(): TabbedDocJson {
  return {
    tabs: [
      {tabId: 't.0', title: 'Main list', body: generateDoc(40, {seed: 5}).body},
      {
        tabId: 't.2',
        title: 'Side projects',
        body: [
          {type: 'paragraph', text: 'Side projects', heading: 'TITLE'},
          heading('Vision'),
          {type: 'paragraph', text: 'Papers on seeing.'},
          heading('Robotics'),
          {type: 'paragraph', text: ''},
        ],
      },
    ],
  };
}

function texts(body: Block[]): string[] {
  return body.map(b => (b.type === 'table' ? '' : b.text));
}

describe('a document with tabs (bundle)', () => {
  it('a haul of 25 papers into a section of the second tab, that tab open, lands all 25 there; the first tab is unchanged', () => {
    const replay = arxivReplay();
    const {env, fns} = loadDist({
      document: twoTabDoc(),
      activeTabId: 't.2',
      fetch: r => replay.handle(r),
    });
    const ids = replay.ids.slice(0, 25);
    const firstTab = JSON.stringify(env.document.toJSON().tabs[0]);
    const results = env.scriptRun(
      fns,
      'insertPapers',
      ids.map(id => ({id, section: 'Vision'})),
    ) as InsertResult[];
    expect(results.map(r => r.status)).toEqual(ids.map(() => 'inserted'));
    // The haul saved and reopened the document (every 20 entries) on the way.
    expect(env.calls.byMethod()['DocumentApp.Document.saveAndClose']).toBe(1);

    const after = env.document.toJSON();
    expect(JSON.stringify(after.tabs[0])).toBe(firstTab);
    const side = texts(after.tabs[1].body);
    const vision = side.indexOf('Vision');
    const robotics = side.indexOf('Robotics');
    const between = after.tabs[1].body
      .slice(vision + 1, robotics)
      .flatMap(b => (b.type === 'table' ? [] : (b.links ?? [])))
      .map(l => l.url);
    for (const id of ids) {
      expect(between.some(url => url.includes(id))).toBe(true);
    }
  });

  it('Find searches every tab and says which tab a hit is in; revealEntry selects it in that tab', () => {
    const replay = arxivReplay();
    const {env, fns} = loadDist({
      document: twoTabDoc(),
      activeTabId: 't.2',
      fetch: r => replay.handle(r),
    });
    const [id] = replay.ids;
    env.scriptRun(fns, 'insertPapers', [{id, section: 'Vision'}]);
    env.document.setActiveTab('t.0');
    const first = env.document.toJSON().tabs[0].body;
    const someTitle = first.find(
      b => b.type === 'listItem' && (b.links ?? []).length,
    );
    expect(someTitle).toBeDefined();
    const mainHits = env.scriptRun(
      fns,
      'searchEntries',
      (someTitle as {text: string}).text.slice(0, 40),
    ) as SearchHit[];
    expect(mainHits[0]).toMatchObject({tab: 'Main list', tabId: 't.0'});

    const paperHits = env.scriptRun(fns, 'searchEntries', id) as SearchHit[];
    const hit = paperHits.find(h => h.id === id);
    expect(hit).toMatchObject({tab: 'Side projects', tabId: 't.2'});

    env.scriptRun(fns, 'revealEntry', id, 't.2');
    expect(env.document.activeTabId).toBe('t.2');
    const selected = env.document.selection();
    expect(selected).not.toBeNull();
    const block = env.document.toJSON().tabs[1].body[selected!.start];
    expect(JSON.stringify(block)).toContain(id);
  });
});

describe('the daily trigger without a document context (bundle)', () => {
  it('a probe bundle sees no active document, no document properties and no document lock', () => {
    const env = createEnvironment({document: twoTabDoc()});
    const fns = loadBundle(
      `function probe() {
        return [DocumentApp.getActiveDocument(), PropertiesService.getDocumentProperties(), LockService.getDocumentLock()];
      }`,
      env,
    );
    expect(env.timeTrigger(fns, 'probe', {activeDocument: false})).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('tidies the tab it was set up in, with the settings saved after setting it up; the other tab is untouched', () => {
    const messy = generateDoc(60, {seed: 3, shuffled: true}).body;
    const document: TabbedDocJson = {
      tabs: [
        {tabId: 't.0', title: 'Main', body: messy},
        {tabId: 't.9', title: 'Copy', body: messy},
      ],
    };
    const {env, fns} = loadDist({document, activeTabId: 't.9'});
    const untidy = env.document.toJSON().tabs[0].body;
    env.scriptRun(fns, 'setSchedule', {enabled: true, hour: 6});
    const settings = env.scriptRun(fns, 'getSettings') as Settings;
    env.scriptRun(fns, 'saveSettings', {...settings, sortOrder: 'title'});
    env.properties.document.values.clear();

    env.timeTrigger(fns, 'scheduledReorganize', {activeDocument: false});
    const after = env.document.toJSON();
    expect(after.tabs[0].body).toEqual(untidy);
    expect(after.tabs[1].body).not.toEqual(untidy);

    // The same tidy as a run from the sidebar with those settings.
    const {env: manual, fns: manualFns} = loadDist({
      document: {body: messy},
    });
    manual.scriptRun(manualFns, 'saveSettings', {
      ...settings,
      sortOrder: 'title',
    });
    manual.scriptRun(manualFns, 'reorganize');
    expect(after.tabs[1].body).toEqual(manual.document.toJSON().body);

    const state = env.scriptRun(fns, 'getSchedule') as ScheduleState;
    expect(state.lastRun).toMatchObject({complete: true});
    expect(state.lastRun!.moves).toBeGreaterThan(0);
  });

  it('does not reorganize while another user’s insert holds the document (no document lock in the trigger)', () => {
    const replay = arxivReplay();
    let during: {before: string; after: string} | null = null;
    const {env, fns} = loadDist({
      document: generateDoc(60, {seed: 3, shuffled: true}),
      fetch: request => {
        if (!during) {
          // The insert holds the document lock; its user lock and the arXiv
          // turn are let go to stand for another user's insert.
          env.holdLock('user', false);
          env.holdLock('script', false);
          const before = JSON.stringify(env.document.toJSON());
          try {
            env.timeTrigger(fns, 'scheduledReorganize', {
              activeDocument: false,
            });
          } finally {
            during = {before, after: JSON.stringify(env.document.toJSON())};
          }
        }
        return replay.handle(request);
      },
    });
    env.scriptRun(fns, 'setSchedule', {enabled: true, hour: 6});
    const [id] = replay.ids;
    const [inserted] = env.scriptRun(fns, 'insertPapers', [
      {id, section: 'Inbox'},
    ]) as InsertResult[];
    expect(inserted.status).toBe('inserted');
    expect(during).not.toBeNull();
    expect(during!.after).toBe(during!.before);
    const busy = (env.scriptRun(fns, 'getSchedule') as ScheduleState).lastRun;
    expect(busy).toMatchObject({complete: false, moves: 0});

    // Once the insert is done, the next run tidies.
    env.timeTrigger(fns, 'scheduledReorganize', {activeDocument: false});
    const done = (env.scriptRun(fns, 'getSchedule') as ScheduleState)
      .lastRun as ReorganizeReport;
    expect(done).toMatchObject({complete: true});
    expect(done.moves).toBeGreaterThan(0);
  });

  it('stops a schedule whose tab was deleted and says so in plain words in the sidebar', () => {
    const {env, fns} = loadDist({document: twoTabDoc(), activeTabId: 't.2'});
    env.scriptRun(fns, 'setSchedule', {enabled: true, hour: 6});
    expect(env.triggers).toHaveLength(1);
    // The user deletes the second tab.
    const doc = env.document.toJSON();
    env.document.load({tabs: [doc.tabs[0]]});
    const firstTab = JSON.stringify(env.document.toJSON());

    expect(() =>
      env.timeTrigger(fns, 'scheduledReorganize', {activeDocument: false}),
    ).not.toThrow();
    expect(env.triggers).toHaveLength(0);
    expect(JSON.stringify(env.document.toJSON())).toBe(firstTab);

    const state = env.scriptRun(fns, 'getSchedule') as ScheduleState;
    expect(state.enabled).toBe(false);
    expect(state.lastRun?.message).toBe(
      'The daily reorganize has stopped: the tab it tidied was deleted. Open the tab to tidy and turn the schedule on again.',
    );
    expect(JSON.stringify(state)).not.toMatch(/Exception|Invalid argument/);

    // Turned on again from a tab that exists: the old stop is no longer shown.
    env.scriptRun(fns, 'setSchedule', {enabled: true, hour: 6});
    const again = env.scriptRun(fns, 'getSchedule') as ScheduleState;
    expect(again.enabled).toBe(true);
    expect(again.lastRun?.message ?? '').not.toMatch(/stopped/);
  });
});
