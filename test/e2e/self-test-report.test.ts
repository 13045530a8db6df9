// The self-test's report in the playground, in Chromium: a one-line summary, details on request, a Copy button, until closed.
import {usePlaygroundPage} from './support';

jest.setTimeout(600_000);

const session = usePlaygroundPage('each');

test('Run self-test shows a summary first, the details on request and Copy, and stays until closed', async () => {
  const {page} = session;
  await page.click('#extensions');
  await page.click('#extensions-menu button[data-function="runSelfTest"]');
  const report = page.locator('#report');
  await report.waitFor();
  expect(await page.locator('#report-summary').innerText()).toMatch(
    /^Paper Haul self-test, .*: (nothing failed|\d+ failed) \(\d+ facts\)\.$/,
  );
  expect(await page.locator('#report-details-text').isVisible()).toBe(false);
  expect(await page.locator('#toast').isVisible()).toBe(false);
  await page.click('#report-details summary');
  expect(await page.locator('#report-details-text').innerText()).toMatch(
    /^(PASS|FAIL|SEEN) /m,
  );
  await page.click('#report-copy');
  await page.waitForSelector(
    '#report-status:text-matches("Copied|Ctrl\\\\+C")',
  );
  await page.click('#report-close');
  await report.waitFor({state: 'hidden'});
});
