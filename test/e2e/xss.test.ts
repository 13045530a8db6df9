// A paper whose title, authors and abstract carry HTML shows as text everywhere and runs nothing.
import type {Frame, Page} from 'playwright-core';
import {
  XSS_ID,
  entryIndexes,
  openFromMenu,
  saveScreenshot,
  usePlaygroundPage,
} from './support';

jest.setTimeout(300_000);

const TITLE =
  "Robust <img src=x onerror=\"alert('xss');window.__xss='img'\"> Vision <script>window.__xss='script'</script> Transformers";

const session = usePlaygroundPage('all');

/** Elements the hostile text would have created had it been parsed as HTML. */
function injected(frame: Frame | Page, root: string): Promise<number> {
  return frame.$$eval(
    `${root} img, ${root} script, ${root} svg, ${root} iframe, ${root} b[onmouseover]`,
    els => els.length,
  );
}

function xssFlag(frame: Frame | Page): Promise<unknown> {
  return frame.evaluate(() => (window as unknown as {__xss?: unknown}).__xss);
}

test('the dialog, the document and the sidebar show the hostile title as text', async () => {
  const dialog = await openFromMenu(session.page, 'showInsertDialog');
  await dialog.fill('#paste', `https://arxiv.org/abs/${XSS_ID}`);
  await dialog.press('#paste', 'Control+Enter');
  const card = dialog.locator('.card[data-status="ready"]');
  await card.waitFor();
  expect(await card.locator('.title').innerText()).toBe(TITLE);
  expect(await card.locator('.authors').innerText()).toContain(
    'Mallory <svg onload="alert(2)"> Tables',
  );
  expect(await card.locator('.abstract').innerText()).toContain(
    '<iframe src="javascript:alert(1)"></iframe>',
  );
  expect(await injected(dialog, '#app')).toBe(0);
  await saveScreenshot(session.page, 'dialog-xss');

  await dialog.click('.insert-all');
  await dialog.waitForSelector('.card[data-status="inserted"]');
  const doc = session.playground.env.document.toJSON();
  const [head] = entryIndexes(doc, XSS_ID);
  expect(doc.body[head]).toMatchObject({
    text: expect.stringContaining(TITLE),
  });
  const link = session.page.locator(
    `#doc a[href="https://arxiv.org/abs/${XSS_ID}"]`,
  );
  await link.waitFor();
  expect(await link.innerText()).toBe(TITLE);
  expect(await injected(session.page, '#doc')).toBe(0);

  await session.page.click('#modal-close');
  const sidebar = await openFromMenu(session.page, 'showSidebar');
  await sidebar.click('#tab-find');
  await sidebar
    .locator('#find')
    .pressSequentially('robust vision transformers');
  const hit = sidebar.locator(`.hit-button[data-id="${XSS_ID}"]`);
  await hit.waitFor();
  expect(await hit.locator('.hit-title').innerText()).toBe(TITLE);
  expect(await injected(sidebar, '#app')).toBe(0);

  for (const frame of [session.page, dialog, sidebar]) {
    expect(await xssFlag(frame)).toBeUndefined();
  }
  expect(session.alerts).toEqual([]);
});
