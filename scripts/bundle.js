// Builds dist/ (what clasp pushes) and build/ (the emulator for the playground and bench) with esbuild.
'use strict';
const esbuild = require('esbuild');
const acorn = require('acorn');
const fs = require('node:fs');
const path = require('node:path');
const {renderMarkdown} = require('./markdown-page');

const ROOT = path.resolve(__dirname, '..');
const GLOBAL_NAME = 'PaperHaul';
const SERVER_TARGET = 'es2019';

/**
 * Minifies third-party modules as they are loaded: library code is the bulk
 * of the bundle, while our own code stays readable in Apps Script's stack
 * traces (Stackdriver shows file lines, so one minified line would hide them).
 */
const minifyDependencies = {
  name: 'minify-dependencies',
  setup(build) {
    build.onLoad({filter: /[\\/]node_modules[\\/].*\.m?js$/}, async args => {
      const source = await fs.promises.readFile(args.path, 'utf8');
      const result = await esbuild.transform(source, {
        loader: 'js',
        format: 'esm',
        minify: true,
        target: SERVER_TARGET,
        legalComments: 'none',
      });
      return {contents: result.code, loader: 'js'};
    });
  },
};

/**
 * Data modules the server reads from dist/ServerData.html on first use
 * instead of carrying them in dist/Code.js, which Apps Script loads on every
 * execution (issue 27: the bundle under 200 KB); an HTML file is read only
 * when asked for. Each export must be a function of no arguments returning
 * JSON data; the pages and the tests import the modules as they are.
 */
const SERVER_DATA_MODULES = [
  'src/core/taxonomy-names-data.ts',
  'src/core/taxonomy-words-data.ts',
  'src/core/classify/lexicon.ts',
  'src/core/classify/word-lists.ts',
  'src/core/search-synonyms-data.ts',
];
const SERVER_DATA_FILE = 'ServerData';

/**
 * Replaces each of SERVER_DATA_MODULES with functions reading its values,
 * computed here, from one JSON file parsed once an execution, and collects
 * those values in `data` (by the module's index in the list).
 */
function serverDataPlugin(data) {
  const reader = `let data;
export function serverData(i) {
  if (!data) data = JSON.parse(HtmlService.createHtmlOutputFromFile(${JSON.stringify(SERVER_DATA_FILE)}).getContent());
  return data[i];
}`;
  return {
    name: 'server-data',
    setup(build) {
      build.onResolve({filter: /^paper-haul:server-data$/}, args => ({
        path: args.path,
        namespace: 'server-data',
      }));
      build.onLoad({filter: /.*/, namespace: 'server-data'}, () => ({
        contents: reader,
        loader: 'js',
      }));
      build.onLoad({filter: /\.ts$/}, async args => {
        const index = SERVER_DATA_MODULES.indexOf(
          path.relative(ROOT, args.path).split(path.sep).join('/'),
        );
        if (index < 0) return undefined;
        const result = await esbuild.build({
          entryPoints: [args.path],
          bundle: true,
          format: 'cjs',
          platform: 'neutral',
          write: false,
          logLevel: 'silent',
        });
        const module = {exports: {}};
        new Function('module', 'exports', result.outputFiles[0].text)(
          module,
          module.exports,
        );
        const values = {};
        const stubs = [];
        for (const [name, fn] of Object.entries(module.exports)) {
          if (typeof fn !== 'function' || fn.length) {
            throw new Error(
              `${args.path}: a server data module exports only functions of no arguments (${name})`,
            );
          }
          values[name] = fn();
          stubs.push(
            `export function ${name}() { return serverData(${index}).${name}; }`,
          );
        }
        data[index] = values;
        return {
          contents: `import {serverData} from 'paper-haul:server-data';\n${stubs.join('\n')}`,
          loader: 'js',
        };
      });
    },
  };
}

