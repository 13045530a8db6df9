// The schedule in the user's time zone, in Chromium set to Paris: the trigger is built in that zone and the sidebar says so plainly.
import type {Frame, Page} from 'playwright-core';
import {
  launchBrowser,
  openFromMenu,
  startTestPlayground,
  type Playground,
} from './support';
import type {Browser} from 'playwright-core';

jest.setTimeout(600_000);

let browser: Browser;
let playground: Playground;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  playground = await startTestPlayground();
  page = await browser.newPage({
    viewport: {width: 1280, height: 860},
    timezoneId: 'Europe/Paris',
  });
  page.setDefaultTimeout(120_000);
  await page.goto(playground.url);
});
afterAll(async () => {
  await page?.close();
  await playground?.close();
  await browser?.close();
});

async function organizeTab(): Promise<Frame> {
  const sidebar = await openFromMenu(page, 'showSidebar');
  await sidebar.click('#tab-organize');
  await sidebar.waitForSelector('#schedule-enabled');
  return sidebar;
}

test('the daily trigger runs at 23:00 Paris time, and the sidebar says “around 23:00 your time (Europe/Paris)”', async () => {
  const sidebar = await organizeTab();
  await sidebar.selectOption('#schedule-hour', '23');
  await sidebar.waitForFunction(
    () =>
      !/Saving/.test(document.querySelector('.schedule-status')!.textContent!),
  );
  await sidebar.check('#schedule-enabled');
  await sidebar.waitForFunction(() =>
    /Reorganizes every day/.test(
      document.querySelector('.schedule-status')!.textContent!,
    ),
  );
  const panel = await sidebar.locator('#panel-organize').innerText();
  expect(panel).toContain(
    'Reorganizes every day around 23:00 your time (Europe/Paris).',
  );
  expect(panel).toContain('Time of day, your time (Europe/Paris)');
  expect(panel).not.toMatch(/Coordinated Universal Time|Around \(/);
  const env = playground.env as unknown as {
    triggers: {atHour?: number; timezone?: string}[];
  };
  expect(env.triggers).toEqual([
    expect.objectContaining({atHour: 23, timezone: 'Europe/Paris'}),
  ]);

  // After a run, "Last run" is told in the schedule's zone, named.
  await sidebar.click('.preview-reorganize');
  await sidebar.locator('.report').first().waitFor();
  await sidebar.click('.apply-reorganize');
  await sidebar.waitForSelector('.last-run');
  expect(await sidebar.locator('.last-run').innerText()).toMatch(
    /^\d+ \w+ \d{4}, \d\d:\d\d \(Europe\/Paris\)$/,
  );
});
