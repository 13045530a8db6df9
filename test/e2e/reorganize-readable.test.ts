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

test('each move of the plan says from where to where: its section and the entry it lands after, as the applied document has it', async () => {
  const sidebar = await openOrganize();
  await sidebar.click('.preview-reorganize');
  await sidebar.waitForSelector('.apply-reorganize');
  const lines = await sidebar.locator('.report li').allInnerTexts();
  const filed = lines.filter(l => l.startsWith('File '));
  expect(filed.length).toBeGreaterThan(0);
  for (const line of filed) {
    expect(line).toMatch(
      /^File “[^”]+” from “Inbox” to “[^”]+”(, after “[^”]+”|, at the top)\.$/,
    );
  }
  const sorts = lines.filter(l => l.startsWith('Sort “'));
  expect(sorts.length).toBeGreaterThan(0);
  for (const line of sorts) {
    expect(line).toMatch(
      /^Sort “[^”]+”: move “[^”]+” (after “[^”]+”|to the top)/,
    );
  }
  // Titles are cut at a word: a neighbour never ends inside one.
  for (const [, after] of lines.join('\n').matchAll(/after “([^”]+)”/g)) {
    expect(after).toMatch(/(\p{L}|\p{N}|[).?!])…?$/u);
    expect(after).not.toMatch(/ …$/);
  }

  // The applied report says the same moves, and each "after" holds in the document.
  await sidebar.click('.apply-reorganize');
  await sidebar.waitForSelector('.undo-reorganize');
  const applied = await sidebar.locator('.report li').allInnerTexts();
  expect(applied[0]).toMatch(/^Moved \d+ entries\.$/);
  expect(applied).toEqual(expect.arrayContaining(lines.slice(0, -1)));
  const doc = session.playground.env.document.toJSON();
  const heads = doc.body
    .filter(b => b.type === 'listItem' && (b.nesting ?? 0) === 0)
    .map(b => (b.type === 'table' ? '' : b.text));
  for (const line of filed) {
    const m =
      /^File “([^”]+)” from “Inbox” to “([^”]+)”, after “([^”]+)”\.$/.exec(
        line,
      );
    if (!m) continue;
    const at = heads.findIndex(h => h.startsWith(m[1].replace(/…$/, '')));
    expect(at).toBeGreaterThan(0);
    expect(heads[at - 1].startsWith(m[3].replace(/…$/, ''))).toBe(true);
  }
});
