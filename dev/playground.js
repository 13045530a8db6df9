// The playground: the real dist/Code.js in the emulator behind a local Google Docs look-alike, with the real pages.
'use strict';
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');
const net = require('node:net');
const {execFileSync} = require('node:child_process');
const esbuild = require('esbuild');

const ROOT = path.resolve(__dirname, '..');
const PUBLIC = path.join(__dirname, 'public');
const SAMPLE_DOC = path.join(ROOT, 'samples/giant-doc.json');
const ARXIV_API = 'https://export.arxiv.org/api/query';
/** arXiv's terms of use: at most one request every 3 seconds. */
const ARXIV_SPACING_MS = 3000;
// Help: the user guide page (docs/USER-GUIDE.md) the Help item and the sidebar's link open.
const PAGES = ['Sidebar', 'Dialog', 'Help', 'Report', 'ServerData'];
/**
 * A menu item that asks (Ui.alert with YES_NO) runs again from the start
 * with the user's answers so far, as the page cannot answer mid-execution:
 * what runs before a question must not change the document (reorganizeNow
 * only previews before asking).
 */
const ANSWERS = ['OK', 'CANCEL', 'YES', 'NO', 'CLOSE'];
const BUTTONS = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};
/** Unanswered questions one run may meet before it stops asking. */
const UNANSWERED_SLOTS = 8;
const STATIC = {
  '/': ['index.html', 'text/html; charset=utf-8'],
  '/page.js': ['page.js', 'text/javascript; charset=utf-8'],
  '/playground.css': ['playground.css', 'text/css; charset=utf-8'],
};

/** Says what replay means for the user: real papers outside the recordings cannot be fetched. */
const REPLAY_LABEL =
  'Offline: replaying recorded arXiv feeds and the sample doc’s papers; others say “not in the offline recordings”';

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function writeJson(file, value) {
  fs.mkdirSync(path.dirname(file), {recursive: true});
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(value));
  fs.renameSync(`${file}.tmp`, file);
}

/** The sample giant doc, or an empty one while the sample does not exist yet. */
function sampleDoc() {
  return fs.existsSync(SAMPLE_DOC)
    ? readJson(SAMPLE_DOC)
    : {title: 'Papers', body: [{type: 'paragraph', text: ''}]};
}

/** Bundles made in this process, by entry and options: the browser tests start a playground per test. */
const bundles = new Map();

/** Bundles a TypeScript module for Node or the browser, in memory (once per process). */
function bundle(entry, options) {
  const key = JSON.stringify([entry, options]);
  if (!bundles.has(key)) bundles.set(key, bundleNow(entry, options));
  return bundles.get(key);
}

function bundleNow(entry, options) {
  const result = esbuild.buildSync({
    entryPoints: [path.join(ROOT, entry)],
    bundle: true,
    write: false,
    logLevel: 'silent',
    ...options,
  });
  return result.outputFiles[0].text;
}

/** Modules loaded from source in this process, by file name and code. */
const sourceModules = new Map();

/**
 * Loads a CommonJS module from source text (our own bundles only), once per
 * process: the replay modules keep no state of their own, each playground
 * makes its own replay from them.
 */
function requireFromSource(code, filename) {
  const key = `${filename}\n${code}`;
  if (!sourceModules.has(key)) {
    sourceModules.set(key, requireFromSourceNow(code, filename));
  }
  return sourceModules.get(key);
}

function requireFromSourceNow(code, filename) {
  const Module = require('node:module');
  const m = new Module(filename);
  m.filename = filename;
  m.paths = Module._nodeModulePaths(ROOT);
  m._compile(code, filename);
  return m.exports;
}

/**
 * The replay over the recorded feeds and the sample's papers
 * (test/support/arxiv-replay.ts, the one the tests use) and over the
 * recorded Semantic Scholar, Crossref and Anthology answers
 * (test/support/scholarly-replay.ts), bundled on the fly
 * so the playground needs no TypeScript loader. Gives its handler and the
 * rewording of previews it answered.
 */
