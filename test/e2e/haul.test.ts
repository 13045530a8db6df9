// The Insert papers dialog in Chromium against the real bundle: a mixed haul, a keyboard-only haul, 100 papers.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type {Frame} from 'playwright-core';
import {
  entryIndexes,
  openFromMenu,
  saveScreenshot,
  sectionAbove,
  usePlaygroundPage,
} from './support';

jest.setTimeout(600_000);

/** An entry of the sample doc (in "ML Math"), pasted to be reported as already there. */
const IN_DOC = '2010.08895';
const VALID = ['1605.08386', '1707.08567'];
const UNKNOWN = '2112.99999';

const session = usePlaygroundPage('each');

/** [arXiv id label, data-status] of every card, in order. */
function cardStatuses(dialog: Frame): Promise<string[][]> {
  return dialog.$$eval('.card', cards =>
    cards.map(c => [
      c.querySelector('.card-id')!.textContent!.trim(),
      c.getAttribute('data-status')!,
    ]),
  );
}

function outcomeOf(dialog: Frame, id: string): Promise<string> {
  return dialog
    .locator('.card', {hasText: `arXiv:${id}`})
    .locator('.outcome')
    .innerText();
}

/** The section name a card reports after inserting: Inserted under “X”. */
async function insertedSection(dialog: Frame, id: string): Promise<string> {
  const outcome = await outcomeOf(dialog, id);
  const match = /Inserted under “(.+)”/.exec(outcome);
  if (!match) throw new Error(`Card ${id} says: ${outcome}`);
  return match[1];
}

async function waitForInsertsToSettle(dialog: Frame): Promise<void> {
  await dialog.waitForFunction(
    () =>
      !document.querySelector(
        '.card[data-status="inserting"], .card[data-status="fetching"]',
      ) && !document.querySelector('.progress'),
  );
}

test('a haul with valid, duplicate, unknown and invalid ids ends with the right entries in the doc', async () => {
  const dialog = await openFromMenu(session.page, 'showInsertDialog');
  const before = session.playground.env.document.toJSON();
  expect(entryIndexes(before, IN_DOC)).toHaveLength(1);
  for (const id of VALID) expect(entryIndexes(before, id)).toHaveLength(0);

  await dialog.fill(
    '#paste',
    [
      'Tabs I had open this morning:',
      `https://arxiv.org/abs/${VALID[0]}v1`,
      `see arXiv:${VALID[1]} (the big collaboration)`,
      `https://arxiv.org/pdf/${IN_DOC}`,
      `maybe ${UNKNOWN}`,
      'and arXiv:2113.00001 from a typo',
    ].join('\n'),
  );
  await dialog.press('#paste', 'Control+Enter');
  await dialog.waitForSelector('.card[data-status="ready"]');
  await waitForInsertsToSettle(dialog);

  const statuses = await cardStatuses(dialog);
  expect(statuses).toEqual(
    expect.arrayContaining([
      [`arXiv:${VALID[0]}`, 'ready'],
      [`arXiv:${VALID[1]}`, 'ready'],
      [`arXiv:${IN_DOC}`, 'duplicate'],
      [`arXiv:${UNKNOWN}`, 'not_found'],
    ]),
  );
  expect(statuses.filter(s => s[1] === 'invalid')).toHaveLength(1);
  expect(await outcomeOf(dialog, IN_DOC)).toContain('ML Math');
  // The recorded feeds lack it: its card shows the title the doc holds.
  await expect(
    dialog
      .locator('.card', {hasText: `arXiv:${IN_DOC}`})
      .locator('.title')
      .innerText(),
  ).resolves.toMatch(/^Fourier Neural Operator/);
  expect(
    await dialog.locator('.card[data-status="invalid"] .outcome').innerText(),
  ).not.toBe('');
  // The card shows what arXiv said about the paper, and the suggested section is chosen.
  const first = dialog.locator('.card', {hasText: `arXiv:${VALID[0]}`});
  await expect(first.locator('.title').innerText()).resolves.toBe(
    'Heat-bath random walks with Markov bases',
  );
  await expect(first.locator('.authors').innerText()).resolves.toContain(
    'Caprice Stanley',
  );
  await expect(
    first.locator('select.section-picker').inputValue(),
  ).resolves.not.toBe('');
  await saveScreenshot(session.page, 'dialog-preview');

  await first.locator('input.gist').fill('mixing of heat-bath walks on fibers');
  await dialog.click('.insert-all');
  await dialog.waitForFunction(
    () =>
      document.querySelectorAll('.card[data-status="inserted"]').length === 2,
  );
  await waitForInsertsToSettle(dialog);
  await saveScreenshot(session.page, 'dialog-inserted');

  const after = session.playground.env.document.toJSON();
  for (const id of VALID) {
    const at = entryIndexes(after, id);
    expect(at).toHaveLength(1);
    expect(sectionAbove(after, at[0])).toBe(await insertedSection(dialog, id));
  }
  const head = entryIndexes(after, VALID[0])[0];
  expect(after.body[head + 1]).toMatchObject({
    text: 'mixing of heat-bath walks on fibers',
  });
  expect(entryIndexes(after, IN_DOC)).toHaveLength(1);
  expect(entryIndexes(after, UNKNOWN)).toHaveLength(0);
  // The playground's document view shows the new entries.
  await session.page.waitForSelector(
    `#doc a[href="https://arxiv.org/abs/${VALID[0]}"]`,
  );
  expect(session.alerts).toEqual([]);
});

