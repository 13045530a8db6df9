// Find in the real sidebar (issue 28): pasted arXiv links and versioned ids find their entry; the note on abstracts tells the truth and "Fetch abstracts now" fetches them.
import type {Frame} from 'playwright-core';
import {openFromMenu, saveScreenshot, usePlaygroundPage} from './support';

jest.setTimeout(300_000);

const session = usePlaygroundPage('all');

async function openFind(): Promise<Frame> {
  const sidebar = await openFromMenu(session.page, 'showSidebar');
  await sidebar.click('#tab-find');
  await sidebar.waitForSelector('#panel-find');
  return sidebar;
}

/** Types the query as a user pastes it, then waits for the answer. */
async function findIds(sidebar: Frame, query: string): Promise<string[]> {
  // An empty box clears the last answer first, so the next one is this query's.
  await sidebar.fill('#find', '');
  await sidebar.waitForFunction(
    () =>
      (
        document.querySelector('#panel-find [role=status]')?.textContent ?? ''
      ).trim() === '',
  );
  await sidebar.fill('#find', query);
  await sidebar.waitForFunction(q => {
    const status = document.querySelector('#panel-find [role=status]');
    const input = document.querySelector('#find') as HTMLInputElement;
    return (
      input.value === q &&
      status &&
      /match/.test(status.textContent ?? '') &&
      !/Searching/.test(status.textContent ?? '')
    );
  }, query);
  return sidebar
    .locator('.hit-button')
    .evaluateAll(els => els.map(e => e.getAttribute('data-id') ?? ''));
}

test('find: an arXiv link, a PDF link with a version and a versioned id each find their entry', async () => {
  const sidebar = await openFind();
  expect(await findIds(sidebar, 'https://arxiv.org/abs/2112.04359')).toEqual([
    '2112.04359',
  ]);
  expect(await findIds(sidebar, 'https://arxiv.org/pdf/1706.03762v7')).toEqual([
    '1706.03762',
  ]);
  expect(await findIds(sidebar, '1706.03762v7')).toEqual(['1706.03762']);
  expect(
    await sidebar.locator('.hit-button .hit-why').first().innerText(),
  ).toBe('Matched in your doc: 1706.03762');
  await saveScreenshot(session.page, 'sidebar-find-link');
});

test('find: the note says which abstracts are at hand and "Fetch abstracts now" fetches 100 in one arXiv request', async () => {
  const sidebar = await openFind();
  await findIds(sidebar, 'attention');
  const note = sidebar.locator('.find-note');
  const before = await note.innerText();
  const [, atHand, papers, pending] =
    /at hand for (\d+) of (\d+) papers; the other (\d+) are searched by what your doc says/
      .exec(before)!
      .map(Number);
  expect(atHand + pending).toBe(papers);
  expect(pending).toBeGreaterThan(100);
  // It says when abstracts are fetched, not that something is gathering them.
  expect(before).toMatch(/fetched only when a preview looks papers up/);
  expect(before).toMatch(/kept for 6 hours/);
  expect(before).not.toMatch(/still being gathered/);

  const requests = session.playground.env.fetchLog.length;
  const button = sidebar.locator('.gather-abstracts');
  expect(await button.innerText()).toBe('Fetch 100 more abstracts now');
  await button.click();
  await sidebar.waitForSelector('.gather-report');
  expect(await sidebar.locator('.gather-report').innerText()).toMatch(
    /^Fetched \d+ abstracts from arXiv\./,
  );
  // One batched request to arXiv for the press.
  expect(session.playground.env.fetchLog.length - requests).toBe(1);
  await sidebar.waitForFunction(
    old =>
      (document.querySelector('.find-note')?.textContent ?? '') !== old &&
      /at hand for/.test(
        document.querySelector('.find-note')?.textContent ?? '',
      ),
    before,
  );
  const after = await note.innerText();
  const [, atHandAfter] = /at hand for (\d+) of/.exec(after)!.map(Number);
  const fetched = Number(
    /^Fetched (\d+)/.exec(
      await sidebar.locator('.gather-report').innerText(),
    )![1],
  );
  expect(fetched).toBeGreaterThan(0);
  expect(atHandAfter).toBe(atHand + fetched);
  await saveScreenshot(session.page, 'sidebar-find-gather');
});
