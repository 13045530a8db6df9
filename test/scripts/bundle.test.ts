// The build: ES2019 only, and one top-level wrapper per export of the server entry, never listed by hand.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import {topicWords} from '../../src/core/classify/lexicon';
import {classifierWordLists} from '../../src/core/classify/word-lists';
import {taxonomyNameRows} from '../../src/core/taxonomy-names-data';
import {packedTaxonomyWords} from '../../src/core/taxonomy-words-data';

const bundle = require('../../scripts/bundle.js');

const ROOT = path.resolve(__dirname, '../..');

// Each case builds the bundle (esbuild, then two parses of 200 KB): seconds, more on a busy machine.
jest.setTimeout(60_000);

describe('server bundle', () => {
  it('adds a wrapper for an export added to the server entry, with no other edit', async () => {
    const dir = fs.mkdtempSync(path.join(ROOT, 'build-test-'));
    try {
      const entry = path.join(dir, 'main-plus.ts');
      fs.writeFileSync(
        entry,
        "export * from '../src/server/main';\nexport function addedForTheTest(): string { return 'hi'; }\n",
      );
      const plain = await bundle.buildServer();
      const plus = await bundle.buildServer({entry});
      expect(plus.exports).toEqual(
        [...plain.exports, 'addedForTheTest'].sort(),
      );
      expect(plus.code).toContain(
        'function addedForTheTest(...a){return PaperHaul.addedForTheTest(...a)}',
      );
    } finally {
      fs.rmSync(dir, {recursive: true, force: true});
    }
  });

  it('wraps every export of src/server/main.ts as a top-level function', async () => {
    const {code, exports} = await bundle.buildServer();
    expect(exports).toEqual(
      expect.arrayContaining(['onOpen', 'onInstall', 'showSidebar']),
    );
    for (const name of exports) {
      expect(code).toMatch(
        new RegExp(`^function ${name}\\(\\.\\.\\.a\\)\\{`, 'm'),
      );
    }
  });

  // The target itself, 200 KB (issue 27): met at 198,136 B with names
  // kept: the self-test's page is dist/Report.html; the taxonomy's names and words, the topic lexicon and the
  // classifier's word lists are read from dist/ServerData.html on first use; docs/PERFORMANCE.md.
  it('stays under 200 KB (the target) while a stack trace still names our functions (minified, names kept)', async () => {
    const {code} = await bundle.buildServer();
    expect(Buffer.byteLength(code)).toBeLessThan(200_000);
    const api = new Function(`${code}; return PaperHaul;`)() as Record<
      string,
      () => unknown
    >;
    expect(api.insertPapers.name).toBe('insertPapers');
    // Outside Apps Script the first service touched is missing: the trace names the functions on the way.
    let stack = '';
    try {
      api.getSettings();
    } catch (err) {
      stack = String((err as Error).stack);
    }
    expect(stack).toMatch(/at once /);
    expect(stack).toMatch(/userProperties/);
  });

  it('moves the data modules to ServerData.html, with the values the modules give, read nothing on load', async () => {
    const {code, serverData} = await bundle.buildServer();
    const data = JSON.parse(serverData) as Record<string, unknown>[];
    expect(data[0].taxonomyNameRows).toEqual(taxonomyNameRows());
    expect(data[1].packedTaxonomyWords).toEqual(packedTaxonomyWords());
    expect(data[2].topicWords).toEqual(topicWords());
    expect(data[3].classifierWordLists).toEqual(classifierWordLists());
    // The values are in the data file, not in the bundle.
    expect(serverData).toContain('Cosmology and Nongalactic Astrophysics');
    expect(code).not.toContain('Cosmology and Nongalactic Astrophysics');
    expect(code).not.toContain('q-learning');
    // Loading the bundle reads nothing: the file is read when a caller first needs a value.
    let reads = 0;
    const HtmlService = {
      createHtmlOutputFromFile(name: string) {
        reads++;
        expect(name).toBe('ServerData');
        return {getContent: () => serverData};
      },
    };
    const api = new Function('HtmlService', `${code}; return PaperHaul;`)(
      HtmlService,
    ) as Record<string, unknown>;
    expect(typeof api.onOpen).toBe('function');
    expect(reads).toBe(0);
  });

  it('names functions through one table, as keepNames did one call each', () => {
    const code =
      'var PaperHaul=(()=>{var St=Object.defineProperty;var s=(e,t)=>St(e,"name",{value:t,configurable:!0});' +
      'var api={first:()=>Mo(),fn:()=>Mo,fns:()=>[Mo,No],obj:()=>o};function Mo(){return No()}s(Mo,"insertPapers");' +
      'function No(){return 1}s(No,"readOutline");' +
      'var o={tell:s(()=>1,"tell"),other:s(()=>2,"renamed"),named:s(function q(){},"named")};return api})();';
    const compact = bundle.compactNames(code) as string;
    expect(compact).not.toContain('s(Mo,"insertPapers")');
    expect(compact).not.toContain('tell:s(');
    const api = new Function(`${compact}; return PaperHaul;`)() as {
      first(): number;
      fn(): () => void;
      fns(): (() => void)[];
      obj(): Record<string, () => void>;
    };
    expect(api.first()).toBe(1);
    expect(api.fns().map(f => f.name)).toEqual(['insertPapers', 'readOutline']);
    const o = api.obj();
    expect([o.tell.name, o.other.name, o.named.name]).toEqual([
      'tell',
      'renamed',
      'named',
    ]);
  });

  it('refuses code newer than ES2019', () => {
    expect(() => bundle.checkServerBundle('let a; a ??= 1;', [])).toThrow(
      /not ES2019/,
    );
    expect(() =>
      bundle.checkServerBundle('class A { static x = 1 }', []),
    ).toThrow(/not ES2019/);
    expect(() => bundle.checkServerBundle('const o = {}; o?.a;', [])).toThrow(
      /not ES2019/,
    );
  });

  it('refuses an export without its wrapper', () => {
    expect(() =>
      bundle.checkServerBundle('var PaperHaul = {};', ['onOpen']),
    ).toThrow('Exports without a top-level wrapper: onOpen');
  });

  it('writes to disk exactly the code it returns', async () => {
    const out = path.join(os.tmpdir(), `paper-haul-${process.pid}.js`);
    const {code} = await bundle.buildServer({outFile: out});
    expect(fs.readFileSync(out, 'utf8')).toBe(code);
    fs.rmSync(out);
  });
});
