// Issue 16 item 8 through the built bundle: strict options and plain errors at the add-on's surface.
import type {DocJson} from '../../src/core/doc-model';
import type {
  InsertResult,
  ReorganizeReport,
  ScheduleState,
} from '../../src/core/types';
import type {Env} from '../../emulator';
import {loadDist} from '../support/dist-bundle';
import {heading, writtenHead} from '../support/reorganize-fixtures';

const unsorted = (): DocJson => ({
  body: [
    heading('NLP'),
    writtenHead('2001.00001', 'Old'),
    writtenHead('2101.00002', 'New'),
    {type: 'paragraph', text: ''},
  ],
});

/** Fills the document's property store to its last few bytes. */
function fillDocumentProperties(env: Env): void {
  let key = 0;
  for (let size = 9000; size >= 1; size = Math.floor(size / 2)) {
    for (;;) {
      try {
        env.properties.document.setProperty(`f${key++}`, 'x'.repeat(size));
      } catch {
        break;
      }
    }
  }
}

describe('strict options and plain errors (issue 16 item 8)', () => {
  it('refuses reorganize({dryRun: "true"}) and a misspelled option, changing nothing', () => {
    const {env, fns} = loadDist({document: unsorted()});
    const before = env.document.toJSON();
    expect(() => env.scriptRun(fns, 'reorganize', {dryRun: 'true'})).toThrow(
      /dryRun must be true or false/,
    );
    expect(() => env.scriptRun(fns, 'reorganize', {dryrun: true})).toThrow(
      /Unknown reorganize option “dryrun”/,
    );
    expect(env.document.toJSON()).toEqual(before);
    const preview = env.scriptRun(fns, 'reorganize', {
      dryRun: true,
    }) as ReorganizeReport;
    expect(preview).toMatchObject({dryRun: true, moves: 1});
    expect(env.document.toJSON()).toEqual(before);
  });

  it('refuses a section name of only zero-width or control characters', () => {
    const {env, fns} = loadDist({document: unsorted()});
    const results = env.scriptRun(fns, 'insertPapers', [
      {id: '1605.08386', section: '\u200b\u200d\ufeff'},
      {id: '1605.08387', section: '\u0007\u200b'},
    ]) as InsertResult[];
    expect(results.map(r => [r.status, r.message])).toEqual([
      ['error', expect.stringMatching(/no visible characters/)],
      ['error', expect.stringMatching(/no visible characters/)],
    ]);
    expect(env.fetchLog).toHaveLength(0);
  });

  it('revealEntry never echoes a 100 KB input', () => {
    const {env, fns} = loadDist({document: unsorted()});
    let message = '';
    try {
      env.scriptRun(fns, 'revealEntry', 'q'.repeat(100_000));
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/is not an arXiv id/);
    expect(message.length).toBeLessThan(200);
  });

  it('setSchedule({enabled: false}) turns the schedule off whatever hour comes with it or is stored', () => {
    const {env, fns} = loadDist({document: unsorted()});
    env.scriptRun(fns, 'setSchedule', {enabled: true, hour: 7});
    env.properties.document.setProperty(
      'paperHaul.schedule',
      JSON.stringify({enabled: true, hour: 'seven'}),
    );
    for (const request of [
      {enabled: false, hour: 99},
      {enabled: false, hour: null},
      {enabled: false},
    ]) {
      const state = env.scriptRun(fns, 'setSchedule', request) as ScheduleState;
      expect(state.enabled).toBe(false);
    }
    expect(env.triggers).toEqual([]);
  });

  it('a full property store does not turn a finished reorganize into an error', () => {
    const {env, fns} = loadDist({document: unsorted()});
    fillDocumentProperties(env);
    const report = env.scriptRun(fns, 'reorganize') as ReorganizeReport;
    expect(report).toMatchObject({complete: true, moves: 1});
    expect(report.message).toMatch(
      /^The run finished, but its record for the sidebar could not be saved/,
    );
    const texts = env.document
      .toJSON()
      .body.map(b => ('text' in b ? b.text : ''));
    expect(texts[1]).toMatch(/^New/);
  });
});
