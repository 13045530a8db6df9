// The sidebar's status line in Chromium against the real bundle: a warning once the document passes 90% of Google Docs' size limit.
import {openFromMenu, usePlaygroundPage} from './support';

jest.setTimeout(300_000);

const session = usePlaygroundPage('each');

test('a document past 90% of the limit shows the warning with what to do; a small one shows none', async () => {
  let sidebar = await openFromMenu(session.page, 'showSidebar');
  await sidebar.waitForSelector('#panel-add');
  expect(await sidebar.locator('.size-warning').count()).toBe(0);

  session.playground.env.document.load({
    body: [
      {type: 'paragraph', text: 'Reading list', heading: 'TITLE'},
      {type: 'paragraph', text: 'x'.repeat(940_000)},
    ],
  });
  sidebar = await openFromMenu(session.page, 'showSidebar');
  const warning = sidebar.locator('.size-warning');
  await warning.waitFor();
  expect(await warning.innerText()).toMatch(
    /^This document is 92% full .* Set Abstract to "none" in Settings/,
  );
});