/**
 * Bundles the server entry into one IIFE and appends a real top-level
 * function for every export, as Apps Script only calls top-level functions.
 * @param {{entry?: string, outFile?: string, minify?: boolean}} options
 *   outFile: dist/Code.js; dist/ServerData.html is written next to it
 * @returns {Promise<{code: string, exports: string[], metafile: object, serverData: string}>}
 *   metafile: esbuild's, for the bench's bytes-per-source breakdown;
 *   serverData: the JSON of SERVER_DATA_MODULES' values
 */
async function buildServer(options = {}) {
  const entry = options.entry || path.join(ROOT, 'src/server/main.ts');
  const data = [];
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL_NAME,
    target: SERVER_TARGET,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    charset: 'utf8',
    legalComments: 'none',
    // Issue 27, under Apps Script's 200 KB target: whitespace and syntax
    // alone give 249 KB (from 329 KB); identifiers too, 188 KB. keepNames
    // sets every function's and class's `name`, which V8 prints in stack
    // traces, so a trace still reads `at insertPapers`, `at Object.read`
    // (197 KB). Line numbers say nothing in one line of code, the names do.
    minify: true,
    keepNames: true,
    plugins: [minifyDependencies, serverDataPlugin(data)],
    write: false,
    outfile: 'Code.js',
    metafile: true,
    logLevel: 'silent',
  });
  const exports = await exportNames(entry);
  const code = compactNames(result.outputFiles[0].text) + wrappers(exports);
  checkServerBundle(code, exports);
  const serverData = JSON.stringify(data);
  if (options.outFile) {
    writeFile(options.outFile, code);
    writeFile(
      path.join(path.dirname(options.outFile), `${SERVER_DATA_FILE}.html`),
      serverData,
    );
  }
  return {code, exports, metafile: result.metafile, serverData};
}

/**
 * Makes keepNames cheaper (issue 27: it costs about 13 KB), with the same
 * names set: esbuild writes `s(Mo,"insertPapers");` after each function
 * declaration, 535 of them. Declarations are hoisted, so one table run right
 * after the helper's own definition names them all as early or earlier
 * (about 2.7 KB less). And `key:s(()=>…,"key")` loses its call: the language
 * already names an anonymous function after its property key (0.7 KB).
 * @param {string} code esbuild's IIFE, minified with keepNames
 * @returns {string} the same program, names set by the table
 */
