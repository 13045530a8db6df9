// Browser-test helpers: Debian's Chromium through playwright-core, the playground on a free port, DocJson lookups.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type {Browser, Frame, Page} from 'playwright-core';
import type {DocJson} from '../../src/core/doc-model';
import {arxivReplay} from '../support/arxiv-replay';

const ROOT = path.resolve(__dirname, '../..');

declare const __hostRequire: NodeJS.Require | undefined;
/**
 * Node's own require when jest's environment hands it over
 * (test/support/environment.js): modules it loads are evaluated once per
 * worker instead of once per test file.
 */
const hostRequire: NodeJS.Require =
  typeof __hostRequire === 'function' ? __hostRequire : require;
const {chromium} = hostRequire(
  'playwright-core',
) as typeof import('playwright-core');
export const RESULTS_DIR = path.join(ROOT, 'test-results');
const {CHROMIUM_PATH, CHROMIUM_ARGS} = require('../../dev/chromium.js') as {
  CHROMIUM_PATH: string;
  CHROMIUM_ARGS: string[];
};
/** Debian's Chromium (dev/chromium.js). */
export const CHROMIUM = CHROMIUM_PATH;
export const XSS_ID = '2401.09999';

interface FetchRequest {
  url: string;
  method: string;
  payload?: string;
}
interface FetchReply {
  status: number;
  body: string;
}
type FetchHandler = (request: FetchRequest) => FetchReply;

/** What startPlayground (dev/playground.js) returns. */
export interface Playground {
  url: string;
  port: number;
  env: {
    document: {
      toJSON(): DocJson;
      load(doc: DocJson): void;
      selection(): {start: number; end: number} | null;
    };
    scriptRun(functions: object, name: string, ...args: unknown[]): unknown;
    fetchLog: unknown[];
  };
  functions: object;
  mode: {live: boolean; label: string};
  close(): Promise<void>;
}

/**
 * Chromium as the tests run it: no sandbox (containers), no background
 * traffic. Under jest it is the run's one browser (test/support/browser-server.js
 * launches it for the first file that asks), so a file pays for a connection
 * and its own contexts rather than a launch; closing it closes those contexts.
 * A file run without the broker launches its own.
 */
export async function launchBrowser(): Promise<Browser> {
  const broker = process.env.PAPER_HAUL_CHROMIUM_BROKER;
  if (broker) {
    const answer = await fetch(broker);
    const text = await answer.text();
    if (!answer.ok) throw new Error(`Chromium broker: ${text}`);
    return chromium.connect(text);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  });
}

function requestedIds(request: FetchRequest): string[] {
  const query = request.payload ?? new URL(request.url).search.slice(1);
  const idList = new URLSearchParams(query).get('id_list') ?? '';
  return idList.split(',').filter(Boolean);
}

/**
 * The recorded feeds, plus the test-only entry whose title and authors carry
 * HTML (fixtures/xss-title.xml), spliced into any answer that asks for it.
 */
export function testArxivHandler(): FetchHandler {
  const replay = arxivReplay();
  const xssFeed = fs.readFileSync(
    path.join(__dirname, 'fixtures/xss-title.xml'),
    'utf8',
  );
  const xssEntry = /<entry>[\s\S]*<\/entry>/.exec(xssFeed)![0];
  return request => {
    const ids = requestedIds(request);
    if (!ids.some(id => id.replace(/v\d+$/, '') === XSS_ID)) {
      return replay.handle(request);
    }
    const others = ids.filter(id => id.replace(/v\d+$/, '') !== XSS_ID);
    if (!others.length) return {status: 200, body: xssFeed};
    const base = replay.handle({
      ...request,
      url: request.payload
        ? request.url
        : request.url.replace(/id_list=[^&]*/, `id_list=${others.join(',')}`),
      payload: request.payload?.replace(
        /id_list=[^&]*/,
        `id_list=${encodeURIComponent(others.join(','))}`,
      ),
    });
    return {...base, body: base.body.replace('</feed>', `${xssEntry}</feed>`)};
  };
}

/** dev/playground.js's startPlayground, loaded once per worker (hostRequire). */
export function startPlayground<P extends Playground = Playground>(
  options: object,
): Promise<P> {
  const playground = hostRequire(path.join(ROOT, 'dev/playground.js')) as {
    startPlayground(options: object): Promise<P>;
  };
  return playground.startPlayground(options);
}

/**
 * The playground on a free port with a fresh copy of the sample doc and the
 * test handler, kept in memory: the tests read the document from `env`.
 */
export async function startTestPlayground(): Promise<Playground> {
  return startPlayground({
    port: 0,
    inMemory: true,
    fetch: testArxivHandler(),
    fetchLabel: 'Replaying recorded arXiv feeds (browser tests)',
    offline: true,
  });
}

/**
 * A page as the tests drive it, on nothing yet. Actions wait up to two
 * minutes: the server runs in this process, so a slow server call also
 * stalls the driver. Alerts are dismissed and their messages collected.
 */
