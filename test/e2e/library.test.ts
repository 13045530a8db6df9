// Undo, BibTeX and version watch in Chromium against the real bundle: dialog Undo, the sidebar's Library tab, Find's Copy BibTeX.
import type {Browser, Frame, Page} from 'playwright-core';
import type {DocJson} from '../../src/core/doc-model';
import {
  entryIndexes,
  gotoPlayground,
  launchBrowser,
  leavePlayground,
  newTestPage,
  openFromMenu,
  saveScreenshot,
  startPlayground,
  testArxivHandler,
  type Playground,
} from './support';

jest.setTimeout(300_000);

const AEW = '1707.08567';
const HEAT = '1605.08386';
const JOURNAL = 'Advances in Applied Mathematics 92 (2018) 1-22';

/** The browser tests' arXiv, which can be switched to answer HEAT as v3 with a journal ref, or to fail. */
const arxiv = {v3: false, down: false};
function handler() {
  const base = testArxivHandler();
  return (request: {url: string; method: string; payload?: string}) => {
    if (arxiv.down) return {status: 503, body: 'Service Unavailable'};
    const reply = base(request);
    if (!arxiv.v3) return reply;
    return {
      ...reply,
      body: reply.body.replace(
        /<entry>\s*<id>http:\/\/arxiv\.org\/abs\/1605\.08386v1<\/id>[\s\S]*?<\/entry>/,
        entry =>
          entry
            .replace(/1605\.08386v1/g, '1605.08386v3')
            .replace(
              '</entry>',
              `<arxiv:journal_ref>${JOURNAL}</arxiv:journal_ref></entry>`,
            ),
      ),
    };
  };
}

let browser: Browser;
let playground: Playground & {functions: Record<string, unknown>};
let page: Page;
let opened: {page: Page; alerts: string[]};

// One page for the file; each test points it at a fresh playground (support.ts, gotoPlayground).
beforeAll(async () => {
  browser = await launchBrowser();
  opened = await newTestPage(browser);
  ({page} = opened);
});
afterAll(async () => {
  await page?.close();
  await browser?.close();
});
beforeEach(async () => {
  Object.assign(arxiv, {v3: false, down: false});
  playground = await startPlayground<typeof playground>({
    port: 0,
    inMemory: true,
    fetch: handler(),
    fetchLabel: 'Test arXiv (library browser tests)',
  });
  await gotoPlayground(opened, playground);
});
afterEach(async () => {
  if (page && !page.isClosed()) await leavePlayground(page);
  await playground?.close();
});

function doc(): DocJson {
  return playground.env.document.toJSON();
}

/** The parts of the playground's emulated environment these tests drive directly. */
interface EmulatedEnv {
  scriptRun(fns: unknown, name: string, ...args: unknown[]): unknown;
  runAs(execution: object, fn: () => void): void;
  globals: {
    DocumentApp: {
      getActiveDocument(): {
        getBody(): {
          getChild(index: number): {
            asListItem(): {setText(text: string): unknown};
          };
        };
      };
    };
  };
}

function emulated(): EmulatedEnv {
  return playground.env as unknown as EmulatedEnv;
}

/** Calls a server function as the pages do, straight from the test. */
function serverCall(name: string, ...args: unknown[]): unknown {
  return emulated().scriptRun(playground.functions, name, ...args);
}

/** Inserts papers as the dialog would, straight through the server. */
function insert(requests: {id: string; section: string; note?: string}[]) {
  return serverCall('insertPapers', requests);
}

/** The user typing over a list item of the document. */
function editListItem(index: number, text: string): void {
  emulated().runAs({authMode: 'FULL', source: 'run'}, () =>
    emulated()
      .globals.DocumentApp.getActiveDocument()
      .getBody()
      .getChild(index)
      .asListItem()
      .setText(text),
  );
}

async function openLibrary(): Promise<Frame> {
  const sidebar = await openFromMenu(page, 'showSidebar');
  await sidebar.click('#tab-library');
  await sidebar.waitForSelector('#panel-library .panel-title');
  return sidebar;
}

test('dialog: Undo after an insert removes the haul and leaves the document as before', async () => {
  const before = doc();
  const dialog = await openFromMenu(page, 'showInsertDialog');
  await dialog.fill('#paste', `arXiv:${AEW}\nhttps://arxiv.org/abs/${HEAT}`);
  await dialog.press('#paste', 'Control+Enter');
  await dialog.waitForSelector('input.gist');
  await dialog.press('input.gist >> nth=0', 'Control+Enter');
  const undo = dialog.locator('.undo-haul');
  await undo.waitFor();
  expect(entryIndexes(doc(), AEW)).toHaveLength(1);
  expect(entryIndexes(doc(), HEAT)).toHaveLength(1);
  await undo.click();
  await dialog.waitForSelector('.undo-result');
  expect(await dialog.locator('.undo-result').innerText()).toMatch(
    /Removed 2 entries the haul wrote\./,
  );
  expect(doc()).toEqual(before);
  // The cards are ready again: the same haul can go in once more.
  expect(await dialog.locator('.card[data-status="ready"]').count()).toBe(2);
  await saveScreenshot(page, 'dialog-undo');
});