function compactNames(code) {
  const ast = acorn.parse(code, {ecmaVersion: 2019, sourceType: 'script'});
  const iife = ast.body
    .filter(node => node.type === 'VariableDeclaration')
    .map(node => node.declarations[0])
    .find(d => d.id.name === GLOBAL_NAME);
  const body = iife && iife.init.callee && iife.init.callee.body;
  if (!body || body.type !== 'BlockStatement') return code;
  // The helper: `var s=(e,t)=>St(e,"name",{value:t,configurable:!0});`.
  const helperStatement = body.body.find(
    node =>
      node.type === 'VariableDeclaration' &&
      node.declarations.length === 1 &&
      node.declarations[0].init &&
      node.declarations[0].init.type === 'ArrowFunctionExpression' &&
      /^\(\w+,\w+\)=>\w+\(\w+,"name",\{value:\w+,configurable:!0\}\)$/.test(
        code.slice(
          node.declarations[0].init.start,
          node.declarations[0].init.end,
        ),
      ),
  );
  if (!helperStatement) return code;
  const helper = helperStatement.declarations[0].id.name;
  const isHelperCall = node =>
    node &&
    node.type === 'CallExpression' &&
    node.callee.type === 'Identifier' &&
    node.callee.name === helper &&
    node.arguments.length === 2 &&
    node.arguments[1].type === 'Literal' &&
    typeof node.arguments[1].value === 'string';
  const declared = new Set(
    body.body
      .filter(node => node.type === 'FunctionDeclaration')
      .map(node => node.id.name),
  );
  /** [start, end, replacement] */
  const edits = [];
  const functions = [];
  const names = [];
  for (const node of body.body) {
    if (node.type !== 'ExpressionStatement' || !isHelperCall(node.expression))
      continue;
    const [fn, name] = node.expression.arguments;
    if (fn.type !== 'Identifier' || !declared.has(fn.name)) continue;
    if (!/^[\w$]+$/.test(name.value)) continue;
    functions.push(fn.name);
    names.push(name.value);
    edits.push([node.start, node.end, '']);
  }
  (function visit(node) {
    if (
      node.type === 'Property' &&
      node.kind === 'init' &&
      !node.computed &&
      !node.method &&
      !node.shorthand &&
      isHelperCall(node.value)
    ) {
      const key =
        node.key.type === 'Identifier' ? node.key.name : node.key.value;
      const [fn, name] = node.value.arguments;
      const anonymous =
        fn.type === 'ArrowFunctionExpression' ||
        (fn.type === 'FunctionExpression' && !fn.id);
      if (anonymous && name.value === key) {
        // Two cuts around the function, so edits inside it never overlap these.
        edits.push([node.value.start, fn.start, '']);
        edits.push([fn.end, node.value.end, '']);
      }
    }
    for (const key in node) {
      const value = node[key];
      if (!value || typeof value !== 'object') continue;
      if (!Array.isArray(value)) {
        if (typeof value.type === 'string') visit(value);
        continue;
      }
      for (const child of value) {
        if (child && typeof child.type === 'string') visit(child);
      }
    }
  })(body);
  if (functions.length) {
    edits.push([
      helperStatement.end,
      helperStatement.end,
      `((f,n)=>n.split(",").forEach((m,i)=>${helper}(f[i],m)))([${functions.join(',')}],"${names.join(',')}");`,
    ]);
  }
  // Edits never overlap: pieces in order, joined once.
  edits.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const pieces = [];
  let at = 0;
  for (const [start, end, text] of edits) {
    pieces.push(code.slice(at, start), text);
    at = end;
  }
  pieces.push(code.slice(at));
  return pieces.join('');
}

/**
 * The entry's export names, read from esbuild's metafile (only an ESM build
 * records them), so wrappers are never listed by hand.
 */
async function exportNames(entry) {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    metafile: true,
    write: false,
    outfile: 'exports.js',
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs).find(o => o.entryPoint);
  return [...output.exports].sort();
}

/**
 * One wrapper per export: `function onOpen(...a){return PaperHaul.onOpen(...a)}`
 * (37 of them, so no spaces and no `apply`: the exports are arrow functions,
 * `this` means nothing to them).
 */
function wrappers(exports) {
  const lines = exports.map(
    name => `function ${name}(...a){return ${GLOBAL_NAME}.${name}(...a)}`,
  );
  return `\n// Top-level functions Apps Script can call, generated from src/server/main.ts's exports.\n${lines.join('\n')}\n`;
}

/**
 * Fails the build when the bundle is not ES2019 (pushes fail on newer
 * syntax) or when an export has no top-level function of its name.
 */
function checkServerBundle(code, exports) {
  let ast;
  try {
    ast = acorn.parse(code, {ecmaVersion: 2019, sourceType: 'script'});
  } catch (err) {
    throw new Error(`dist/Code.js is not ES2019: ${err.message}`);
  }
  const declared = new Set(
    ast.body
      .filter(node => node.type === 'FunctionDeclaration')
      .map(node => node.id.name),
  );
  const missing = exports.filter(name => !declared.has(name));
  if (missing.length) {
    throw new Error(
      `Exports without a top-level wrapper: ${missing.join(', ')}`,
    );
  }
}

/**
 * Bundles each page (src/ui/pages/NAME.ts + NAME.css into NAME.html) into one
 * self-contained HTML file, as HtmlService serves single files.
 * @returns {Promise<Record<string, number>>} bytes of each page
 */
