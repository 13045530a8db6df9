// True, whole answers in Chromium: offline gaps called that in the BibTeX export and the version check, a .bib download, undo saying what happened.
import type {Frame} from 'playwright-core';
import {
  entryIndexes,
  openFromMenu,
  sectionAbove,
  usePlaygroundPage,
} from './support';

jest.setTimeout(600_000);

const session = usePlaygroundPage('each');

async function openLibrary(): Promise<Frame> {
  const sidebar = await openFromMenu(session.page, 'showSidebar');
  await sidebar.click('#tab-library');
  await sidebar.waitForSelector('#panel-library .panel-title');
  return sidebar;
}

test('the whole-document BibTeX export calls unrecorded papers “not in the offline recordings” and downloads as a .bib file', async () => {
  const sidebar = await openLibrary();
  await sidebar.selectOption('#bibtex-section', '');
  await sidebar.click('.export-bibtex');
  const area = sidebar.locator('#bibtex-export');
  await area.waitFor();
  const text = await area.inputValue();
  expect(text).not.toMatch(/arXiv has no record/);
  expect(text).toMatch(
    /^% [\d., ]*1412\.6980[\d., ]* are not in the offline recordings \(with no network, only recorded papers can be fetched\); left out\./,
  );
  const link = sidebar.locator('.download-bibtex');
  expect(await link.getAttribute('download')).toBe('papers.bib');
  const [download] = await Promise.all([
    session.page.waitForEvent('download'),
    link.click(),
  ]);
  expect(download.suggestedFilename()).toBe('papers.bib');
});

test('Check for updates does not say every paper is as arXiv has it when some were never asked', async () => {
  const sidebar = await openLibrary();
  await sidebar.click('.check-versions');
  await sidebar.waitForFunction(
    () => !document.querySelector('.check-versions[disabled]'),
  );
  const panel = sidebar.locator('#panel-library');
  await sidebar.waitForSelector('#panel-library :text("offline recordings")');
  const text = await panel.innerText();
  expect(text).not.toContain('Every paper is as arXiv has it.');
  expect(text).toMatch(
    /1412\.6980[\d., ]* are not in the offline recordings[^;]*; not checked\./,
  );
});

test('undo of a haul whose entry was deleted says there was nothing to remove, not that it kept it', async () => {
  const id = '1605.08386';
  const dialog = await openFromMenu(session.page, 'showInsertDialog');
  await dialog.fill('#paste', `arXiv:${id}`);
  await dialog.press('#paste', 'Control+Enter');
  await dialog.waitForSelector('.card[data-status="ready"]');
  await dialog.press('#paste', 'Control+Enter');
  await dialog.waitForSelector('.card[data-status="inserted"]');
  await session.page.click('#modal-close');

  // The user deletes the entry by hand.
  const env = session.playground.env;
  const doc = env.document.toJSON();
  const head = entryIndexes(doc, id)[0];
  doc.body.splice(head, 1);
  env.document.load(doc);

  const sidebar = await openLibrary();
  await sidebar.locator('.undo-last-haul').click();
  const result = sidebar.locator('.undo-result');
  await result.waitFor();
  const text = await result.innerText();
  expect(text).not.toMatch(/Kept /);
  expect(text).toContain(
    `Nothing to remove for ${id}: it is no longer in the document (moved out or deleted).`,
  );
  expect(text).toContain(
    'Removed nothing: the haul’s entries are no longer in the document.',
  );
});

test('a duplicate card names every copy, the one in the Inbox too, and reveals the entry', async () => {
  const id = '2010.08895';
  const env = session.playground.env;
  const doc = env.document.toJSON();
  const head = entryIndexes(doc, id)[0];
  const section = sectionAbove(doc, head)!;
  // A second copy of the entry's first line, pasted by hand into the Inbox.
  const inbox = doc.body.findIndex(
    b =>
      b.type === 'paragraph' &&
      /^HEADING/.test(b.heading ?? '') &&
      b.text === 'Inbox',
  );
  doc.body.splice(inbox + 1, 0, JSON.parse(JSON.stringify(doc.body[head])));
  env.document.load(doc);

  const dialog = await openFromMenu(session.page, 'showInsertDialog');
  await dialog.fill('#paste', `arXiv:${id}`);
  await dialog.press('#paste', 'Control+Enter');
  const card = dialog.locator('.card[data-status="duplicate"]');
  await card.waitFor();
  expect(await card.locator('.outcome').innerText()).toBe(
    `Already in the doc 2 times: “${section}” and “Inbox”.`,
  );
  await card.locator('.reveal-copy').click();
  await session.page.waitForSelector(`#doc .selected a[href*="${id}"]`);
});
