// Typed work is never lost, in Chromium: gists and sections survive a re-fetch, Esc and Close ask first, the sidebar's keyboard haul.
import type {Frame} from 'playwright-core';
import {entryIndexes, openFromMenu, usePlaygroundPage} from './support';

jest.setTimeout(600_000);

const session = usePlaygroundPage('each');
const FIRST = '1605.08386';
const SECOND = '1707.08567';

function gistOf(frame: Frame, id: string) {
  return frame.locator(`#gist-${id.replace('.', '\\.')}`);
}

async function readyCards(frame: Frame, count: number): Promise<void> {
  await frame.waitForFunction(
    n =>
      document.querySelectorAll('.card[data-status="ready"]').length === n &&
      !document.querySelector('.card[data-status="fetching"]'),
    count,
  );
}

function focusedId(frame: Frame): Promise<string> {
  return frame.evaluate(() => document.activeElement?.id ?? '');
}

test('a gist and a section choice survive fetching again after adding a link', async () => {
  const dialog = await openFromMenu(session.page, 'showInsertDialog');
  await dialog.fill('#paste', `https://arxiv.org/abs/${FIRST}`);
  await dialog.press('#paste', 'Control+Enter');
  await readyCards(dialog, 1);
  await gistOf(dialog, FIRST).fill('walks on fibers, kept');
  const picker = dialog.locator(`#section-${FIRST.replace('.', '\\.')}`);
  const options = await picker
    .locator('option')
    .evaluateAll(o => o.map(x => (x as HTMLOptionElement).value));
  const chosen = options.filter(v => v && v !== (options[0] ?? ''))[1];
  await picker.selectOption(chosen);

  await dialog.fill(
    '#paste',
    `https://arxiv.org/abs/${FIRST}\narXiv:${SECOND}`,
  );
  await dialog.press('#paste', 'Control+Enter');
  await readyCards(dialog, 2);
  await expect(gistOf(dialog, FIRST).inputValue()).resolves.toBe(
    'walks on fibers, kept',
  );
  await expect(picker.inputValue()).resolves.toBe(chosen);
  await expect(gistOf(dialog, SECOND).inputValue()).resolves.toBe('');
});

test('Esc and Close with an unsaved gist ask first; Esc on the question keeps editing', async () => {
  const dialog = await openFromMenu(session.page, 'showInsertDialog');
  await dialog.fill('#paste', `arXiv:${FIRST}`);
  await dialog.press('#paste', 'Control+Enter');
  await readyCards(dialog, 1);
  await gistOf(dialog, FIRST).fill('do not lose me');

  await session.page.keyboard.press('Escape');
  await dialog.waitForSelector('.confirm-close');
  expect(await dialog.locator('.confirm-close').innerText()).toMatch(
    /1 gist is not in the document yet\. Close and lose it\?/,
  );
  expect(
    await dialog.evaluate(() => document.activeElement?.className ?? ''),
  ).toContain('keep-editing');
  await session.page.keyboard.press('Escape');
  await dialog.waitForSelector('.confirm-close', {state: 'detached'});
  expect(await session.page.locator('#modal').isHidden()).toBe(false);
  await expect(gistOf(dialog, FIRST).inputValue()).resolves.toBe(
    'do not lose me',
  );

  await dialog.click('footer button.close');
  await dialog.waitForSelector('.confirm-close');
  await dialog.click('.close-anyway');
  await session.page.waitForSelector('#modal', {state: 'hidden'});
  const doc = session.playground.env.document.toJSON();
  expect(entryIndexes(doc, FIRST)).toHaveLength(0);
});

test('a dialog without typed gists closes on Esc at once', async () => {
  const dialog = await openFromMenu(session.page, 'showInsertDialog');
  await dialog.fill('#paste', `arXiv:${FIRST}`);
  await dialog.press('#paste', 'Control+Enter');
  await readyCards(dialog, 1);
  await session.page.keyboard.press('Escape');
  await session.page.waitForSelector('#modal', {state: 'hidden'});
});

test('sidebar keyboard haul: Ctrl+Enter fetches and focuses the first gist, Tab goes to the next, Ctrl+Enter inserts', async () => {
  const sidebar = await openFromMenu(session.page, 'showSidebar');
  await sidebar.fill('#quick-paste', `${FIRST} ${SECOND}`);
  await sidebar.press('#quick-paste', 'Control+Enter');
  await readyCards(sidebar, 2);
  await sidebar.waitForFunction(
    () => document.activeElement?.classList.contains('gist') === true,
  );
  expect(await focusedId(sidebar)).toBe(`gist-${FIRST}`);
  await session.page.keyboard.type('first');
  await session.page.keyboard.press('Tab');
  expect(await focusedId(sidebar)).toBe(`gist-${SECOND}`);
  await session.page.keyboard.type('second');
  await session.page.keyboard.press('Control+Enter');
  await sidebar.waitForFunction(
    () =>
      document.querySelectorAll('.card[data-status="inserted"]').length === 2,
  );
  const doc = session.playground.env.document.toJSON();
  const head = entryIndexes(doc, FIRST)[0];
  expect(doc.body[head + 1]).toMatchObject({text: 'first'});
  await session.page.waitForSelector(`#doc .selected a[href*="${FIRST}"]`);
});
