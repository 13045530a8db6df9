// Reorganize shows before it changes, in Chromium: the menu's plan by title applied only on Yes, a stale plan never applied, a merge-only plan offered.
import type {Frame} from 'playwright-core';
import type {Block, DocJson} from '../../src/core/doc-model';
import type {ReorganizeReport} from '../../src/core/types';
import {openFromMenu, usePlaygroundPage} from './support';

jest.setTimeout(600_000);

const session = usePlaygroundPage('each');

function docNow(): DocJson {
  return session.playground.env.document.toJSON();
}

/** The document with `blocks` inserted just before its Inbox heading. */
function withBeforeInbox(doc: DocJson, blocks: Block[]): DocJson {
  const body = doc.body.map(b => ({...b}));
  const inbox = body.findIndex(
    b =>
      b.type === 'paragraph' && b.heading === 'HEADING2' && b.text === 'Inbox',
  );
  body.splice(inbox, 0, ...blocks);
  return {...doc, body};
}

function pasted(id: string, title: string): Block {
  return {
    type: 'paragraph',
    text: title,
    links: [{start: 0, end: title.length, url: `https://arxiv.org/abs/${id}`}],
  };
}

async function openOrganize(): Promise<Frame> {
  const sidebar = await openFromMenu(session.page, 'showSidebar');
  await sidebar.click('#tab-organize');
  await sidebar.waitForSelector('#panel-organize');
  return sidebar;
}

async function reportText(sidebar: Frame): Promise<string> {
  return sidebar.locator('.report').first().innerText();
}

test('Reorganize now shows the plan by title and section, and changes the document only on Yes', async () => {
  const {page} = session;
  const before = docNow();
  await page.click('#extensions');
  await page.click('#extensions-menu button[data-function="reorganizeNow"]');
  await page.waitForSelector('#alert:not([hidden])');
  const plan = await page.locator('#alert-text').innerText();
  expect(plan).toMatch(/^Sort “[^”]+”: move “/);
  // Each move says from where to where: the section and the entry it lands after.
  expect(plan).toMatch(
    /File “[^”]+” from “Inbox” to “[^”]+”(, after “[^”]+”|, at the top)\./,
  );
  expect(plan).toMatch(
    /^Sort “[^”]+”: move “[^”]+” (after “[^”]+”|to the top)/,
  );
  expect(plan).toMatch(/Apply exactly these changes\?$/);
  const lines = plan.split('\n').filter(Boolean);
  expect(new Set(lines).size).toBe(lines.length);
  await page.click('#alert-buttons button[data-answer="NO"]');
  await page.waitForSelector('#alert', {state: 'hidden'});
  expect(docNow()).toEqual(before);

  await page.click('#extensions');
  await page.click('#extensions-menu button[data-function="reorganizeNow"]');
  await page.waitForSelector('#alert:not([hidden])');
  expect(await page.locator('#alert-text').innerText()).toBe(plan);
  await page.click('#alert-buttons button[data-answer="YES"]');
  // A report of several lines (every moved paper by title, issue 28) stays until dismissed, not a 6-second toast.
  await page.waitForSelector('#report:not([hidden])');
  expect(await page.locator('#report').getAttribute('data-text')).toMatch(
    /Moved \d+ entries/,
  );
  expect(docNow()).not.toEqual(before);
  const after = session.playground.env.scriptRun(
    session.playground.functions,
    'reorganize',
    {dryRun: true},
  ) as ReorganizeReport;
  expect(after.changesNothing).toBe(true);
});

test('a plan that went stale is not applied: the sidebar says the document changed and shows the new plan', async () => {
  const sidebar = await openOrganize();
  await sidebar.click('.preview-reorganize');
  await sidebar.waitForSelector('.apply-reorganize');
  const shown = await reportText(sidebar);

  // Someone pastes an entry into a section while the preview is on screen.
  const changed = withBeforeInbox(docNow(), [
    pasted('2203.02155', 'Training language models to follow instructions'),
  ]);
  session.playground.env.document.load(changed);
  const before = docNow();
  await sidebar.click('.apply-reorganize');
  await sidebar.waitForFunction(() =>
    /^The document changed since the preview/.test(
      document.querySelector('.report')?.textContent?.trim() ?? '',
    ),
  );
  expect(docNow()).toEqual(before);
  const fresh = await reportText(sidebar);
  expect(fresh).not.toBe(shown);
  expect(fresh).toContain('Training language models to follow instructions');

  await sidebar.click('.apply-reorganize');
  await sidebar.waitForFunction(() =>
    /^Moved/.test(document.querySelector('.report')?.textContent?.trim() ?? ''),
  );
  expect(docNow()).not.toEqual(before);
});

test('a plan that only merges a repeated empty heading offers Apply, and Apply merges it', async () => {
  const {env, functions} = session.playground;
  env.scriptRun(functions, 'reorganize', {dryRun: false});
  const tidy = docNow();
  env.document.load(
    withBeforeInbox(tidy, [
      {type: 'paragraph', text: 'NLP', heading: 'HEADING2'},
    ]),
  );
  const sidebar = await openOrganize();
  await sidebar.click('.preview-reorganize');
  await sidebar.waitForSelector('.apply-reorganize');
  expect(await reportText(sidebar)).toMatch(
    /^Merge the repeated “NLP” headings into the first\.\n[\s\S]*In all: 0 moves\.$/,
  );
  await sidebar.click('.apply-reorganize');
  await sidebar.waitForFunction(() =>
    /Merged duplicate headings: NLP/.test(
      document.querySelector('.report')?.textContent ?? '',
    ),
  );
  expect(docNow()).toEqual(tidy);
});
