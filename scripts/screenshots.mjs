// `npm run screenshots`: the Marketplace listing images from the real pages (playground + Debian's Chromium), offline, into docs/listing/.
/* global document */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {createRequire} from 'node:module';
import {fileURLToPath} from 'node:url';

const require = createRequire(import.meta.url);
const {chromium} = require('playwright-core');
const {startPlayground} = require('../dev/playground.js');
const {CHROMIUM_PATH, CHROMIUM_ARGS} = require('../dev/chromium.js');

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'docs/listing');
/** Google's listing sizes: screenshots 1280x800, icons 128 and 32 px. */
const VIEWPORT = {width: 1280, height: 800};
const ICON_SIZES = [128, 32];

async function openFromMenu(page, functionName, frameId) {
  await page.click('#extensions');
  await page.click(`#extensions-menu button[data-function="${functionName}"]`);
  const handle = await page.waitForSelector(`#${frameId}[src^="/html/"]`);
  const frame = await handle.contentFrame();
  await frame.waitForSelector('#app > *');
  return frame;
}

async function settled(frame) {
  await frame.waitForFunction(
    () =>
      !document.querySelector(
        '.card[data-status="inserting"], .card[data-status="fetching"]',
      ) && !document.querySelector('.progress'),
  );
}

async function shoot(page, name) {
  const file = path.join(OUT, `${name}.png`);
  await page.screenshot({path: file});
  console.log(`wrote ${path.relative(ROOT, file)}`);
}

/** Renders docs/listing/icon.svg at each size with Chromium itself (no image package, no hand-drawn bitmap). */
async function icons(browser) {
  const svg = fs.readFileSync(path.join(OUT, 'icon.svg'), 'utf8');
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({viewport: {width: size, height: size}});
    const data = Buffer.from(svg).toString('base64');
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img src="data:image/svg+xml;base64,${data}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    await page.waitForFunction(() => document.images[0].complete);
    const file = path.join(OUT, `icon-${size}.png`);
    await page.screenshot({path: file, omitBackground: true});
    console.log(`wrote ${path.relative(ROOT, file)}`);
    await page.close();
  }
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paper-haul-shots-'));
  const playground = await startPlayground({
    port: 0,
    docPath: path.join(dir, 'doc.json'),
    offline: true,
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  try {
    await icons(browser);
    const page = await browser.newPage({viewport: VIEWPORT});
    page.setDefaultTimeout(120_000);
    await page.goto(playground.url);
    await page.waitForSelector('#doc');

    // The dialog with the sample haul's cards ready.
    const dialog = await openFromMenu(page, 'showInsertDialog', 'modal-frame');
    await dialog.click('button.sample-haul');
    await dialog.waitForSelector('.card[data-status="ready"]');
    await settled(dialog);
    await shoot(page, 'dialog');

    // A finished haul: inserted, the dialog closed, the document at the first new entry.
    await dialog.click('.insert-all');
    await dialog.waitForSelector('.card[data-status="inserted"]');
    await settled(dialog);
    const id = await dialog
      .locator('.card[data-status="inserted"]')
      .first()
      .evaluate(card => /arXiv:(\S+)/.exec(card.textContent)[1]);
    await page.click('#modal-close');
    await page.waitForSelector('#modal', {state: 'hidden'});
    await page.waitForSelector(`#doc a[href*="${id}"]`);
    await page.evaluate(paperId => {
      const link = document.querySelector(`#doc a[href*="${paperId}"]`);
      link.scrollIntoView({block: 'center'});
    }, id);
    await shoot(page, 'haul');

    // The sidebar's tabs.
    const sidebar = await openFromMenu(page, 'showSidebar', 'sidebar-frame');
    await sidebar.click('#tab-find');
    await sidebar.locator('#find').pressSequentially('diffusion', {delay: 20});
    await sidebar.locator('.hit-button').first().waitFor();
    await shoot(page, 'sidebar-find');
    for (const tab of ['organize', 'library']) {
      await sidebar.click(`#tab-${tab}`);
      await sidebar.waitForSelector(`#panel-${tab}`);
      await page.waitForTimeout(500);
      await shoot(page, `sidebar-${tab}`);
    }
  } finally {
    await browser.close();
    await playground.close();
    fs.rmSync(dir, {recursive: true, force: true});
  }
}

main().catch(err => {
  console.error(`Screenshots failed: ${err.message}`);
  process.exitCode = 1;
});
