// What running dist/Code.js in a vm context needs: its parsed facts (cached by content hash), one compiled Script, a virtual Date, host errors accepted, and its globals bound lexically.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import * as acorn from 'acorn';

const ROOT = path.resolve(__dirname, '..');

/** What loading one code string needs beyond a context, kept across loads of the same code. */
export interface CompiledBundle {
  /** The top-level function declarations' names, in order. */
  functionNames: string[];
  /** Compiled once: V8 runs the same Script in every new context. */
  script?: vm.Script;
  /** Names the code declares at its top level or assigns anywhere: never bound ahead of it. */
  ownNames: Set<string>;
  /** Every identifier-like word in the code (a superset of the globals it reads). */
  words: Set<string>;
}

/** The last few codes loaded: tests load dist/Code.js hundreds of times, and a few small scripts. */
const compiledBundles = new Map<string, CompiledBundle>();
const COMPILED_BUNDLES_KEPT = 16;

/** Names bound by a top-level declaration, and every identifier assigned to anywhere. */
function ownNamesOf(program: acorn.Program): Set<string> {
  const names = new Set<string>();
  const declared = (pattern: acorn.Pattern | null | undefined): void => {
    if (!pattern) return;
    if (pattern.type === 'Identifier') names.add(pattern.name);
    else if (pattern.type === 'ObjectPattern') {
      for (const p of pattern.properties) {
        declared(p.type === 'RestElement' ? p.argument : p.value);
      }
    } else if (pattern.type === 'ArrayPattern') {
      for (const element of pattern.elements) declared(element);
    } else if (pattern.type === 'RestElement') declared(pattern.argument);
    else if (pattern.type === 'AssignmentPattern') declared(pattern.left);
  };
  for (const node of program.body) {
    if (
      node.type === 'FunctionDeclaration' ||
      node.type === 'ClassDeclaration'
    ) {
      names.add(node.id.name);
    } else if (node.type === 'VariableDeclaration') {
      for (const d of node.declarations) declared(d.id);
    }
  }
  // Assignments anywhere (a sloppy script may assign a global from a function).
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const n = node as {type?: unknown} & Record<string, unknown>;
    if (n.type === 'AssignmentExpression') {
      declared(n.left as acorn.Pattern);
    } else if (n.type === 'UpdateExpression') {
      declared(n.argument as acorn.Pattern);
    } else if (n.type === 'ForInStatement' || n.type === 'ForOfStatement') {
      declared(n.left as acorn.Pattern);
    }
    for (const key of Object.keys(n)) {
      if (key !== 'type' && key !== 'start' && key !== 'end') visit(n[key]);
    }
  };
  visit(program.body);
  return names;
}

/** What parsing a code string tells loadBundle, as stored in the facts cache. */
interface BundleFacts {
  functionNames: string[];
  ownNames: string[];
  words: string[];
}

/**
 * Facts of big codes (dist/Code.js) by content hash, shared by every test
 * file and worker of a run: acorn takes about a second over the bundle, and
 * some 60 test files load it, each with its own module registry.
 */
const FACTS_DIR = path.join(
  ROOT,
  'node_modules',
  '.cache',
  'paper-haul-emulator',
);
const FACTS_MIN_LENGTH = 10_000;
const FACTS_FORMAT = 1;

/** @throws Error when the code is not ES2019. */
function parseFacts(code: string): BundleFacts {
  let program: acorn.Program;
  try {
    program = acorn.parse(code, {ecmaVersion: 2019, sourceType: 'script'});
  } catch (err) {
    throw new Error(`The bundle is not ES2019: ${(err as Error).message}`);
  }
  const functionNames: string[] = [];
  for (const node of program.body) {
    if (node.type === 'FunctionDeclaration') functionNames.push(node.id.name);
  }
  return {
    functionNames,
    ownNames: [...ownNamesOf(program)],
    words: [...new Set(code.match(/[A-Za-z_$][\w$]*/g) ?? [])],
  };
}

