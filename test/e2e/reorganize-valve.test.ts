// The safety valve in Chromium: saving a sort order that reorders many entries says how many first; a held daily plan waits in the sidebar to be applied.
import type {Frame} from 'playwright-core';
import type {DocJson} from '../../src/core/doc-model';
import {openFromMenu, usePlaygroundPage} from './support';

jest.setTimeout(600_000);

const session = usePlaygroundPage('each');

interface Emulated {
  scriptRun(fns: unknown, name: string, ...args: unknown[]): unknown;
  timeTrigger(fns: unknown, name: string, options: object): unknown;
}

function run(name: string, ...args: unknown[]): unknown {
  const env = session.playground.env as unknown as Emulated;
  return env.scriptRun(session.playground.functions, name, ...args);
}

function docNow(): DocJson {
  return session.playground.env.document.toJSON();
}

async function openTab(tab: string): Promise<Frame> {
  const sidebar = await openFromMenu(session.page, 'showSidebar');
  await sidebar.click(`#tab-${tab}`);
  return sidebar;
}

test('saving "By title" says how many moves the next reorganize would make before it is saved', async () => {
  run('reorganize');
  const sidebar = await openTab('settings');
  await sidebar.waitForSelector('form.settings');
  await sidebar.selectOption('#sort-order', 'title');
  await sidebar.click('.save-settings');
  await sidebar.waitForSelector('.questions');
  expect(await sidebar.locator('.questions').innerText()).toMatch(
    /the next reorganize would make \d+ moves \(0 with the settings now\)/,
  );
  await sidebar.click('.questions button:has-text("Cancel")');
  expect(run('getSettings')).toMatchObject({sortOrder: 'newest'});
});

test('a daily plan over the limit changes nothing and waits in the sidebar; Review then Apply applies it', async () => {
  const settings = run('getSettings') as object;
  run('saveSettings', {...settings, scheduleMaxMoves: 3});
  run('setSchedule', {enabled: true, hour: 6});
  const before = docNow();
  const env = session.playground.env as unknown as Emulated;
  env.timeTrigger(session.playground.functions, 'scheduledReorganize', {
    activeDocument: false,
  });
  expect(docNow()).toEqual(before);
  const sidebar = await openTab('organize');
  await sidebar.waitForSelector('.held-run');
  expect(await sidebar.locator('.held-run').innerText()).toMatch(
    /The daily reorganize changed nothing: its plan makes \d+ moves, more than the 3 you allow/,
  );
  await sidebar.click('.review-held');
  await sidebar.waitForSelector('.apply-reorganize');
  await sidebar.click('.apply-reorganize');
  await sidebar.waitForSelector('.undo-reorganize');
  expect(docNow()).not.toEqual(before);
});