test('keyboard only: type, Ctrl+Enter, Tab from gist to gist as documented, Ctrl+Enter inserts and selects the entry, Esc closes', async () => {
  const dialog = await openFromMenu(session.page, 'showInsertDialog');
  const focused = () =>
    dialog.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? `${el.tagName.toLowerCase()}.${el.className}#${el.id}` : '';
    });
  expect(await focused()).toContain('#paste');

  await session.page.keyboard.type(`${VALID[0]}\n${VALID[1]}`);
  await session.page.keyboard.press('Control+Enter');
  await dialog.waitForFunction(
    () => document.querySelectorAll('.card[data-status="ready"]').length === 2,
  );
  await dialog.waitForFunction(() =>
    document.activeElement?.classList.contains('gist'),
  );
  await session.page.keyboard.type('first gist by keyboard');

  // The documented order: Tab goes from gist to gist, Shift+Tab back, Alt+Down to the card's section.
  await session.page.keyboard.press('Tab');
  expect(await focused()).toContain(`#gist-${VALID[1]}`);
  await session.page.keyboard.press('Shift+Tab');
  expect(await focused()).toContain(`#gist-${VALID[0]}`);
  await session.page.keyboard.press('Alt+ArrowDown');
  expect(await focused()).toContain(`#section-${VALID[0]}`);
  await session.page.keyboard.press('Shift+Tab');
  expect(await focused()).toContain(`#gist-${VALID[0]}`);
  await session.page.keyboard.press('Tab');
  expect(await focused()).toContain(`#gist-${VALID[1]}`);
  await session.page.keyboard.type('second gist by keyboard');
  await session.page.keyboard.press('Tab');
  expect(await focused()).toContain('insert-all');

  await session.page.keyboard.press('Control+Enter');
  await dialog.waitForFunction(
    () =>
      document.querySelectorAll('.card[data-status="inserted"]').length === 2,
  );
  const doc = session.playground.env.document.toJSON();
  const texts = doc.body.map(b => (b.type === 'table' ? '' : b.text));
  expect(texts).toContain('first gist by keyboard');
  expect(texts).toContain('second gist by keyboard');
  for (const id of VALID) expect(entryIndexes(doc, id)).toHaveLength(1);
  // The first inserted entry is selected in the document.
  await session.page.waitForSelector(`#doc .selected a[href*="${VALID[0]}"]`);
  expect(entryIndexes(doc, VALID[0])).toContain(
    session.playground.env.document.selection()!.start,
  );

  await session.page.keyboard.press('Escape');
  await session.page.waitForSelector('#modal', {state: 'hidden'});
});

test('100 papers: one card each, all inserted, each entry under the section its card names', async () => {
  const feed = fs.readFileSync(
    path.join(
      __dirname,
      '../fixtures/arxiv/arxivpy-2026_search_all-testing_100-entries_with-doi.xml',
    ),
    'utf8',
  );
  const ids = [
    ...new Set(
      [
        ...feed.matchAll(/<id>http:\/\/arxiv\.org\/abs\/(.+?)(v\d+)?<\/id>/g),
      ].map(m => m[1]),
    ),
  ];
  expect(ids).toHaveLength(100);
  const dialog = await openFromMenu(session.page, 'showInsertDialog');
  await dialog.fill(
    '#paste',
    ids.map(id => `https://arxiv.org/abs/${id}`).join('\n'),
  );
  await dialog.press('#paste', 'Control+Enter');
  await dialog.waitForFunction(
    () =>
      document.querySelectorAll('.card[data-status="ready"]').length === 100,
  );
  await dialog.click('.insert-all');
  await dialog.waitForFunction(
    () =>
      document.querySelectorAll('.card[data-status="inserted"]').length === 100,
    undefined,
    {timeout: 180_000},
  );
  await saveScreenshot(session.page, 'dialog-100-inserted');
  const doc = session.playground.env.document.toJSON();
  const sample = [ids[0], ids[49], ids[99]];
  for (const id of sample) {
    const at = entryIndexes(doc, id);
    expect(at).toHaveLength(1);
    expect(sectionAbove(doc, at[0])).toBe(await insertedSection(dialog, id));
  }
  expect(ids.filter(id => entryIndexes(doc, id).length !== 1)).toEqual([]);
});
