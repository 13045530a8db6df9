// reorganize, reorganizeNow and scheduledReorganize through the built bundle in the emulator.
import type {Block, DocJson} from '../../src/core/doc-model';
import {buildOutline, normalizeSectionName} from '../../src/core/outline';
import {entryOrder} from '../../src/core/entry-order';
import type {ReorganizeReport, ScheduleState} from '../../src/core/types';
import giant from '../../samples/giant-doc.json';
import {generateDoc} from '../../samples/generate-doc';
import {loadDist} from '../support/dist-bundle';
import {WITHOUT_DOCS_API} from '../support/manifest';
import {summarize} from '../support/memory-document';
import {
  BLANK,
  heading,
  multiset,
  note,
  pastedHead,
  table,
  writtenHead,
} from '../support/reorganize-fixtures';
import type {Env, BundleFunctions} from '../../emulator';
import {expectSameJson} from '../support/same-json';

/**
 * The sample giant doc made messier: a second "nlp" section (a hand-written
 * entry with a table, a blank line, a paper also under NLP) before the Inbox.
 */
function messyDoc(base: DocJson = giant as DocJson): DocJson {
  const body = base.body.map(b => ({...b}));
  const inbox = body.findIndex(
    b =>
      b.type === 'paragraph' && b.heading === 'HEADING2' && b.text === 'Inbox',
  );
  const mess: Block[] = [
    {type: 'paragraph', text: ' nlp ', heading: 'HEADING2'},
    {type: 'paragraph', text: 'Found later.'},
    pastedHead('1810.04805', 'BERT, the one everybody cites'),
    table('pre-training'),
    note('bidirectional'),
    BLANK,
    pastedHead('1706.03762', 'Attention again'),
  ];
  body.splice(inbox, 0, ...mess);
  return {title: 'Messy', body};
}

function run(
  env: Env,
  fns: BundleFunctions,
  options?: object,
): ReorganizeReport {
  return (
    options === undefined
      ? env.scriptRun(fns, 'reorganize')
      : env.scriptRun(fns, 'reorganize', options)
  ) as ReorganizeReport;
}

/** Asserts every entry run is sorted newest first (but an entry ending the body) and every section name appears once. */
function expectTidy(body: Block[]): void {
  const outline = buildOutline(summarize(body));
  const names = outline.sections.map(s => normalizeSectionName(s.title));
  expect(new Set(names).size).toBe(names.length);
  for (const section of outline.sections) {
    for (const entryRun of section.runs) {
      // Only a run holding a table keeps an entry that ends the document where it is.
      const holdsTable = body
        .slice(entryRun.start, entryRun.end)
        .some(b => b.type === 'table');
      const sorted = holdsTable
        ? entryRun.entries.filter(e => e.end < body.length)
        : entryRun.entries;
      for (let i = 1; i < sorted.length; i++) {
        expect(
          entryOrder(sorted[i - 1], sorted[i], 'newest'),
        ).toBeLessThanOrEqual(0);
      }
    }
  }
}

