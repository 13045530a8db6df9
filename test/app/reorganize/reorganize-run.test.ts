// A reorganize call end to end: strict options, and a finished run whose record cannot be saved.
import type {KeyValueStore} from '../../../src/app/shared/ports';
import {FakeLock, memoryStore} from '../../support/fakes';
import {
  parseReorganizeOptions,
  recordFailedRun,
  runReorganize,
  type ReorganizeRunDeps,
} from '../../../src/app/reorganize/reorganize-run';
import {
  LAST_REPORT_KEY,
  recordReport,
} from '../../../src/app/schedule/schedule';
import {DEFAULT_SETTINGS} from '../../../src/core/settings';
import {
  StrictDocument,
  heading,
  writtenHead,
} from '../../support/reorganize-fixtures';

/** A property store that refuses every write, as a full one does. */
function fullStore(): KeyValueStore & {values: Map<string, string>} {
  return {
    values: new Map(),
    get: () => null,
    set: () => {
      throw new Error(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    },
    delete: () => undefined,
  };
}

function deps(
  document: StrictDocument,
  properties: KeyValueStore,
): ReorganizeRunDeps {
  return {
    document,
    record: report => recordReport(properties, report),
    settings: {...DEFAULT_SETTINGS, sortOrder: 'newest'},
    lock: new FakeLock(),
    clock: {now: () => Date.UTC(2026, 0, 5), sleep: () => undefined},
  };
}

const unsorted = () =>
  new StrictDocument([
    heading('NLP'),
    writtenHead('2001.00001', 'Old'),
    writtenHead('2101.00002', 'New'),
  ]);

describe('parseReorganizeOptions (issue 16 item 8)', () => {
  it('refuses mistyped, misspelled and unknown options, so a preview never runs for real', () => {
    expect(() => parseReorganizeOptions({dryRun: 'true'})).toThrow(
      /dryRun must be true or false/,
    );
    expect(() => parseReorganizeOptions({dryrun: true})).toThrow(
      /Unknown reorganize option “dryrun”/,
    );
    expect(() => parseReorganizeOptions({dryRun: true, force: 1})).toThrow(
      /Unknown reorganize option “force”/,
    );
    expect(() => parseReorganizeOptions('dryRun')).toThrow(/must be an object/);
    expect(() => parseReorganizeOptions({expectPlan: 3})).toThrow(
      /expectPlan must be text/,
    );
  });

  it('accepts no options, dryRun as a boolean, and expectPlan as text', () => {
    expect(parseReorganizeOptions(undefined)).toEqual({dryRun: false});
    expect(parseReorganizeOptions(null)).toEqual({dryRun: false});
    expect(parseReorganizeOptions({dryRun: true})).toEqual({dryRun: true});
    expect(parseReorganizeOptions({dryRun: false, expectPlan: 'p'})).toEqual({
      dryRun: false,
      expectPlan: 'p',
    });
  });
});

describe('runReorganize', () => {
  it('records a real run for the sidebar, and not a dry run', () => {
    const store = memoryStore();
    runReorganize({dryRun: true}, deps(unsorted(), store));
    expect(store.values.has(LAST_REPORT_KEY)).toBe(false);
    const report = runReorganize({dryRun: false}, deps(unsorted(), store));
    expect(JSON.parse(store.values.get(LAST_REPORT_KEY)!)).toEqual(report);
  });

  it('reports a finished run as finished when its record cannot be saved (full property store)', () => {
    const document = unsorted();
    const report = runReorganize({dryRun: false}, deps(document, fullStore()));
    expect(report).toMatchObject({complete: true, moves: 1});
    expect(report.message).toMatch(
      /^The run finished, but its record for the sidebar could not be saved \(You have exceeded the property storage quota/,
    );
    expect(document.blocks.map(b => ('text' in b ? b.text : ''))[1]).toMatch(
      /^New/,
    );
  });

  it('a failed scheduled run whose record cannot be saved leaves the error to the caller', () => {
    expect(() =>
      recordFailedRun(
        report => recordReport(fullStore(), report),
        0,
        new Error('boom'),
      ),
    ).not.toThrow();
    const store = memoryStore();
    recordFailedRun(
      report => recordReport(store, report),
      0,
      new Error('boom'),
    );
    expect(JSON.parse(store.values.get(LAST_REPORT_KEY)!).message).toBe(
      'The scheduled reorganize failed: boom',
    );
  });
});