function offlineReplay() {
  const code = bundle('test/support/arxiv-replay.ts', {
    platform: 'node',
    format: 'cjs',
    target: 'node20',
  });
  const replay = requireFromSource(
    code,
    path.join(ROOT, 'test/support/arxiv-replay.js'),
  );
  const recorded = replay.arxivReplay(path.join(ROOT, 'test/fixtures/arxiv'));
  // Semantic Scholar, Crossref and the ACL Anthology answer from their recordings too (test/fixtures/scholarly).
  const scholarly = requireFromSource(
    bundle('test/support/scholarly-replay.ts', {
      platform: 'node',
      format: 'cjs',
      target: 'node20',
    }),
    path.join(ROOT, 'test/support/scholarly-replay.js'),
  ).scholarlyReplay();
  return {
    handle: req =>
      scholarly.serves(req.url) ? scholarly.handle(req) : recorded.handle(req),
    reword: (name, result) => replay.offlineAnswer(name, result, recorded),
  };
}

/** Blocks the thread: FetchHandlers are synchronous, as UrlFetchApp is. */
function sleepSync(ms) {
  if (ms > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

// The child process that performs one real request; FetchHandlers must answer synchronously.
const FETCH_CHILD = `
let input = '';
process.stdin.on('data', d => (input += d));
process.stdin.on('end', async () => {
  const req = JSON.parse(input);
  try {
    const res = await fetch(req.url, {method: req.method, body: req.payload,
      headers: req.headers, signal: AbortSignal.timeout(15000)});
    process.stdout.write(JSON.stringify({status: res.status, body: await res.text()}));
  } catch (err) {
    process.stdout.write(JSON.stringify({error: String(err && err.message || err)}));
  }
});`;

/** Whether export.arxiv.org answers a TCP connection within `timeoutMs` (no HTTP request is spent). */
function canReachArxiv(timeoutMs = 2500) {
  return new Promise(resolve => {
    const socket = net.connect({host: 'export.arxiv.org', port: 443});
    const done = ok => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/**
 * Live arXiv with real 3 s spacing (the bundle's own spacing runs on the
 * virtual clock); a request the network refuses is answered from the
 * recorded feeds and the playground says it switched.
 */
function liveHandler(mode, fallback) {
  let lastRequestAt = 0;
  return req => {
    if (mode.live && req.url.startsWith(ARXIV_API)) {
      sleepSync(lastRequestAt + ARXIV_SPACING_MS - Date.now());
      lastRequestAt = Date.now();
      let answer;
      try {
        answer = JSON.parse(
          execFileSync(process.execPath, ['-e', FETCH_CHILD], {
            input: JSON.stringify(req),
            timeout: 20000,
          }).toString('utf8'),
        );
      } catch (err) {
        answer = {error: err.message};
      }
      if (!answer.error) return answer;
      mode.live = false;
      mode.label = `${REPLAY_LABEL} (live request failed: ${answer.error})`;
    }
    return fallback(req);
  };
}

/** Puts the google.script.run bridge before the page's own script. */
function withBridge(html, bridge) {
  const tag = `<script>${bridge.replace(/<\/script/gi, '<\\/script')}</script>`;
  return html.includes('<head>')
    ? html.replace('<head>', () => `<head>${tag}`)
    : tag + html;
}

/** The browser side of google.script.run: google.script.run's argument rules plus a fetch to /api/run. */
function bridgeScript() {
  const rules = bundle('emulator/script-run.ts', {
    platform: 'browser',
    format: 'iife',
    globalName: 'scriptRunRules',
    target: 'es2019',
    minify: true,
  });
  return `${rules}\n${fs.readFileSync(path.join(PUBLIC, 'gas-bridge.js'), 'utf8')}`;
}

/** JSON text already serialized, which sendJson sends as it is. */
class RawJson {
  constructor(text) {
    this.text = text;
  }
}

function sendJson(res, status, value) {
  res.writeHead(status, {'content-type': 'application/json; charset=utf-8'});
  res.end(value instanceof RawJson ? value.text : JSON.stringify(value));
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', chunk => (body += chunk));
    req.on('end', () => {
      try {
        resolve(body ? JSON.parse(body) : {});
      } catch (err) {
        reject(err);
      }
    });
    req.on('error', reject);
  });
}

/**
 * Starts the playground.
 * @param {{port?: number, host?: string, docPath?: string, inMemory?: boolean, fetch?: Function, fetchLabel?: string, offline?: boolean, quiet?: boolean}} options
 *   `fetch` replaces arXiv (tests pass a replay handler); `offline` says it
 *   is the replay, so previews word unknown ids as not recorded; `docPath`
 *   is where the document persists; `inMemory` starts from the sample and
 *   writes nothing (the browser tests read the document from `env`, and
 *   serializing it to disk after every run cost them about a second a file).
 * @returns {Promise<{url: string, port: number, env: object, functions: object, mode: {live: boolean, label: string}, close: () => Promise<void>}>}
 */
async function startPlayground(options = {}) {
  const {createEnvironment, loadBundle} = require(
    path.join(ROOT, 'build/emulator.js'),
  );
  const docPath = options.docPath || path.join(ROOT, '.playground/doc.json');
  const propsPath = path.join(path.dirname(docPath), 'properties.json');
  const mode = {live: false, label: ''};
  const replay = offlineReplay();
  let fetchHandler;
  // Whether the answers come from the replay now (a live run can fall back to it).
  let replaying;
  if (options.fetch) {
    fetchHandler = options.fetch;
    mode.label = options.fetchLabel || 'arXiv answered by the test handler';
    replaying = () => options.offline === true;
  } else {
    mode.live = await canReachArxiv();
    mode.label = mode.live
      ? 'Live arXiv (one request every 3 s)'
      : `${REPLAY_LABEL} (export.arxiv.org is unreachable)`;
    fetchHandler = liveHandler(mode, replay.handle);
    replaying = () => !mode.live;
  }
  const files = {};
  for (const page of PAGES) {
    files[page] = fs.readFileSync(path.join(ROOT, `dist/${page}.html`), 'utf8');
  }
  const env = createEnvironment({
    document:
      !options.inMemory && fs.existsSync(docPath)
        ? readJson(docPath)
        : sampleDoc(),
    fetch: fetchHandler,
    files,
    now: Date.now(),
  });
  const functions = loadBundle(
    fs.readFileSync(path.join(ROOT, 'dist/Code.js'), 'utf8'),
    env,
  );
  const documentProperties = () =>
    env.globals.PropertiesService.getDocumentProperties();
  if (!options.inMemory && fs.existsSync(propsPath)) {
    documentProperties().setProperties(readJson(propsPath));
  }
  env.simpleTrigger(functions, 'onOpen', 'LIMITED');
  const bridge = bridgeScript();
  const shown = new Map();

  function persist() {
    if (options.inMemory) return;
    writeJson(docPath, env.document.toJSON());
    writeJson(propsPath, documentProperties().getProperties());
  }

  function state() {
    return {
      doc: env.document.toJSON(),
      selection: env.document.selection(),
      menus: env.ui.menus.filter(m => m.addon),
      arxiv: mode.label,
    };
  }

  /** The state last answered, as JSON, and its version: a number that grows whenever the state differs. */
  let served = {json: '', version: 0};

  /**
   * The state as JSON with its `version`, or only `{unchanged: true,
   * version}` when the page says it has drawn that version (`since`): the
   * page asks after every server call, most of which change nothing, and
   * parsing and comparing a big document again cost Chromium most of its time.
   */
  function stateAnswer(since) {
    const json = JSON.stringify(state());
    if (json !== served.json) served = {json, version: served.version + 1};
    if (since === String(served.version)) {
      return new RawJson(
        JSON.stringify({unchanged: true, version: served.version}),
      );
    }
    return new RawJson(`${json.slice(0, -1)},"version":${served.version}}`);
  }

  /**
   * The emulator's clock is virtual (sleeps advance it): before each call it
   * catches up with the wall clock, so reports and "Last run" carry real times.
   */
  function catchUpClock() {
    env.clock.advance(Date.now() - env.clock.now());
  }

  /** Gives each newly shown page an id for /html/<n> and describes it for the page. */
  function register(newlyShown) {
    return newlyShown.map(s => {
      const id = String(shown.size + 1);
      shown.set(id, s);
      return {
        id,
        kind: s.kind,
        title: s.title,
        width: s.width,
        height: s.height,
      };
    });
  }

  const routes = {
    'GET /api/state': (_body, url) =>
      stateAnswer(url.searchParams.get('since')),
    'POST /api/run': body => {
      catchUpClock();
      const shownBefore = env.ui.shown.length;
      try {
        let value = env.scriptRun(functions, body.name, ...(body.args || []));
        if (value && replaying()) value = replay.reword(body.name, value);
        // A page's call may open a dialog (the sidebar's Help link): the page shows it as a menu item's.
        const opened = register(env.ui.shown.slice(shownBefore));
        return {ok: true, value: value === undefined ? null : value, opened};
      } catch (err) {
        return {
          ok: false,
          error: err && err.message ? err.message : String(err),
        };
      } finally {
        persist();
      }
    },
    'POST /api/menu': body => {
      const items = env.ui.menus.flatMap(m => m.items);
      if (!items.some(i => i.functionName === body.functionName)) {
        return {ok: false, error: `No menu item runs ${body.functionName}.`};
      }
      const given = (Array.isArray(body.answers) ? body.answers : []).filter(
        a => ANSWERS.includes(a),
      );
      catchUpClock();
      const before = env.ui.shown.length;
      const alertsBefore = env.ui.alerts.length;
      // A question the user has not answered yet gets CLOSE (no), so the run changes nothing past it.
      env.ui.answers.splice(
        0,
        env.ui.answers.length,
        ...given,
        ...Array(UNANSWERED_SLOTS).fill('CLOSE'),
      );
      try {
        functions[body.functionName]();
      } catch (err) {
        return {ok: false, error: err.message};
      } finally {
        env.ui.answers.length = 0;
        persist();
      }
      const opened = register(env.ui.shown.slice(before));
      // The first alerts took the answers given in earlier rounds: the user saw them then.
      const fresh = env.ui.alerts.slice(alertsBefore + given.length);
      const asked = fresh.findIndex(a => a.buttons !== 'OK');
      if (asked < 0) return {ok: true, opened, alerts: fresh};
      return {
        ok: true,
        opened,
        alerts: fresh.slice(0, asked),
        question: {
          title: fresh[asked].title,
          prompt: fresh[asked].prompt,
          buttons: BUTTONS[fresh[asked].buttons] || ['OK'],
        },
      };
    },
    'POST /api/reset': () => {
      env.document.load(sampleDoc());
      persist();
      return stateAnswer(null);
    },
  };

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    try {
      const route = routes[`${req.method} ${url.pathname}`];
      if (route) {
        const body = req.method === 'POST' ? await readBody(req) : {};
        return sendJson(res, 200, route(body, url));
      }
      const page = /^\/html\/(\d+)$/.exec(url.pathname);
      if (req.method === 'GET' && page && shown.has(page[1])) {
        res.writeHead(200, {'content-type': 'text/html; charset=utf-8'});
        return res.end(withBridge(shown.get(page[1]).content, bridge));
      }
      const file = STATIC[url.pathname];
      if (req.method === 'GET' && file) {
        res.writeHead(200, {'content-type': file[1]});
        return res.end(fs.readFileSync(path.join(PUBLIC, file[0])));
      }
      res.writeHead(404, {'content-type': 'text/plain'});
      return res.end('Not found');
    } catch (err) {
      return sendJson(res, 500, {ok: false, error: String(err.message || err)});
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8787, options.host || '127.0.0.1', resolve);
  });
  const port = server.address().port;
  persist();
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    env,
    functions,
    mode,
    close: () =>
      new Promise(resolve => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

module.exports = {startPlayground};
