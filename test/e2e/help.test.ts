// Help in Chromium against the real bundle: the menu item and the sidebar's link open the user guide; the pages carry arXiv's acknowledgement.
import {openFromMenu, usePlaygroundPage} from './support';

jest.setTimeout(300_000);

const session = usePlaygroundPage('each');
const THANKS =
  'Thank you to arXiv for use of its open access interoperability.';

test('Extensions > Paper Haul > Help opens the user guide', async () => {
  const {page} = session;
  const state = await page.evaluate(() =>
    fetch('/api/state').then(r => r.json()),
  );
  const items = state.menus.flatMap(
    (m: {items: {caption?: string; functionName?: string}[]}) => m.items,
  );
  expect(items).toContainEqual(
    expect.objectContaining({caption: 'Help', functionName: 'showHelp'}),
  );

  await page.click('#extensions');
  await page.click('#extensions-menu button[data-function="showHelp"]');
  const handle = await page.waitForSelector('#modal-frame[src^="/html/"]');
  const guide = (await handle.contentFrame())!;
  await guide.waitForSelector('#guide h1');
  expect(await page.locator('#modal-title').innerText()).toBe(
    'Paper Haul help',
  );
  const headings = await guide.locator('#guide h2').allInnerTexts();
  expect(headings).toEqual(
    expect.arrayContaining([
      'The haul: adding papers',
      'Find',
      'The Library',
      'Reorganize and its schedule',
      'What is stored',
      'How to undo',
    ]),
  );
  expect(await guide.locator('#guide').innerText()).toContain(THANKS);
});

test("the sidebar's Help link opens the same guide; the sidebar and the dialog show arXiv's acknowledgement", async () => {
  const {page} = session;
  const sidebar = await openFromMenu(page, 'showSidebar');
  expect(await sidebar.locator('.sidebar-footer .ack').innerText()).toBe(
    THANKS,
  );
  await sidebar.click('.help-link');
  const handle = await page.waitForSelector('#modal-frame[src^="/html/"]');
  const guide = (await handle.contentFrame())!;
  await guide.waitForSelector('#guide h1');
  expect(await guide.locator('#guide h1').innerText()).toBe(
    'Paper Haul: a short guide',
  );

  await page.click('#modal-close');
  await page.waitForSelector('#modal', {state: 'hidden'});
  const dialog = await openFromMenu(page, 'showInsertDialog');
  expect(await dialog.locator('.ack').innerText()).toBe(THANKS);
});
