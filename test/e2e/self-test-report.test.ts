// The self-test's report, in Chromium through the real dialog page: a one-line summary, details on request, a Copy button, inert text.
import {usePlaygroundPage} from './support';

jest.setTimeout(600_000);

const session = usePlaygroundPage('each');

test('Run self-test opens a dialog: the summary first, the details on request, Copy, Close, and no alert or toast', async () => {
  const {page} = session;
  await page.click('#extensions');
  await page.click('#extensions-menu button[data-function="runSelfTest"]');
  const handle = await page.waitForSelector('#modal-frame[src^="/html/"]');
  const dialog = (await handle.contentFrame())!;
  await dialog.waitForSelector('#report-summary');
  expect(await page.locator('#modal-title').innerText()).toBe(
    'Paper Haul self-test',
  );
  expect(await dialog.locator('#report-summary').innerText()).toMatch(
    /^Paper Haul self-test, .*: (nothing failed|\d+ failed) \(\d+ facts\)\.$/,
  );
  // The raw dump is gone: no alert box, no toast, the facts wait behind Details.
  expect(session.alerts).toEqual([]);
  expect(await page.locator('#report').isVisible()).toBe(false);
  expect(await page.locator('#toast').isVisible()).toBe(false);
  expect(await dialog.locator('#report-text').isVisible()).toBe(false);
  await dialog.click('#report-details summary');
  const text = await dialog.locator('#report-text').inputValue();
  expect(text).toMatch(/^(PASS|FAIL|SEEN) tabs of this document: /m);
  expect(text).toMatch(
    /you may delete it\.\nTo report a problem, copy this text/,
  );
  await dialog.click('#report-copy');
  await dialog.waitForSelector(
    '#report-status:text-matches("Copied|Ctrl\\\\+C")',
  );
  // The report is text: nothing in it became markup.
  expect(
    await dialog
      .locator('body *')
      .evaluateAll(els =>
        els
          .map(e => e.tagName)
          .filter(
            t =>
              !/^(P|DETAILS|SUMMARY|TEXTAREA|DIV|SPAN|BUTTON|SCRIPT)$/.test(t),
          ),
      ),
  ).toEqual([]);
  await dialog.click('#report-close');
  await page.locator('#modal').waitFor({state: 'hidden'});
});
