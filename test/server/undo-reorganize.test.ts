// Undo last reorganize through the built bundle: block for block after a menu, sidebar or scheduled run; refused after an edit; a fault sweep.
import type {Block, DocJson} from '../../src/core/doc-model';
import giant from '../../samples/giant-doc.json';
import {loadDist} from '../support/dist-bundle';
import {LATER_MS, MODES, attempt, points} from '../support/fault-sweep';
import {
  BLANK,
  heading,
  note,
  pastedHead,
  table,
} from '../support/reorganize-fixtures';
import {expectSameJson} from '../support/same-json';

/** The sample giant doc with a repeated "nlp" section before the Inbox (as test/server/reorganize.test.ts makes it). */
function messyDoc(): DocJson {
  const body = (giant as DocJson).body.map(b => ({...b}));
  const inbox = body.findIndex(
    b =>
      b.type === 'paragraph' && b.heading === 'HEADING2' && b.text === 'Inbox',
  );
  body.splice(
    inbox,
    0,
    heading(' nlp '),
    {type: 'paragraph', text: 'Found later.'},
    pastedHead('1810.04805', 'BERT, the one everybody cites'),
    table('pre-training'),
    note('bidirectional'),
    BLANK,
    pastedHead('1706.03762', 'Attention again'),
  );
  return {title: 'Messy', body};
}

type Result = {undone: boolean; steps: number; message: string};

describe('undo last reorganize (bundle)', () => {
  it('after a sidebar reorganize of the sample doc, puts the document back block for block and splits the merged section', () => {
    const {env, fns} = loadDist({document: messyDoc()});
    const before = env.document.toJSON().body;
    const done = env.scriptRun(fns, 'reorganize') as {
      moves: number;
      mergedSections: string[];
    };
    expect(done.moves).toBeGreaterThan(20);
    expect(done.mergedSections).toEqual(['NLP']);
    expect(env.document.toJSON().body).not.toEqual(before);
    expect(env.scriptRun(fns, 'getReorganizeUndo')).toMatchObject({
      moves: done.moves,
      merged: ['NLP'],
    });

    // One piece of 8 KB holds the record of the sample doc's reorganize (stored-state.ts budget).
    const kept = [...env.properties.script.values].filter(([k]) =>
      k.startsWith('paperHaul.reorganizeUndo'),
    );
    const bytes = kept.reduce((n, [k, v]) => n + k.length + v.length, 0);
    expect(bytes).toBeLessThan(8100);
    console.log(`undo record of ${done.moves} moves: ${bytes} bytes`);

    const undone = env.scriptRun(fns, 'undoLastReorganize') as Result;
    expect(undone).toMatchObject({undone: true});
    expect(undone.message).toMatch(/put back \d+ moves and split “NLP” again/);
    expectSameJson(env.document.toJSON().body, before);
    expect(env.scriptRun(fns, 'getReorganizeUndo')).toBeNull();
    expect(env.scriptRun(fns, 'undoLastReorganize')).toMatchObject({
      undone: false,
      message: 'There is no reorganize to undo in this tab.',
    });
  });

  it('after the scheduled run (a trigger without document properties), the menu item undoes it', () => {
    const {env, fns} = loadDist({document: messyDoc()});
    const before = env.document.toJSON().body;
    env.scriptRun(fns, 'setSchedule', {enabled: true, hour: 6});
    env.timeTrigger(fns, 'scheduledReorganize', {activeDocument: false});
    expect(env.document.toJSON().body).not.toEqual(before);
    env.runAs({authMode: 'FULL', source: 'menu', hasActiveDocument: true}, () =>
      fns.undoReorganizeFromMenu(),
    );
    expect(env.ui.alerts[env.ui.alerts.length - 1]).toMatchObject({
      title: 'Undo last reorganize',
      prompt: expect.stringMatching(/The document is as it was before\./),
    });
    expectSameJson(env.document.toJSON().body, before);
  });

  it('refuses, saying why, when the document was edited after the reorganize, and changes nothing', () => {
    const {env, fns} = loadDist({document: messyDoc()});
    env.scriptRun(fns, 'reorganize');
    const edited = env.document.toJSON().body;
    edited.splice(3, 0, {type: 'paragraph', text: 'A line typed since.'});
    env.document.load({body: edited});
    const refused = env.scriptRun(fns, 'undoLastReorganize') as Result;
    expect(refused.undone).toBe(false);
    expect(refused.message).toMatch(
      /^Nothing was changed: the document changed after the reorganize of .* \(1 block was added since\), so it cannot be put back exactly\./,
    );
    expectSameJson(env.document.toJSON().body, edited);
  });

  it('a fault at any DocumentApp call of the undo, then Undo again, ends like one uninterrupted undo', () => {
    const {env, fns} = loadDist({document: messyDoc()});
    const original = env.document.toJSON().body;
    const setup = () => {
      env.faults.clear();
      for (const store of ['document', 'user', 'script'] as const) {
        env.properties[store].values.clear();
      }
      env.document.load({body: original});
      env.scriptRun(fns, 'reorganize');
    };
    const undo = () => env.scriptRun(fns, 'undoLastReorganize');
    const calls = () =>
      Object.entries(env.calls.byMethod())
        .filter(([m]) => m.startsWith('DocumentApp.'))
        .reduce((sum, [, n]) => sum + n, 0);
    setup();
    env.calls.reset();
    undo();
    const total = calls();
    expectSameJson(env.document.toJSON().body, original);
    const misses: string[] = [];
    let trials = 0;
    for (const mode of MODES) {
      for (const n of points(total, 20)) {
        setup();
        env.faults.failAt(n, {service: 'DocumentApp', kill: mode.kill});
        attempt(undo);
        env.faults.clear();
        // Past the write lease a killed undo leaves (it frees itself after 7 min).
        env.clock.advance(LATER_MS);
        attempt(undo);
        trials++;
        const body = env.document.toJSON().body as Block[];
        if (JSON.stringify(body) !== JSON.stringify(original)) {
          misses.push(`${mode.name} at call ${n}`);
        }
      }
    }
    expect({trials, misses}).toEqual({trials: expect.any(Number), misses: []});
    expect(trials).toBeGreaterThan(30);
  });
});
