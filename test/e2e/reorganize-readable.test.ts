// Plans a person can check, in Chromium: every move listed (no "and N more"), why each Inbox entry stays, filed papers named by title.
import type {Frame} from 'playwright-core';
import {openFromMenu, usePlaygroundPage} from './support';

jest.setTimeout(600_000);

const session = usePlaygroundPage('each');

async function openOrganize(): Promise<Frame> {
  const sidebar = await openFromMenu(session.page, 'showSidebar');
  await sidebar.click('#tab-organize');
  await sidebar.waitForSelector('#panel-organize');
  return sidebar;
}

test('the sidebar preview lists every move and says why Inbox entries stay; the applied report names papers by title', async () => {
  const sidebar = await openOrganize();
  await sidebar.click('.preview-reorganize');
  await sidebar.waitForSelector('.apply-reorganize');
  const plan = await sidebar.locator('.report').first().innerText();
  expect(plan).not.toMatch(/and \d+ more/);
  expect(plan).not.toMatch(/\(…|\( *”/);
  await sidebar.click('.apply-reorganize');
  await sidebar.waitForSelector('.undo-reorganize');
  const report = await sidebar.locator('.report').first().innerText();
  expect(report).toMatch(
    /stays in “Inbox”: (best: .+ \d+%, below your 80% threshold|no section of the document fits it)\./,
  );
  expect(report).not.toMatch(/File from the Inbox: \d{4}\.\d{5}/);
});
