// Runs gas-fakes' vendored DocumentApp tests (test/fixtures/gas-fakes) in our emulator: their assertion API, their helpers, our globals.
//
// The vendored files are ES modules written for Node + gas-fakes and for
// live Apps Script. They are read as text and run unchanged in a vm
// context: their `import` lines are dropped (what they import is provided
// here) and `export const` becomes `const`. The assertion object `t`
// follows @mcpher/unit's `src/Unit.mjs` (t.is compares with ===, an
// undefined actual always fails, t.false passes on anything but true). A
// section that throws is recorded as stopped with the error's message: the
// assertions after that point did not run.
import {createHash} from 'crypto';
import {readFileSync} from 'fs';
import {join} from 'path';
import * as vm from 'vm';
import {createEnvironment} from '../../emulator';

/** Where the vendored files, their LICENSE and SOURCES.md live. */
export const VENDORED_DIR = join(__dirname, '..', 'fixtures', 'gas-fakes');

/** The vendored test files, in the order they run. */
export const GAS_FAKES_FILES = [
  'testdocs.js',
  'testdocsnext.js',
  'testdocslistitems.js',
  'testdocsstyles.js',
];

/** One executed assertion. */
export interface AssertionResult {
  /** Its number within the section, from 0, as @mcpher/unit counts. */
  number: number;
  /** The test's description, or `test: <number>` when it gives none. */
  description: string;
  passed: boolean;
  actual: unknown;
  expect: unknown;
}

/** One `unit.section` of a vendored file as it ran here. */
export interface SectionResult {
  file: string;
  section: string;
  assertions: AssertionResult[];
  /** The message of the error that ended the section early, or null. */
  stopped: string | null;
}

type Compare = (actual: unknown, expect: unknown) => boolean;

/** Structural equality across realms (the vm context's objects and the emulator's have different prototypes). */
function deepEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || !a || !b) {
    return Number.isNaN(a) && Number.isNaN(b);
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every(
    k =>
      Object.prototype.hasOwnProperty.call(b, k) &&
      deepEquals(
        (a as Record<string, unknown>)[k],
        (b as Record<string, unknown>)[k],
      ),
  );
}

const equal: Compare = (actual, expect) => actual === expect;
const rxMatch: Compare = (actual, expect) => {
  if (!(expect instanceof RegExp) && !isForeignRegExp(expect)) {
    throw new Error('expect argument should be a regex');
  }
  return (expect as RegExp).test(String(actual));
};

function isForeignRegExp(value: unknown): boolean {
  return Object.prototype.toString.call(value) === '[object RegExp]';
}

function describe(options: unknown, number: number): string {
  if (typeof options === 'string') return options;
  const given = (options as {description?: string} | undefined)?.description;
  return given || `test: ${number}`;
}

/** The `t` a section receives: @mcpher/unit's assertions, recording into `results`. */
export function makeAssertions(results: AssertionResult[]) {
  const record = (
    actual: unknown,
    expect: unknown,
    compare: Compare,
    invert: boolean,
    options: unknown,
  ): void => {
    const number = results.length;
    const eql = compare(actual, expect);
    // As Unit.test: neverUndefined is on by default.
    const failed = Boolean(eql) === invert || actual === undefined;
    results.push({
      number,
      description: describe(options, number),
      passed: !failed,
      actual,
      expect,
    });
  };
  return {
    is: (a: unknown, e: unknown, o?: unknown) => record(a, e, equal, false, o),
    not: (a: unknown, e: unknown, o?: unknown) => record(a, e, equal, true, o),
    equal: (a: unknown, e: unknown, o?: unknown) =>
      record(a, e, equal, false, o),
    notEqual: (a: unknown, e: unknown, o?: unknown) =>
      record(a, e, equal, true, o),
    deepEqual: (a: unknown, e: unknown, o?: unknown) =>
      record(a, e, deepEquals, false, o),
    notDeepEqual: (a: unknown, e: unknown, o?: unknown) =>
      record(a, e, deepEquals, true, o),
    true: (a: unknown, o?: unknown) => record(a, true, equal, false, o),
    false: (a: unknown, o?: unknown) => record(a, true, equal, true, o),
    truthy: (a: unknown, o?: unknown) => record(!!a, true, equal, false, o),
    falsey: (a: unknown, o?: unknown) => record(!!a, true, equal, true, o),
    rxMatch: (a: unknown, e: unknown, o?: unknown) =>
      record(a, e, rxMatch, false, o),
    notRxMatch: (a: unknown, e: unknown, o?: unknown) =>
      record(a, e, rxMatch, true, o),
    /** Not an assertion: the error `fn` threw (its message parsed when JSON), else undefined. */
    threw: (fn: () => unknown): unknown => {
      try {
        fn();
        return undefined;
      } catch (error) {
        const message = (error as {message?: unknown})?.message;
        if (typeof message === 'string') {
          try {
            return JSON.parse(message) as unknown;
          } catch {
            return error;
          }
        }
        return error;
      }
    },
  };
}

