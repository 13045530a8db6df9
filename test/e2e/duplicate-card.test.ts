// A duplicate card in Chromium names the authors as its entry in the doc does, "et al." kept (the offline copy holds only the first names).
import {openFromMenu, usePlaygroundPage} from './support';

jest.setTimeout(600_000);

const session = usePlaygroundPage('all');

test('a paper already in the doc gets a card whose authors end with “et al.”, as its entry reads', async () => {
  const dialog = await openFromMenu(session.page, 'showInsertDialog');
  await dialog.fill(
    '#paste',
    'arXiv:2010.08895 https://arxiv.org/abs/1706.03762v7',
  );
  await dialog.press('#paste', 'Control+Enter');
  const cards = dialog.locator('.card[data-status="duplicate"]');
  await dialog.waitForFunction(
    () =>
      document.querySelectorAll('.card[data-status="duplicate"]').length === 2,
  );
  await expect(
    cards.filter({hasText: '2010.08895'}).locator('.authors').innerText(),
  ).resolves.toBe('Zongyi Li, Nikola Kovachki, Kamyar Azizzadenesheli, et al.');
  await expect(
    cards.filter({hasText: '1706.03762'}).locator('.authors').innerText(),
  ).resolves.toBe('Ashish Vaswani, Noam Shazeer, Niki Parmar, et al.');
});