test('sidebar quick add: Undo after an insert removes it', async () => {
  const before = doc();
  const sidebar = await openFromMenu(page, 'showSidebar');
  await sidebar.fill('#quick-paste', `arXiv:${HEAT}`);
  await sidebar.press('#quick-paste', 'Control+Enter');
  await sidebar.waitForSelector('.card[data-status="ready"]');
  await sidebar.press('#quick-paste', 'Control+Enter');
  await sidebar.locator('.undo-haul').click();
  await sidebar.waitForSelector(
    '.undo-result li:text("Removed 1 entry the haul wrote.")',
  );
  expect(doc()).toEqual(before);
});

test('sidebar: "Undo last haul" is offered while possible, says what it kept, then is gone', async () => {
  insert([
    {id: AEW, section: 'Theory', note: 'workshop'},
    {id: HEAT, section: 'Theory'},
  ]);
  // The user edits the first entry's gist: undo keeps it.
  editListItem(entryIndexes(doc(), AEW)[0] + 1, 'workshop, skim later');
  const sidebar = await openLibrary();
  const button = sidebar.locator('.undo-last-haul');
  await button.waitFor();
  expect(await sidebar.locator('#panel-library').innerText()).toMatch(
    /2 papers inserted/,
  );
  await button.click();
  const result = sidebar.locator('.undo-result');
  await result.waitFor();
  expect(await result.innerText()).toMatch(
    new RegExp(
      `Removed 1 entry the haul wrote\\.[\\s\\S]*Left ${AEW} in place: Its gist was edited since the haul\\.`,
    ),
  );
  expect(entryIndexes(doc(), HEAT)).toHaveLength(0);
  expect(entryIndexes(doc(), AEW)).toHaveLength(1);
  await sidebar.click('#tab-find');
  await sidebar.click('#tab-library');
  await sidebar.waitForSelector('text=Nothing to undo.');
});

test('sidebar: Export BibTeX for a section gives a copyable block; arXiv failing gets a plain message', async () => {
  insert([{id: AEW, section: 'Brand new'}]);
  const sidebar = await openLibrary();
  await sidebar.selectOption('#bibtex-section', 'Brand new');
  await sidebar.click('.export-bibtex');
  const area = sidebar.locator('#bibtex-export');
  await area.waitFor();
  const text = await area.inputValue();
  expect(text).toMatch(/^@misc\{immink2017proceedingsworkshopaew10,/);
  expect(text).toContain('eprint={1707.08567}');
  await sidebar.click('.bibtex-block .copy-bibtex');
  await sidebar.waitForSelector(
    '.bibtex-block [role="status"]:text-matches("Copied|Ctrl\\\\+C")',
  );
  await saveScreenshot(page, 'sidebar-export-bibtex');

  // Papers the cache does not hold, with arXiv down: the error in words, the block of before stays.
  arxiv.down = true;
  const before = doc();
  await sidebar.selectOption('#bibtex-section', 'Ethics');
  await sidebar.click('.export-bibtex');
  await sidebar.waitForSelector(
    '[role="alert"]:text("arXiv is having trouble")',
  );
  expect(doc()).toEqual(before);
});

test('find: "Copy BibTeX" on a hit shows the record; a paper gone from the doc says so', async () => {
  insert([{id: AEW, section: 'Theory'}]);
  const sidebar = await openFromMenu(page, 'showSidebar');
  await sidebar.click('#tab-find');
  await sidebar
    .locator('#find')
    .pressSequentially('workshop AEW10', {delay: 20});
  const hit = sidebar.locator('.hit', {hasText: 'AEW10'}).first();
  await hit.waitFor();
  await hit.locator('.hit-bibtex').click();
  const area = sidebar.locator('#bibtex-hit');
  await area.waitFor();
  expect(await area.inputValue()).toMatch(/^@misc\{immink2017/);

  // The entry is removed from the doc meanwhile: asking again explains instead of exporting.
  (
    playground.env as unknown as {
      scriptRun(fns: unknown, name: string, ...args: unknown[]): unknown;
    }
  ).scriptRun(playground.functions, 'undoLastHaul');
  await hit.locator('.hit-bibtex').click();
  await sidebar.waitForSelector(
    `[role="alert"]:text("Not in this document: ${AEW}")`,
  );
});

test('sidebar: a new version is listed after a check and applied with one click; other text stays', async () => {
  insert([{id: HEAT, section: 'Theory'}]);
  arxiv.v3 = true;
  const sidebar = await openLibrary();
  await sidebar.click('.check-versions');
  const item = sidebar.locator(`.update[data-id="${HEAT}"]`);
  await item.waitFor();
  expect(await item.innerText()).toContain(`v1 → v3 · Published in ${JOURNAL}`);
  expect(await sidebar.locator('.update').count()).toBe(1);
  const before = doc().body;
  const at = entryIndexes(doc(), HEAT)[0] + 2;
  await item.locator('.apply-update').click();
  await sidebar.waitForSelector('text=Added an update line to 1 entry.');
  const after = doc().body;
  expect(after).toHaveLength(before.length + 1);
  expect(after.slice(0, at)).toEqual(before.slice(0, at));
  expect(after[at]).toMatchObject({
    text: `Update: v3 · Published in ${JOURNAL}`,
  });
  expect(after.slice(at + 1)).toEqual(before.slice(at));
  await saveScreenshot(page, 'sidebar-version-updates');

  arxiv.down = true;
  await sidebar.click('.check-versions');
  await sidebar.waitForSelector(
    '[role="alert"]:text("arXiv is having trouble")',
  );
  expect(doc().body).toEqual(after);
});
