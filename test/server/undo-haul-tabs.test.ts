// Undo last haul in a document with tabs, through the bundle: the haul is undone in the tab it was filed in, whichever tab is open.
import type {Block, TabbedDocJson} from '../../src/core/doc-model';
import type {InsertResult} from '../../src/core/types';
import type {UndoResult, UndoState} from '../../src/app/haul/undo-haul';
import {arxivReplay} from '../support/arxiv-replay';
import {loadDist} from '../support/dist-bundle';

/** A reading list with a "Vision" section: both tabs start as the same one. */
function list(title: string): Block[] {
  return [
    {type: 'paragraph', text: title, heading: 'TITLE'},
    {type: 'paragraph', text: 'Vision', heading: 'HEADING2'},
    {type: 'paragraph', text: 'Papers on seeing.'},
    {type: 'paragraph', text: 'Robotics', heading: 'HEADING2'},
    {type: 'paragraph', text: ''},
  ];
}

function twoTabs(): TabbedDocJson {
  return {
    tabs: [
      {tabId: 't.0', title: 'Main list', body: list('Main list')},
      {tabId: 't.2', title: 'Side projects', body: list('Side projects')},
    ],
  };
}

function setup() {
  const replay = arxivReplay();
  const {env, fns} = loadDist({
    document: twoTabs(),
    activeTabId: 't.0',
    fetch: r => replay.handle(r),
  });
  const run = <T>(name: string, ...args: unknown[]) =>
    env.scriptRun(fns, name, ...args) as T;
  const tab = (k: number) => env.document.toJSON().tabs[k].body;
  const [id] = replay.ids;
  return {env, run, tab, id};
}

describe('undo last haul with tabs (bundle)', () => {
  it('clicked in another tab, undoes the haul in its own tab and leaves an identical older entry in the open tab', () => {
    const {env, run, tab, id} = setup();
    // An older entry of the paper in the first tab, then the same paper hauled into the second.
    expect(
      run<InsertResult[]>('insertPapers', [{id, section: 'Vision'}])[0].status,
    ).toBe('inserted');
    env.document.setActiveTab('t.2');
    const sideBefore = tab(1);
    expect(
      run<InsertResult[]>('insertPapers', [{id, section: 'Vision'}])[0].status,
    ).toBe('inserted');
    // Both entries read the same, block by block.
    const mainBefore = tab(0);
    expect(JSON.stringify(tab(1).slice(1))).toBe(
      JSON.stringify(mainBefore.slice(1)),
    );

    env.document.setActiveTab('t.0');
    expect(run<UndoState>('getLastHaul')).toMatchObject({count: 1});
    const result = run<UndoResult>('undoLastHaul');
    expect(result).toMatchObject({removed: [id], kept: []});
    expect(tab(0)).toEqual(mainBefore);
    expect(tab(1)).toEqual(sideBefore);
    expect(result.message).toMatch(/Undone in the tab “Side projects”/);
    // One undo per haul: the record is spent, and the first tab's entry stays.
    expect(run('getLastHaul')).toBeNull();
    expect(() => run('undoLastHaul')).toThrow(/There is no haul to undo/);
    expect(tab(0)).toEqual(mainBefore);
  });

  it('clicked in the haul\u2019s own tab, undoes it there as before', () => {
    const {env, run, tab, id} = setup();
    env.document.setActiveTab('t.2');
    const before = env.document.toJSON();
    run<InsertResult[]>('insertPapers', [{id, section: 'Vision'}]);
    expect(run<UndoResult>('undoLastHaul')).toEqual({removed: [id], kept: []});
    expect(tab(0)).toEqual(before.tabs[0].body);
    expect(tab(1)).toEqual(before.tabs[1].body);
  });
});