async function buildPages(outDir) {
  const pagesDir = path.join(ROOT, 'src/ui/pages');
  if (!fs.existsSync(pagesDir)) return {};
  const sizes = {};
  for (const file of fs.readdirSync(pagesDir)) {
    if (!file.endsWith('.html')) continue;
    const name = file.slice(0, -'.html'.length);
    const template = fs.readFileSync(path.join(pagesDir, file), 'utf8');
    const tsFile = path.join(pagesDir, `${name}.ts`);
    const cssFile = path.join(pagesDir, `${name}.css`);
    let js = '';
    if (fs.existsSync(tsFile)) {
      const result = await esbuild.build({
        entryPoints: [tsFile],
        bundle: true,
        format: 'iife',
        target: 'es2019',
        platform: 'browser',
        minify: true,
        charset: 'utf8',
        legalComments: 'none',
        write: false,
        logLevel: 'silent',
      });
      js = result.outputFiles[0].text;
    }
    let css = '';
    if (fs.existsSync(cssFile)) {
      const result = await esbuild.build({
        entryPoints: [cssFile],
        bundle: true,
        minify: true,
        write: false,
        logLevel: 'silent',
      });
      css = result.outputFiles[0].text;
    }
    const html = template
      // The Help page's text is docs/USER-GUIDE.md, rendered here so the guide has one source.
      .replace('<!-- inline:guide -->', () =>
        renderMarkdown(
          fs.readFileSync(path.join(ROOT, 'docs/USER-GUIDE.md'), 'utf8'),
        ),
      )
      .replace(
        '<!-- inline:css -->',
        () => `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>`,
      )
      .replace(
        '<!-- inline:js -->',
        () => `<script>${js.replace(/<\/script/gi, '<\\/script')}</script>`,
      );
    const pageName = name.charAt(0).toUpperCase() + name.slice(1);
    writeFile(path.join(outDir, `${pageName}.html`), html);
    sizes[pageName] = Buffer.byteLength(html);
  }
  return sizes;
}

/** Bundles the emulator (TypeScript) for plain Node scripts: the playground and the bench. */
async function buildEmulator(outFile) {
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'emulator/index.ts')],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    outfile: outFile,
    logLevel: 'silent',
  });
}

function writeFile(file, contents) {
  fs.mkdirSync(path.dirname(file), {recursive: true});
  fs.writeFileSync(file, contents);
}

/** The whole build: dist/ for clasp, build/emulator.js for local tools. */
async function buildAll() {
  const dist = path.join(ROOT, 'dist');
  fs.rmSync(dist, {recursive: true, force: true});
  const server = await buildServer({outFile: path.join(dist, 'Code.js')});
  const pages = await buildPages(dist);
  fs.copyFileSync(
    path.join(ROOT, 'appsscript.json'),
    path.join(dist, 'appsscript.json'),
  );
  if (fs.existsSync(path.join(ROOT, 'emulator/index.ts'))) {
    await buildEmulator(path.join(ROOT, 'build/emulator.js'));
  }
  return {
    codeBytes: Buffer.byteLength(server.code),
    exports: server.exports,
    pages: {...pages, [SERVER_DATA_FILE]: Buffer.byteLength(server.serverData)},
  };
}

module.exports = {
  buildServer,
  buildPages,
  buildEmulator,
  buildAll,
  checkServerBundle,
  compactNames,
  GLOBAL_NAME,
  SERVER_DATA_FILE,
};

if (require.main === module) {
  buildAll().then(
    r => {
      const pages = Object.entries(r.pages)
        .map(([n, b]) => `${n}.html ${b} B`)
        .join(', ');
      console.log(
        `dist/Code.js ${r.codeBytes} B, ${r.exports.length} functions; ${pages || 'no pages'}`,
      );
    },
    err => {
      console.error(`Build failed: ${err.message}`);
      process.exitCode = 1;
    },
  );
}
