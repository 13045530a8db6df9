// Undo last reorganize in Chromium: from the sidebar after Apply, and from the menu after Reorganize now, the document comes back block for block.
import type {Frame} from 'playwright-core';
import type {DocJson} from '../../src/core/doc-model';
import {openFromMenu, usePlaygroundPage} from './support';

jest.setTimeout(600_000);

const session = usePlaygroundPage('each');

function docNow(): DocJson {
  return session.playground.env.document.toJSON();
}

async function openOrganize(): Promise<Frame> {
  const sidebar = await openFromMenu(session.page, 'showSidebar');
  await sidebar.click('#tab-organize');
  await sidebar.waitForSelector('#panel-organize');
  return sidebar;
}

test('the sidebar offers Undo last reorganize after Apply, and it puts the document back', async () => {
  const before = docNow();
  const sidebar = await openOrganize();
  expect(await sidebar.locator('.undo-reorganize').count()).toBe(0);
  await sidebar.click('.preview-reorganize');
  await sidebar.waitForSelector('.apply-reorganize');
  await sidebar.click('.apply-reorganize');
  await sidebar.waitForSelector('.undo-reorganize');
  expect(docNow()).not.toEqual(before);
  await sidebar.click('.undo-reorganize');
  await sidebar.waitForSelector('.undo-result');
  expect(await sidebar.locator('.undo-result').innerText()).toMatch(
    /put back \d+ moves.*The document is as it was before\./,
  );
  expect(docNow()).toEqual(before);
  expect(await sidebar.locator('.undo-reorganize').count()).toBe(0);
});

test('the menu item undoes Reorganize now; a second undo says there is nothing to undo', async () => {
  const {page} = session;
  const before = docNow();
  await page.click('#extensions');
  await page.click('#extensions-menu button[data-function="reorganizeNow"]');
  await page.waitForSelector('#alert:not([hidden])');
  await page.click('#alert-buttons button[data-answer="YES"]');
  // The report names every moved paper, so it stays in a box until closed.
  await page.waitForSelector('#report:not([hidden])');
  await page.click('#report-close');
  expect(docNow()).not.toEqual(before);
  await page.click('#extensions');
  await page.click(
    '#extensions-menu button[data-function="undoReorganizeFromMenu"]',
  );
  await page.waitForFunction(() =>
    /as it was before/.test(
      document.querySelector('#toast')?.textContent ?? '',
    ),
  );
  expect(docNow()).toEqual(before);
  await page.click('#extensions');
  await page.click(
    '#extensions-menu button[data-function="undoReorganizeFromMenu"]',
  );
  await page.waitForFunction(() =>
    /no reorganize to undo/.test(
      document.querySelector('#toast')?.textContent ?? '',
    ),
  );
});
