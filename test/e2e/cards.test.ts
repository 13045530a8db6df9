// Cards in Chromium: a non-arXiv link's card, LaTeX titles as text, the entry's author count, the status filter, new sections before the Inbox.
import type {Frame} from 'playwright-core';
import {entryIndexes, openFromMenu, usePlaygroundPage} from './support';

jest.setTimeout(600_000);

const session = usePlaygroundPage('each');
const LATEX_TITLE = '2306.03845';
const MANY_AUTHORS = '1707.08567';

function cardOf(dialog: Frame, text: string) {
  return dialog.locator('.card', {hasText: text});
}

async function fetchPaste(dialog: Frame, text: string): Promise<void> {
  await dialog.fill('#paste', text);
  await dialog.press('#paste', 'Control+Enter');
  await dialog.waitForFunction(
    () =>
      document.querySelector('.card') &&
      !document.querySelector('.card[data-status="fetching"]') &&
      !document.querySelector('.progress'),
  );
}

function headingsOf(): string[] {
  return session.playground.env.document
    .toJSON()
    .body.filter(b => b.type === 'paragraph' && b.heading === 'HEADING2')
    .map(b => (b.type === 'table' ? '' : b.text));
}

test('a non-arXiv link gets a card that says what it is and what to do', async () => {
  const dialog = await openFromMenu(session.page, 'showInsertDialog');
  await fetchPaste(
    dialog,
    `https://openreview.net/forum?id=rJ4km2R5t7 and arXiv:${LATEX_TITLE}`,
  );
  const card = cardOf(dialog, 'openreview.net');
  await expect(card.locator('.chip').innerText()).resolves.toBe('Not arXiv');
  await expect(card.locator('.outcome').innerText()).resolves.toMatch(
    /openreview\.net link is not an arXiv paper.*arxiv\.org/,
  );
});

test('LaTeX in a title reads as text in its card and its entry; the card names as many authors as the entry', async () => {
  const dialog = await openFromMenu(session.page, 'showInsertDialog');
  await fetchPaste(dialog, `arXiv:${LATEX_TITLE} arXiv:${MANY_AUTHORS}`);
  await expect(
    cardOf(dialog, LATEX_TITLE).locator('.title').innerText(),
  ).resolves.toBe('ωTest: WebView-Oriented Testing for Android Applications');
  const authors = await cardOf(dialog, MANY_AUTHORS)
    .locator('.authors')
    .innerText();
  expect(authors.split(', ')).toHaveLength(4);
  expect(authors).toMatch(/, et al\.$/);

  await dialog.click('.insert-all');
  await dialog.waitForFunction(
    () =>
      document.querySelectorAll('.card[data-status="inserted"]').length === 2,
  );
  const doc = session.playground.env.document.toJSON();
  const latexHead = doc.body[entryIndexes(doc, LATEX_TITLE)[0]];
  expect(latexHead.type !== 'table' && latexHead.text).toMatch(
    /^ωTest: WebView-Oriented Testing for Android Applications - /,
  );
  const head = doc.body[entryIndexes(doc, MANY_AUTHORS)[0]];
  expect(head.type !== 'table' && head.text).toContain(` - ${authors} · `);
});

test('a long haul can be filtered by status', async () => {
  const dialog = await openFromMenu(session.page, 'showInsertDialog');
  const ids = ['1605.08386', '1707.08567', '2104.12255', '2306.03845'];
  const missing = ['2112.99991', '2112.99992', '2112.99993'];
  await fetchPaste(
    dialog,
    [...ids, ...missing, '2010.08895', 'arXiv:2113.00001'].join('\n'),
  );
  await dialog.waitForSelector('.filters');
  await dialog.click('.filters button:has-text("Not found")');
  await expect(dialog.locator('.card').count()).resolves.toBe(missing.length);
  await dialog.click('.filters button:has-text("Ready")');
  await expect(dialog.locator('.card').count()).resolves.toBe(ids.length);
  await dialog.click('.filters button:has-text("All")');
  await expect(dialog.locator('.card').count()).resolves.toBe(9);
});

test('a new section is created before the Inbox, not after it', async () => {
  expect(headingsOf().at(-1)).toBe('Inbox');
  const dialog = await openFromMenu(session.page, 'showInsertDialog');
  await fetchPaste(dialog, 'arXiv:1605.08386');
  const picker = dialog.locator('select.section-picker');
  await picker.selectOption({label: 'New section…'});
  await dialog.fill('input.new-section', 'Random Walks');
  await dialog.click('.insert-all');
  await dialog.waitForSelector('.card[data-status="inserted"]');
  expect(headingsOf().slice(-2)).toEqual(['Random Walks', 'Inbox']);
});
