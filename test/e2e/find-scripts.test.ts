// Find in the real sidebar (issue 28): words typed in any script and emoji are found in gists; field words ("authors") are not matched as content.
import type {Frame} from 'playwright-core';
import type {DocJson} from '../../src/core/doc-model';
import {openFromMenu, usePlaygroundPage} from './support';

jest.setTimeout(300_000);

const session = usePlaygroundPage('all');

/** Entries with gists as users type them, in a section of their own at the doc's end. */
const GISTS: [id: string, title: string, gist: string][] = [
  ['2001.00001', 'Arabic gist paper', 'نموذج لغوي كبير للترجمة'],
  ['2001.00002', 'Hebrew gist paper', 'מודל שפה גדול'],
  ['2001.00003', 'Chinese gist paper', '基于注意力机制的翻译模型'],
  ['2001.00007', 'Emoji gist paper', 'must read🔥 and 👍🏽 for later'],
  ['2001.00009', 'Code release paper', 'the authors share their code'],
];

function withGists(doc: DocJson): DocJson {
  const body = [...doc.body];
  body.push({type: 'paragraph', text: 'Typed gists', heading: 'HEADING2'});
  for (const [id, title, gist] of GISTS) {
    body.push(
      {
        type: 'listItem',
        text: `${title} - A. Writer · Jan 2020 · cs.LG · arXiv:${id}`,
        nesting: 0,
        links: [
          {start: 0, end: title.length, url: `https://arxiv.org/abs/${id}`},
        ],
      } as (typeof body)[number],
      {type: 'listItem', text: gist, nesting: 1} as (typeof body)[number],
    );
  }
  return {...doc, body};
}

async function openFind(): Promise<Frame> {
  const sidebar = await openFromMenu(session.page, 'showSidebar');
  await sidebar.click('#tab-find');
  await sidebar.waitForSelector('#panel-find');
  return sidebar;
}

/** Types the query, waits for its answer and returns the hits' ids. */
async function findIds(sidebar: Frame, query: string): Promise<string[]> {
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

let sidebar: Frame;

beforeAll(async () => {
  const env = session.playground.env;
  env.document.load(withGists(env.document.toJSON()));
  sidebar = await openFind();
});

test.each([
  ['Arabic', 'لغوي', '2001.00001'],
  ['Hebrew', 'שפה', '2001.00002'],
  ['Chinese, a run inside a longer one', '注意力机制', '2001.00003'],
  ['an emoji after a word', '🔥', '2001.00007'],
  ['an emoji the doc has with a skin tone', '👍', '2001.00007'],
])('find: %s (“%s”) finds the gist’s entry', async (_, query, id) => {
  const ids = await findIds(sidebar, query);
  expect(ids[0]).toBe(id);
  expect(
    await sidebar.locator('.hit-button .hit-why').first().innerText(),
  ).toMatch(/^Matched in your doc: /);
});

test('find: the field word “authors” is not matched as content, alone or beside a real word', async () => {
  expect(await findIds(sidebar, 'authors')).toEqual([]);
  await sidebar.waitForSelector('text=No entry matches “authors”.');
  const ids = await findIds(sidebar, 'fourier authors');
  expect(ids).toContain('2010.08895');
  expect(ids).not.toContain('2001.00009');
  // Every hit matched on "fourier"; none says it matched "authors".
  const whys = await sidebar.locator('.hit-button .hit-why').allInnerTexts();
  expect(whys).toHaveLength(ids.length);
  for (const why of whys) {
    expect(why).toMatch(/fourier/);
    expect(why).not.toMatch(/authors/);
  }
});