describe('reorganize through the bundle', () => {
  it('tidies a messy sample doc: sorts, merges, files, reports duplicates and loses nothing', () => {
    const document = messyDoc();
    const {env, fns} = loadDist({document});
    const before = env.document.toJSON().body;

    const dry = run(env, fns, {dryRun: true});
    expectSameJson(env.document.toJSON().body, before);
    expect(dry).toMatchObject({
      dryRun: true,
      complete: true,
      mergedSections: ['NLP'],
    });
    expect(dry.sortedSections).toContain('NLP');
    expect(dry.filed.length).toBeGreaterThan(0);
    expect(dry.duplicates).toContainEqual({
      id: '1706.03762',
      sections: ['NLP', 'nlp', 'Inbox'],
    });

    const done = run(env, fns);
    expect(done).toMatchObject({
      dryRun: false,
      complete: true,
      moves: dry.moves,
      sortedSections: dry.sortedSections,
      mergedSections: ['NLP'],
      filed: dry.filed,
    });
    const after = env.document.toJSON().body;
    expectTidy(after);
    const removed = new Map(multiset(before));
    for (const [key, count] of multiset(after))
      removed.set(key, (removed.get(key) ?? 0) - count);
    const lost = [...removed].filter(([, count]) => count !== 0);
    expect(lost).toEqual([[expect.stringContaining('" nlp "'), 1]]);
    expect(after.slice(0, 3)).toEqual(before.slice(0, 3));
    const outline = buildOutline(summarize(after));
    for (const {id, to} of done.filed) {
      const section = outline.sections.find(s =>
        s.entries.some(e => e.id === id),
      );
      expect(section?.title).toBe(to);
    }

    const again = run(env, fns);
    expect(again).toMatchObject({
      complete: true,
      moves: 0,
      sortedSections: [],
      mergedSections: [],
      filed: [],
    });
    expectSameJson(env.document.toJSON().body, after);
  });

  it('stops a run at its time budget and the resumed runs end exactly where an uncut run does', () => {
    const document = messyDoc(
      generateDoc(600, {seed: 5, shuffled: true, inbox: 20}),
    );
    // On DocumentApp's read path (the Docs API reads in a handful of calls),
    // 20 virtual ms a service call: reading takes three minutes and moving
    // everything (each move journaled in properties) far more, so the work
    // spreads over a dozen runs.
    const manifest = WITHOUT_DOCS_API;
    const uncut = loadDist({document, manifest});
    const whole = run(uncut.env, uncut.fns);
    expect(whole.complete).toBe(true);
    const {env, fns} = loadDist({document, callLatencyMs: 20, manifest});
    const reports: ReorganizeReport[] = [];
    const elapsed: number[] = [];
    do {
      const start = env.clock.now();
      reports.push(run(env, fns));
      elapsed.push(env.clock.now() - start);
    } while (!reports[reports.length - 1].complete && reports.length < 20);
    expect(reports.length).toBeGreaterThan(1);
    expect(reports[0]).toMatchObject({
      complete: false,
      message: expect.stringMatching(/next run continues/),
    });
    for (const ms of elapsed) expect(ms).toBeLessThan(6 * 60_000);
    // Resuming wastes no move: the runs together make the uncut run's moves.
    expect(reports.reduce((sum, r) => sum + r.moves, 0)).toBe(whole.moves);
    expectSameJson(env.document.toJSON(), uncut.env.document.toJSON());
  });

  it('a second run waits briefly for the lock, then gives up without touching the document', () => {
    const {env, fns} = loadDist({document: messyDoc()});
    const before = env.document.toJSON();
    env.holdDocumentLock(true);
    const start = env.clock.now();
    const busy = run(env, fns);
    expect(busy).toMatchObject({
      complete: false,
      moves: 0,
      message: expect.stringMatching(/busy|Another Paper Haul task/),
    });
    expect(env.clock.now() - start).toBeGreaterThanOrEqual(10_000);
    expect(env.clock.now() - start).toBeLessThan(20_000);
    expectSameJson(env.document.toJSON(), before);
    expect(env.calls.byMethod()['DocumentApp.Body.getChild']).toBeUndefined();

    env.holdDocumentLock(false);
    expect(run(env, fns).complete).toBe(true);
    expect(run(env, fns).moves).toBe(0);
  });

  it('reorganizeNow shows the dry run, applies on Yes and leaves the document on No', () => {
    const {env, fns} = loadDist({document: messyDoc()});
    const before = env.document.toJSON();
    env.ui.answers.push('NO');
    fns.reorganizeNow();
    expect(env.ui.alerts).toHaveLength(1);
    expect(env.ui.alerts[0]).toMatchObject({
      title: 'Reorganize',
      buttons: 'YES_NO',
    });
    expect(env.ui.alerts[0].prompt).toMatch(
      /Merge the repeated “NLP” headings into the first\.[\s\S]*In all: \d+ moves\.[\s\S]*Apply exactly these changes\?/,
    );
    expectSameJson(env.document.toJSON(), before);

    env.ui.answers.push('YES');
    fns.reorganizeNow();
    expect(env.ui.alerts).toHaveLength(3);
    expect(env.ui.alerts[2].prompt).toMatch(/Moved \d+ entries\./);
    expectTidy(env.document.toJSON().body);

    fns.reorganizeNow();
    expect(env.ui.alerts[3]).toMatchObject({
      buttons: 'OK',
      prompt: expect.stringMatching(/already in order/),
    });
  });
});

