// Find in the real sidebar (issue 28): pasted arXiv links and versioned ids find their entry; the note on abstracts tells the truth and "Fetch abstracts now" fetches them.
import type {Frame} from 'playwright-core';
import {
  openFromMenu,
  recordServerCalls,
  saveScreenshot,
  serverAnswered,
  usePlaygroundPage,
} from './support';

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

test('find in the page: after one index load, ten keystrokes make no server call; focus brings the doc’s changes in', async () => {
  const calls = recordServerCalls(session.page);
  const loaded = serverAnswered(session.page, 'getFindIndex');
  const sidebar = await openFind();
  await loaded;
  calls.length = 0;
  await sidebar.locator('#find').pressSequentially('fourier ne', {delay: 30});
  await sidebar.waitForFunction(() =>
    /Fourier Neural Operator/.test(
      document.querySelector('.hit-title')?.textContent ?? '',
    ),
  );
  expect(calls.filter(name => name === 'findPapers')).toEqual([]);
  expect(calls).toEqual([]);
  expect(await sidebar.locator('.hit-why').first().innerText()).toMatch(
    /^Matched in your doc: fourier, ne/,
  );

  // A paper added to the doc meanwhile is found once the sidebar has focus again.
  const doc = session.playground.env.document.toJSON();
  doc.body.push({
    type: 'listItem',
    text: 'Fourier nebulae of quasars - Q. Writer',
    links: [{start: 0, end: 26, url: 'https://arxiv.org/abs/2402.00042'}],
  } as (typeof doc.body)[number]);
  session.playground.env.document.load(doc);
  const reloaded = serverAnswered(session.page, 'getFindIndex');
  await sidebar.evaluate(() => window.dispatchEvent(new Event('focus')));
  await reloaded;
  await sidebar.waitForSelector('.hit-button[data-id="2402.00042"]');
});
