// Nothing changed silently, in Chromium: a gist's character counter, and questions for an unknown rule category and a renamed Inbox the doc lacks.
import type {Frame} from 'playwright-core';
import {openFromMenu, usePlaygroundPage} from './support';

jest.setTimeout(600_000);

const session = usePlaygroundPage('each');

async function openSettings(): Promise<Frame> {
  const sidebar = await openFromMenu(session.page, 'showSidebar');
  await sidebar.click('#tab-settings');
  await sidebar.waitForSelector('form.settings');
  return sidebar;
}

function savedSettings(): Record<string, unknown> {
  const {env, functions} = session.playground;
  return env.scriptRun(functions, 'getSettings') as Record<string, unknown>;
}

test('a gist counts its characters up to the 500 it may hold', async () => {
  const id = '1605.08386';
  const dialog = await openFromMenu(session.page, 'showInsertDialog');
  await dialog.fill('#paste', `arXiv:${id}`);
  await dialog.press('#paste', 'Control+Enter');
  await dialog.waitForSelector('.card[data-status="ready"]');
  const gist = dialog.locator(`#gist-${id.replace('.', '\\.')}`);
  const count = dialog.locator(`#gist-count-${id.replace('.', '\\.')}`);
  await gist.fill('twelve chars');
  expect(await count.innerText()).toBe('12/500');
  await gist.fill('x'.repeat(520));
  expect((await gist.inputValue()).length).toBe(500);
  expect(await count.innerText()).toBe('500/500 · the limit');
});

test('a rule category arXiv does not have gets a question before saving', async () => {
  const sidebar = await openSettings();
  await sidebar.click('.add-rule');
  await sidebar.fill('#rule-section-1', 'Inbox');
  await sidebar.fill('#rule-categories-1', 'foo.bar');
  await sidebar.click('.save-settings');
  await sidebar.waitForSelector('.questions');
  expect(await sidebar.locator('.questions').innerText()).toContain(
    'Rule 1 names “foo.bar”, which is not an arXiv category: no paper will match it.',
  );
  await sidebar.click('.questions button:has-text("Cancel")');
  expect(savedSettings()).toMatchObject({rules: []});
});

test('renaming the Inbox to a heading the document lacks asks as a missing rule section does', async () => {
  const sidebar = await openSettings();
  await sidebar.fill('#inbox-name', 'Reading list');
  await sidebar.click('.save-settings');
  await sidebar.waitForSelector('.questions');
  expect(await sidebar.locator('.questions').innerText()).toContain(
    'The Inbox is renamed to “Reading list”, which the document does not have: the section will be created with the first paper filed there',
  );
  await sidebar.click('.questions button:has-text("Cancel")');
  expect(savedSettings()).toMatchObject({inboxName: 'Inbox'});
});
