// gas-fakes' DocumentApp tests, proved on live Apps Script by their author, run unchanged against our emulator.
//
// Every assertion passes or is listed in deliberate-differences.json (with
// its reason: stricter than live, or not used by Paper Haul); every section
// that stops early on a method we do not emulate is listed with the message
// it stops on. Nothing listed may pass or run through (the list stays
// exact), and docs/PLATFORM.md's table is the one rendered from the list.
// UPDATE_PLATFORM_TABLE=1 rewrites that table.
import {readFileSync, writeFileSync} from 'fs';
import {join} from 'path';
import {
  GAS_FAKES_FILES,
  VENDORED_DIR,
  runVendored,
  vendoredSha256,
} from './gas-fakes-harness';
import {
  TABLE_BEGIN,
  TABLE_END,
  checkAgainstList,
  readDeliberateDifferences,
  renderTable,
} from './deliberate-differences';

const PLATFORM = join(__dirname, '..', '..', 'docs', 'PLATFORM.md');

// Run at collection time so the counts can name the tests (the run's closing note).
const results = GAS_FAKES_FILES.flatMap(file => runVendored(file));
const list = readDeliberateDifferences();
const {problems, counts} = checkAgainstList(results, list);

describe('gas-fakes DocumentApp tests (brucemcpherson/gas-fakes, MIT)', () => {
  afterAll(() => {
    // The run's closing note on this suite (as fault-sweep.test.ts does).
    console.log(
      `gas-fakes fidelity: ${counts.run} assertions run, ${counts.passed} passed, ${counts.failedListed + counts.stoppedListed} listed as deliberate (${counts.failedListed} failed assertions, ${counts.stoppedListed} sections stopping early where listed)`,
    );
  });

  it('are vendored unchanged: each file has the sha256 SOURCES.md gives', () => {
    const sources = readFileSync(join(VENDORED_DIR, 'SOURCES.md'), 'utf8');
    for (const file of GAS_FAKES_FILES) {
      const row = sources
        .split('\n')
        .find(line => line.startsWith(`| \`${file}\``));
      expect(row).toBeDefined();
      expect(row).toContain(vendoredSha256(file));
    }
    expect(readFileSync(join(VENDORED_DIR, 'LICENSE'), 'utf8')).toMatch(
      /^MIT License/,
    );
  });

  it(`run ${counts.run} assertions in ${counts.sections} sections: ${counts.passed} pass, ${counts.failedListed} fail as listed deliberate differences, ${counts.stoppedListed} sections stop where listed`, () => {
    expect(counts.sections).toBeGreaterThanOrEqual(29);
    expect(problems).toEqual([]);
  });

  it("docs/PLATFORM.md's table is the one rendered from deliberate-differences.json", () => {
    const table = renderTable(results, list, counts);
    const doc = readFileSync(PLATFORM, 'utf8');
    const begin = doc.indexOf(TABLE_BEGIN);
    const end = doc.indexOf(TABLE_END);
    if (process.env.UPDATE_PLATFORM_TABLE && begin >= 0 && end > begin) {
      writeFileSync(
        PLATFORM,
        doc.slice(0, begin) + table + doc.slice(end + TABLE_END.length),
      );
      return;
    }
    expect(begin).toBeGreaterThanOrEqual(0);
    expect(doc.slice(begin, end + TABLE_END.length)).toBe(table);
  });
});