function bundleFacts(code: string): BundleFacts {
  if (code.length < FACTS_MIN_LENGTH) return parseFacts(code);
  const key = crypto
    .createHash('sha256')
    .update(`${FACTS_FORMAT}\n${acorn.version}\n`)
    .update(code)
    .digest('hex');
  const file = path.join(FACTS_DIR, `${key}.json`);
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as BundleFacts;
  } catch {
    // Not cached yet (or unreadable): parse, then store for the next file.
  }
  const facts = parseFacts(code);
  try {
    fs.mkdirSync(FACTS_DIR, {recursive: true});
    const partial = `${file}.${process.pid}.partial`;
    fs.writeFileSync(partial, JSON.stringify(facts));
    fs.renameSync(partial, file);
  } catch {
    // A read-only tree only loses the cache.
  }
  return facts;
}

/** The facts and Script of a code string, kept for the last few codes loaded. */
export function compileBundle(code: string): CompiledBundle {
  const kept = compiledBundles.get(code);
  if (kept) return kept;
  const facts = bundleFacts(code);
  const compiled: CompiledBundle = {
    functionNames: facts.functionNames,
    ownNames: new Set(facts.ownNames),
    words: new Set(facts.words),
  };
  if (compiledBundles.size >= COMPILED_BUNDLES_KEPT) {
    compiledBundles.delete(compiledBundles.keys().next().value as string);
  }
  compiledBundles.set(code, compiled);
  return compiled;
}

/**
 * Binds the context's globals that the code reads (builtins such as Math,
 * JSON, Object and the services) as global lexical constants of the same
 * values. Why: in a vm context every global lookup goes through Node's
 * interceptor, some 30 times slower than a lexical one, which made the
 * bundle's own hot loops (hashing a 5,000-entry document) take seconds.
 * The code sees the same objects; names it declares or assigns are left
 * alone, as are non-configurable globals (undefined, NaN, Infinity).
 */
export function bindGlobalsLexically(
  context: vm.Context,
  compiled: CompiledBundle,
): void {
  const globalNames = vm.runInContext(
    `Object.getOwnPropertyNames(globalThis).filter(function (name) {
      var d = Object.getOwnPropertyDescriptor(globalThis, name);
      return d !== undefined && d.configurable;
    })`,
    context,
  ) as string[];
  const names = globalNames.filter(
    name =>
      name !== 'globalThis' &&
      /^[A-Za-z_$][\w$]*$/.test(name) &&
      compiled.words.has(name) &&
      !compiled.ownNames.has(name),
  );
  if (names.length) {
    vm.runInContext(`const {${names.join(', ')}} = globalThis;`, context);
  }
}

/**
 * Installs a Date in the context whose `Date.now()` and `new Date()` read the
 * virtual clock; every other form behaves as the real Date.
 */
export function installVirtualDate(
  context: vm.Context,
  now: () => number,
): void {
  const install = vm.runInContext(
    `(function (now) {
      var RealDate = Date;
      function VirtualDate() {
        if (!new.target) return new RealDate(now()).toString();
        var args = arguments.length ? Array.prototype.slice.call(arguments) : [now()];
        return Reflect.construct(RealDate, args, new.target);
      }
      VirtualDate.prototype = RealDate.prototype;
      VirtualDate.now = function () { return now(); };
      VirtualDate.UTC = RealDate.UTC;
      VirtualDate.parse = RealDate.parse;
      globalThis.Date = VirtualDate;
    })`,
    context,
  ) as (now: () => number) => void;
  install(now);
}

/**
 * Makes `err instanceof Error` in the context true for the emulator's own
 * errors too: they are made in this realm, while Apps Script's service
 * errors are Errors to the script. Subclasses (TypeError, ...) keep the
 * ordinary check.
 */
export function acceptHostErrors(context: vm.Context): void {
  const install = vm.runInContext(
    `(function (isHostError) {
      var ContextError = Error;
      var ordinary = Function.prototype[Symbol.hasInstance];
      Object.defineProperty(ContextError, Symbol.hasInstance, {
        value: function (value) {
          return ordinary.call(this, value) || (this === ContextError && isHostError(value));
        },
      });
    })`,
    context,
  ) as (isHostError: (value: unknown) => boolean) => void;
  install(value => value instanceof Error);
}