/** The three predicates of @sindresorhus/is the files use. */
const is = {
  array: (v: unknown) => Array.isArray(v),
  object: (v: unknown) =>
    v !== null && (typeof v === 'object' || typeof v === 'function'),
  nonEmptyString: (v: unknown) => typeof v === 'string' && v.length > 0,
};

/** sha256 of a vendored file, to check it against SOURCES.md. */
export function vendoredSha256(file: string): string {
  return createHash('sha256')
    .update(readFileSync(join(VENDORED_DIR, file)))
    .digest('hex');
}

/** The file's source as a script: imports dropped, exports made plain, the exported names returned. */
export function asScript(source: string): {code: string; exported: string[]} {
  const exported: string[] = [];
  const body = source
    .replace(
      /^import\s+(?:[^;'"]*?\s+from\s+)?['"][^'"]+['"];?/gm,
      match => match.replace(/[^\n]/g, ' '), // keep line numbers
    )
    .replace(/^export\s+const\s+(\w+)/gm, (_m, name: string) => {
      exported.push(name);
      return `const ${name}`;
    });
  return {
    code: `(function () {${body}\nreturn {${exported.join(', ')}};\n})()`,
    exported,
  };
}

const FIXES = {PREFIX: '', CLEAN: false, EMAIL: 'researcher@example.com'};

/**
 * Runs every section of one vendored file in a fresh emulator, each
 * section as one FULL execution, and returns what each assertion did.
 */
export function runVendored(file: string): SectionResult[] {
  const env = createEnvironment();
  const {DocumentApp, Docs} = env.globals;
  const sections: SectionResult[] = [];

  const unit = {
    section(name: string, fn: (t: ReturnType<typeof makeAssertions>) => void) {
      const result: SectionResult = {
        file,
        section: name,
        assertions: [],
        stopped: null,
      };
      sections.push(result);
      try {
        env.runAs(
          {authMode: 'FULL', source: 'run', hasActiveDocument: true},
          () => fn(makeAssertions(result.assertions)),
        );
      } catch (error) {
        const message = (error as {message?: unknown})?.message;
        result.stopped = typeof message === 'string' ? message : String(error);
      }
    },
    report: () => true,
  };

  // testassist.js's helpers, reduced to what a fresh emulator needs.
  const maketdoc = () => {
    const docName = `${FIXES.PREFIX}tss-docs`;
    // On live it reuses one document and clears it: the same empty document.
    const doc = DocumentApp.create(docName);
    return {doc, docName, reuse: false};
  };
  const getChildren = (body: GoogleAppsScript.Document.Body) => {
    const children = [];
    for (let i = 0; i < body.getNumChildren(); i++) {
      children.push(body.getChild(i));
    }
    return children;
  };
  const unpackedDoc = (id: string) => {
    if (!Docs) throw new Error('Docs is not defined');
    const data = Docs.Documents.get(id, {includeTabsContent: true}) as {
      tabs?: {documentTab?: object}[];
    };
    return data?.tabs?.[0]?.documentTab ?? data;
  };
  const notProvided = (name: string) => () => {
    throw new Error(`${name} is not provided by the harness`);
  };

  const context = vm.createContext({
    ...env.globals,
    is,
    initTests: () => ({unit, fixes: FIXES, runnables: []}),
    wrapupTest: () => {},
    createTrashCollector: () => [],
    trasher: () => {},
    getDocsPerformance: () => ({}),
    maketdoc,
    getChildren,
    unpackedDoc,
    docReport: notProvided('docReport'),
  });
  const source = readFileSync(join(VENDORED_DIR, file), 'utf8');
  const {code, exported} = asScript(source);
  const loaded = vm.runInContext(code, context, {filename: file}) as Record<
    string,
    (pack: object) => unknown
  >;
  for (const name of exported) loaded[name]({unit, fixes: FIXES});
  return sections;
}
