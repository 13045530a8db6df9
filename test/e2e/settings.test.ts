// Settings in Chromium: errors next to their fields with the first in view, and questions before surprising saves.
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

function savedSettings(): Record<string, unknown> | null {
  const {env, functions} = session.playground;
  return env.scriptRun(functions, 'getSettings') as Record<string, unknown>;
}

test('errors sit next to their fields, and the first one is scrolled into view and focused', async () => {
  const sidebar = await openSettings();
  await sidebar.click('.add-rule');
  await sidebar.fill('#rule-section-1', 'NLP');
  await sidebar.fill('#rule-categories-1', 'not a category!');
  await sidebar.fill('#inbox-name', '');
  await sidebar.click('.save-settings');
  await sidebar.waitForSelector('.field-error');
  // The error follows its own control in the form.
  const placed = await sidebar.$$eval('.field-error', errors =>
    errors.map(e => [
      e.getAttribute('data-for'),
      e.previousElementSibling?.id ?? '',
      e.textContent?.trim() ?? '',
    ]),
  );
  expect(placed).toEqual([
    ['inbox-name', 'inbox-name', 'The Inbox needs a name.'],
    [
      'rule-categories-1',
      'rule-categories-1',
      expect.stringMatching(/not an arXiv category pattern/),
    ],
  ]);
  await expect(
    sidebar.evaluate(() => document.activeElement?.id),
  ).resolves.toBe('inbox-name');
  const inView = await sidebar.$eval('#inbox-name-error', e => {
    const box = e.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  });
  expect(inView).toBe(true);
  expect(savedSettings()).toMatchObject({inboxName: 'Inbox', rules: []});
});

test('a rule naming a section the document lacks asks before saving', async () => {
  const sidebar = await openSettings();
  await sidebar.click('.add-rule');
  await sidebar.fill('#rule-section-1', 'Robotics');
  await sidebar.fill('#rule-categories-1', 'cs.RO');
  await sidebar.click('.save-settings');
  await sidebar.waitForSelector('.questions');
  expect(await sidebar.locator('.questions').innerText()).toMatch(
    /Rule 1 files papers under “Robotics”, which the document does not have/,
  );
  await sidebar.click('.questions button:has-text("Cancel")');
  expect(savedSettings()).toMatchObject({rules: []});

  await sidebar.click('.save-settings');
  await sidebar.click('.save-anyway');
  await sidebar.waitForSelector('text=Settings saved.');
  expect(savedSettings()).toMatchObject({
    rules: [{section: 'Robotics', categories: ['cs.RO'], keywords: []}],
  });
});

test('a section level leaving fewer than two sections warns before saving', async () => {
  const sidebar = await openSettings();
  await sidebar.selectOption('#section-level', '3');
  await sidebar.click('.save-settings');
  await sidebar.waitForSelector('.questions');
  expect(await sidebar.locator('.questions').innerText()).toMatch(
    /With Heading 3 as section headings the document has only 1 section/,
  );
  await sidebar.click('.questions button:has-text("Cancel")');
  expect(savedSettings()).toMatchObject({sectionLevel: 0});
});
