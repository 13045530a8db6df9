// Drafts survive any close, in Chromium: the host's × keeps the haul, reopening offers it back, inserting or Discard clears it.
import type {Frame} from 'playwright-core';
import {entryIndexes, openFromMenu, usePlaygroundPage} from './support';

jest.setTimeout(600_000);

const session = usePlaygroundPage('each');
const FIRST = '1605.08386';
const SECOND = '1707.08567';

function gistOf(frame: Frame, id: string) {
  return frame.locator(`#gist-${id.replace('.', '\\.')}`);
}

async function readyCards(frame: Frame, count: number): Promise<void> {
  await frame.waitForFunction(
    n =>
      document.querySelectorAll('.card[data-status="ready"]').length === n &&
      !document.querySelector('.card[data-status="fetching"]'),
    count,
  );
}

/** Waits until the server holds the dialog's latest draft. */
async function draftSaved(frame: Frame): Promise<void> {
  await frame.waitForSelector('#app[data-draft="saved"]');
}

/** Waits until the dialog asked for an earlier draft. */
async function draftChecked(frame: Frame): Promise<void> {
  await frame.waitForSelector('#app[data-draft-checked="true"]');
}

/** Types a haul with a gist and a picked section, waits for the draft to be saved, then closes with the host's ×. */
async function typeHaulAndCloseWithX(): Promise<string> {
  const dialog = await openFromMenu(session.page, 'showInsertDialog');
  await dialog.fill('#paste', `arXiv:${FIRST}\narXiv:${SECOND}`);
  await dialog.press('#paste', 'Control+Enter');
  await readyCards(dialog, 2);
  await gistOf(dialog, FIRST).fill('a draft that must survive');
  const picker = dialog.locator(`#section-${SECOND.replace('.', '\\.')}`);
  const values = await picker
    .locator('option')
    .evaluateAll(o => o.map(x => (x as HTMLOptionElement).value));
  const chosen = values.filter(v => v && v !== values[0])[1];
  await picker.selectOption(chosen);
  await draftSaved(dialog);
  await session.page.click('#modal-close');
  await session.page.waitForSelector('#modal', {state: 'hidden'});
  return chosen;
}

test('the host’s × keeps the haul: reopening offers it back with its gist and section', async () => {
  const chosen = await typeHaulAndCloseWithX();
  const dialog = await openFromMenu(session.page, 'showInsertDialog');
  const offer = dialog.locator('.draft-offer');
  await offer.waitFor();
  expect(await offer.innerText()).toMatch(
    /Restore your unsent haul from \d\d:\d\d \(1 gist\)\?/,
  );
  await dialog.click('.restore-draft');
  await readyCards(dialog, 2);
  await expect(dialog.inputValue('#paste')).resolves.toContain(FIRST);
  await expect(gistOf(dialog, FIRST).inputValue()).resolves.toBe(
    'a draft that must survive',
  );
  await expect(
    dialog.locator(`#section-${SECOND.replace('.', '\\.')}`).inputValue(),
  ).resolves.toBe(chosen);

  // Inserting every paper ends the haul: the next opening offers nothing.
  await dialog.press('#paste', 'Control+Enter');
  await dialog.waitForFunction(
    () =>
      document.querySelectorAll('.card[data-status="inserted"]').length === 2,
  );
  expect(
    entryIndexes(session.playground.env.document.toJSON(), FIRST),
  ).toHaveLength(1);
  await dialog.waitForSelector('#app[data-draft=""]');
  await session.page.click('#modal-close');
  const again = await openFromMenu(session.page, 'showInsertDialog');
  await draftChecked(again);
  expect(await again.locator('.draft-offer').count()).toBe(0);
});

test('Discard forgets the draft for good', async () => {
  await typeHaulAndCloseWithX();
  const dialog = await openFromMenu(session.page, 'showInsertDialog');
  await dialog.locator('.draft-offer').waitFor();
  await dialog.click('.discard-draft');
  await dialog.waitForSelector('.draft-offer', {state: 'detached'});
  await dialog.waitForSelector('#app[data-draft="discarded"]');
  await session.page.click('#modal-close');
  const again = await openFromMenu(session.page, 'showInsertDialog');
  await draftChecked(again);
  expect(await again.locator('.draft-offer').count()).toBe(0);
  await expect(again.inputValue('#paste')).resolves.toBe('');
});
