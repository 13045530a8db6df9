// A newcomer's first run in Chromium, offline: the sample haul inserts, and papers outside the recordings say so truthfully.
import type {Frame} from 'playwright-core';
import {
  SAMPLE_HAUL_DUPLICATE_ID,
  SAMPLE_HAUL_NEW_IDS,
} from '../../src/ui/lib/sample-haul';
import {entryIndexes, openFromMenu, usePlaygroundPage} from './support';

jest.setTimeout(600_000);

const session = usePlaygroundPage('all');
const DEC_2021_ML = [
  '2111.00364',
  '2106.15590',
  '2102.01454',
  '2111.00210',
  '2112.00861',
];

function cardOf(dialog: Frame, id: string) {
  return dialog.locator('.card', {hasText: `arXiv:${id}`});
}

async function settled(dialog: Frame): Promise<void> {
  await dialog.waitForFunction(
    () =>
      !document.querySelector(
        '.card[data-status="inserting"], .card[data-status="fetching"]',
      ) && !document.querySelector('.progress'),
  );
}

test('"Try a sample haul" shows real cards that insert, and the one already filed', async () => {
  const dialog = await openFromMenu(session.page, 'showInsertDialog');
  await dialog.click('button.sample-haul');
  await dialog.waitForSelector('.card[data-status="ready"]');
  await settled(dialog);
  for (const id of SAMPLE_HAUL_NEW_IDS) {
    await expect(cardOf(dialog, id).getAttribute('data-status')).resolves.toBe(
      'ready',
    );
    await expect(
      cardOf(dialog, id).locator('.title').innerText(),
    ).resolves.not.toBe('');
  }
  await expect(
    cardOf(dialog, SAMPLE_HAUL_DUPLICATE_ID).getAttribute('data-status'),
  ).resolves.toBe('duplicate');
  await dialog.click('.insert-all');
  await dialog.waitForFunction(
    n =>
      document.querySelectorAll('.card[data-status="inserted"]').length === n,
    SAMPLE_HAUL_NEW_IDS.length,
  );
  const doc = session.playground.env.document.toJSON();
  for (const id of SAMPLE_HAUL_NEW_IDS) {
    expect(entryIndexes(doc, id)).toHaveLength(1);
  }
  await dialog.click('footer button:has-text("Close")');
});

test('Dec-2021 ML papers outside the recordings say "not in the offline recordings", never "arXiv has no paper"', async () => {
  const dialog = await openFromMenu(session.page, 'showInsertDialog');
  await dialog.fill('#paste', DEC_2021_ML.map(id => `arXiv:${id}`).join('\n'));
  await dialog.press('#paste', 'Control+Enter');
  await dialog.waitForSelector('.card[data-status="not_found"]');
  await settled(dialog);
  for (const id of DEC_2021_ML) {
    const outcome = await cardOf(dialog, id).locator('.outcome').innerText();
    expect(outcome).toContain('not in the offline recordings');
    expect(outcome).not.toMatch(/has no paper/);
  }
});

test('"Last run" carries the real time of the run: the playground clock keeps up with the wall clock', async () => {
  await new Promise(resolve => setTimeout(resolve, 1500));
  const before = Date.now();
  const answer = (await (
    await fetch(`${session.playground.url}api/run`, {
      method: 'POST',
      headers: {'content-type': 'application/json'},
      body: JSON.stringify({name: 'reorganize', args: [{dryRun: false}]}),
    })
  ).json()) as {ok: boolean; value: {at: string}};
  expect(answer.ok).toBe(true);
  const at = Date.parse(answer.value.at);
  expect(at).toBeGreaterThanOrEqual(before);
  expect(at).toBeLessThanOrEqual(Date.now() + 60_000);
});