export async function newTestPage(
  browser: Browser,
): Promise<{page: Page; alerts: string[]}> {
  const page = await browser.newPage({viewport: {width: 1280, height: 860}});
  page.setDefaultTimeout(120_000);
  const alerts: string[] = [];
  page.on('dialog', dialog => {
    alerts.push(dialog.message());
    void dialog.dismiss();
  });
  return {page, alerts};
}

/**
 * Points a file's one page at a fresh playground: each playground has a port,
 * hence an origin, of its own, so the page starts with none of the document,
 * storage or alerts of the test before, as a new page would, without the new
 * browser context that costs Chromium about half a CPU-second.
 */
export async function gotoPlayground(
  opened: {page: Page; alerts: string[]},
  playground: Playground,
): Promise<void> {
  opened.alerts.length = 0;
  await opened.page.goto(playground.url);
}

/**
 * Leaves the playground before it closes, so the page's requests in flight
 * end with the document, not as errors on a closed server.
 */
export async function leavePlayground(page: Page): Promise<void> {
  await page.goto('about:blank');
}

/** The browser, playground and page of a test file; the hooks `usePlaygroundPage` registers fill them in. */
export interface PlaygroundSession {
  browser: Browser;
  playground: Playground;
  page: Page;
  /** Messages of the alerts the page raised in this test (each one dismissed). */
  alerts: string[];
}

/**
 * Registers the jest hooks of a browser test file: one page for the file and
 * a playground, fresh for `'each'` test (the page then goes to the new
 * playground, see gotoPlayground) or shared by `'all'` of them.
 */
export function usePlaygroundPage(scope: 'each' | 'all'): PlaygroundSession {
  const session = {} as PlaygroundSession;
  const open = async () => {
    session.playground = await startTestPlayground();
    await gotoPlayground(session, session.playground);
  };
  const close = async () => {
    if (session.page && !session.page.isClosed()) {
      await leavePlayground(session.page);
    }
    await session.playground?.close();
  };
  beforeAll(async () => {
    session.browser = await launchBrowser();
    Object.assign(session, await newTestPage(session.browser));
    if (scope === 'all') await open();
  });
  afterAll(async () => {
    if (scope === 'all') await close();
    await session.page?.close();
    await session.browser?.close();
  });
  if (scope === 'each') {
    beforeEach(open);
    afterEach(close);
  }
  return session;
}

/** Clicks Extensions > Paper Haul > `functionName`'s item and returns the page's frame once it has drawn. */
export async function openFromMenu(
  page: Page,
  functionName: 'showSidebar' | 'showInsertDialog',
): Promise<Frame> {
  await page.click('#extensions');
  await page.click(`#extensions-menu button[data-function="${functionName}"]`);
  const frameId =
    functionName === 'showSidebar' ? 'sidebar-frame' : 'modal-frame';
  const handle = await page.waitForSelector(`#${frameId}[src^="/html/"]`);
  const frame = (await handle.contentFrame())!;
  await frame.waitForSelector('#app > *');
  return frame;
}

/** Saves a screenshot as a test artifact in test-results/. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(RESULTS_DIR, {recursive: true});
  await page.screenshot({path: path.join(RESULTS_DIR, `${name}.png`)});
}

/** Index of every body block whose links point at arXiv paper `id`. */
export function entryIndexes(doc: DocJson, id: string): number[] {
  const pattern = new RegExp(
    `arxiv\\.org/(abs|pdf)/${id.replace('.', '\\.')}(v\\d+)?$`,
  );
  const found: number[] = [];
  doc.body.forEach((block, index) => {
    if (block.type === 'table') return;
    if ((block.links ?? []).some(l => pattern.test(l.url))) found.push(index);
  });
  return found;
}

/**
 * The section body block `index` sits in: the nearest heading above it at
 * `level` or higher (the sample doc files papers under HEADING2).
 */
export function sectionAbove(
  doc: DocJson,
  index: number,
  level = 2,
): string | null {
  for (let i = index - 1; i >= 0; i--) {
    const block = doc.body[i];
    if (block.type !== 'paragraph') continue;
    const match = /^HEADING([1-6])$/.exec(block.heading ?? '');
    if (match && Number(match[1]) <= level) return block.text;
  }
  return null;
}

/** The names of the server functions the page calls through /api/run, in order, from now on. */
export function recordServerCalls(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', request => {
    if (!request.url().endsWith('/api/run')) return;
    calls.push(String(JSON.parse(request.postData() ?? '{}').name));
  });
  return calls;
}

/** Resolves when the page's next call of the server function `name` has answered. */
export async function serverAnswered(page: Page, name: string): Promise<void> {
  await page.waitForResponse(
    response =>
      response.url().endsWith('/api/run') &&
      (response.request().postData() ?? '').includes(JSON.stringify(name)),
  );
}