describe('reorganize of a run that ends the document', () => {
  /** A reading list ending with a bulleted list whose last entry belongs first: its gist is the final paragraph. */
  function endingDoc(extra: Block[] = []): DocJson {
    return {
      title: 'Ends with a list',
      body: [
        heading('Vision'),
        writtenHead('2102.00001', 'Seeing'),
        BLANK,
        heading('NLP'),
        writtenHead('2101.00001', 'Old'),
        ...extra,
        note('gist of old'),
        writtenHead('2201.00001', 'Mid'),
        writtenHead('2301.00001', 'New'),
        note('gist of new, the final paragraph'),
      ],
    };
  }

  const ids = (body: Block[]) =>
    body.map(b =>
      b.type === 'table'
        ? '[table]'
        : (/arXiv:(\S+)/.exec(b.text)?.[1] ?? b.text),
    );

  it('sorts it, losing and adding no paragraph, and the body still ends with a paragraph', () => {
    const {env, fns} = loadDist({document: endingDoc()});
    const before = env.document.toJSON().body;

    const done = run(env, fns);
    expect(done).toMatchObject({
      complete: true,
      sortedSections: ['NLP'],
      mergedSections: [],
    });
    expect(done.message).toBeUndefined();
    const after = env.document.toJSON().body;
    expect(ids(after)).toEqual([
      'Vision',
      '2102.00001',
      '',
      'NLP',
      '2301.00001',
      'gist of new, the final paragraph',
      '2201.00001',
      '2101.00001',
      'gist of old',
    ]);
    expect(multiset(after)).toEqual(multiset(before));
    expect(after[after.length - 1].type).not.toBe('table');

    expect(run(env, fns, {dryRun: true})).toMatchObject({
      moves: 0,
      sortedSections: [],
    });
    expect(run(env, fns).moves).toBe(0);
    expectSameJson(env.document.toJSON().body, after);
  });

  it('leaves the last entry in place, saying why, when a table of the list could reach the end', () => {
    const {env, fns} = loadDist({document: endingDoc([table('results')])});
    const before = env.document.toJSON().body;

    const done = run(env, fns);
    expect(done.message).toMatch(/last entry of "NLP" stays last/);
    const after = env.document.toJSON().body;
    expect(ids(after).slice(3)).toEqual([
      'NLP',
      '2201.00001',
      '2101.00001',
      '[table]',
      'gist of old',
      '2301.00001',
      'gist of new, the final paragraph',
    ]);
    expect(multiset(after)).toEqual(multiset(before));
    expect(run(env, fns).moves).toBe(0);
  });
});

