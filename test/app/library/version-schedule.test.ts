// The daily version check over in-memory ports: no document properties in the trigger, folded into pending updates later.
import {
  foldSnapshot,
  scheduledCheck,
} from '../../../src/app/library/version-schedule';
import type {Block} from '../../../src/core/doc-model';
import {DEFAULT_SETTINGS} from '../../../src/core/settings';
import type {Paper} from '../../../src/core/types';
import {FakeClock} from '../../support/arxiv-fakes';
import {MemoryStore} from '../../support/fakes';
import {MemoryDocument} from '../../support/memory-document';

const head = (id: string, url = `https://arxiv.org/abs/${id}`): Block => ({
  type: 'listItem',
  text: `Paper ${id} - A. Author`,
  links: [{start: 0, end: 5, url}],
});

const DOC: Block[] = [
  {type: 'paragraph', text: 'ML', heading: 'HEADING2'},
  head('2101.00001'),
  head('2101.00002', 'https://arxiv.org/abs/2101.00002v2'),
  head('2101.00003'),
];

function paper(id: string, patch: Partial<Paper> = {}): Paper {
  return {
    id,
    version: '1',
    title: id,
    authors: [],
    published: '',
    updated: '',
    summary: '',
    primaryCategory: 'cs.LG',
    categories: [],
    absUrl: '',
    pdfUrl: '',
    ...patch,
  };
}

test('the trigger needs only user properties; the sidebar folds the answer in against each entry’s link', () => {
  const document = new MemoryDocument(DOC);
  const userStore = new MemoryStore();
  const documentStore = new MemoryStore();
  const clock = new FakeClock();
  const asked: string[][] = [];
  scheduledCheck(() => ({
    document,
    settings: DEFAULT_SETTINGS,
    clock,
    userStore,
    lookupFresh: ids => {
      asked.push(ids);
      return {
        papers: {
          '2101.00001': paper('2101.00001'),
          '2101.00002': paper('2101.00002', {version: '2'}),
          '2101.00003': paper('2101.00003', {version: '4', doi: '10.1/x'}),
        },
        missing: [],
      };
    },
  }));
  expect(asked).toEqual([['2101.00001', '2101.00002', '2101.00003']]);
  expect(documentStore.values.size).toBe(0);
  // Only the papers that could be news are kept.
  expect(JSON.stringify([...userStore.values.values()])).not.toContain(
    '2101.00001',
  );

  const deps = {
    document,
    settings: DEFAULT_SETTINGS,
    store: documentStore,
    userStore,
  };
  expect(foldSnapshot(deps)?.updates).toEqual([
    {id: '2101.00003', from: 'v1', to: 'v4', doi: '10.1/x', assumed: true},
  ]);
  expect(userStore.values.size).toBe(0);
  expect(foldSnapshot(deps)?.updates).toHaveLength(1);
});

test('arXiv failing in the trigger keeps nothing and throws nothing', () => {
  const userStore = new MemoryStore();
  expect(() =>
    scheduledCheck(() => ({
      document: new MemoryDocument(DOC),
      settings: DEFAULT_SETTINGS,
      clock: new FakeClock(),
      userStore,
      lookupFresh: () => ({papers: {}, missing: [], error: 'arXiv is down'}),
    })),
  ).not.toThrow();
  expect(userStore.values.size).toBe(0);
});