describe('the schedule through the bundle', () => {
  it('setSchedule twice leaves one daily trigger; a new hour replaces it; off removes it', () => {
    const {env, fns} = loadDist({document: messyDoc()});
    const on = env.scriptRun(fns, 'setSchedule', {
      enabled: true,
      hour: 7,
    }) as ScheduleState;
    expect(on).toEqual({enabled: true, hour: 7});
    env.scriptRun(fns, 'setSchedule', {enabled: true, hour: 7});
    expect(env.triggers).toEqual([
      expect.objectContaining({
        handler: 'scheduledReorganize',
        eventType: 'CLOCK',
        everyDays: 1,
        atHour: 7,
      }),
    ]);
    env.scriptRun(fns, 'setSchedule', {enabled: true, hour: 21});
    expect(env.triggers).toEqual([
      expect.objectContaining({handler: 'scheduledReorganize', atHour: 21}),
    ]);
    expect(env.scriptRun(fns, 'getSchedule')).toEqual({
      enabled: true,
      hour: 21,
    });
    expect(() =>
      env.scriptRun(fns, 'setSchedule', {enabled: true, hour: 25}),
    ).toThrow('The hour must be a whole number from 0 to 23.');
    expect(env.triggers).toHaveLength(1);
    expect(env.scriptRun(fns, 'setSchedule', {enabled: false})).toEqual({
      enabled: false,
      hour: 21,
    });
    expect(env.triggers).toEqual([]);
  });

  it('the daily trigger tidies the document with no active document, never asks for the Ui, and records its report', () => {
    const {env, fns} = loadDist({document: messyDoc()});
    env.scriptRun(fns, 'setSchedule', {enabled: true, hour: 6});
    env.calls.reset();
    env.timeTrigger(fns, 'scheduledReorganize', {activeDocument: false});
    const methods = Object.keys(env.calls.byMethod());
    expect(methods.filter(m => /getUi|Ui\./.test(m))).toEqual([]);
    expect(methods).toContain('DocumentApp.openById');
    expectTidy(env.document.toJSON().body);

    const state = env.scriptRun(fns, 'getSchedule') as ScheduleState;
    expect(state).toMatchObject({
      enabled: true,
      hour: 6,
      lastRun: {dryRun: false, complete: true, mergedSections: ['NLP']},
    });
    expect(state.lastRun!.moves).toBeGreaterThan(0);

    env.timeTrigger(fns, 'scheduledReorganize', {activeDocument: false});
    expect(
      (env.scriptRun(fns, 'getSchedule') as ScheduleState).lastRun,
    ).toMatchObject({complete: true, moves: 0});
    expect(env.triggers).toHaveLength(1);
  });

  it('a trigger that cannot find its document records why for the sidebar, which gives it its document again', () => {
    const {env, fns} = loadDist({document: messyDoc()});
    env.scriptRun(fns, 'setSchedule', {enabled: true, hour: 6});
    // The target kept for the trigger is gone (user properties cleared).
    for (const key of [...env.properties.user.values.keys()]) {
      if (key.startsWith('paperHaul.scheduleTarget.')) {
        env.properties.user.values.delete(key);
      }
    }
    expect(() =>
      env.timeTrigger(fns, 'scheduledReorganize', {activeDocument: false}),
    ).toThrow(/cannot find its document/);
    const state = env.scriptRun(fns, 'getSchedule') as ScheduleState;
    expect(state.lastRun).toMatchObject({
      complete: false,
      message: expect.stringMatching(/scheduled reorganize failed/),
    });
    // Opening the sidebar stored the target again: the next run tidies.
    env.timeTrigger(fns, 'scheduledReorganize', {activeDocument: false});
    expectTidy(env.document.toJSON().body);
  });
});

describe('reorganize on 5,000-entry documents', () => {
  it.each([
    ['tidy', false],
    ['shuffled', true],
  ])(
    'a %s doc: moves as planned, one copy, insert and removal per moved block',
    (_name, shuffled) => {
      const {env, fns} = loadDist({
        document: generateDoc(5000, {seed: 11, shuffled}),
      });
      const dry = run(env, fns, {dryRun: true});
      env.calls.reset();
      const done = run(env, fns);
      const calls = env.calls.byMethod();
      expect(done).toMatchObject({complete: true, moves: dry.moves});
      const inserted = calls['DocumentApp.Body.insertListItem'] ?? 0;
      const removed = calls['DocumentApp.ListItem.removeFromParent'] ?? 0;
      expect(inserted).toBe(removed);
      if (shuffled) {
        expect(done.moves).toBeGreaterThan(4000);
        expect(inserted).toBeGreaterThanOrEqual(done.moves);
      } else {
        expect(done.moves).toBe(0);
        expect(inserted).toBe(0);
      }
      expectTidy(env.document.toJSON().body);
    },
  );
});
