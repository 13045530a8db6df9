// Undo records and tabs over in-memory ports: a deleted tab, a port that cannot open another tab, a record from before tabs.
import {insertPapers, type WrittenEntry} from '../../../src/app/haul/insert';
import {
  OTHER_TAB,
  TAB_GONE,
  lastHaul,
  recordHaul,
  undoLastHaul,
  type UndoDeps,
} from '../../../src/app/haul/undo-haul';
import type {Block} from '../../../src/core/doc-model';
import {DEFAULT_SETTINGS} from '../../../src/core/settings';
import type {Paper} from '../../../src/core/types';
import {FakeClock} from '../../support/arxiv-fakes';
import {FakeLock, MemoryStore} from '../../support/fakes';
import {MemoryDocument} from '../../support/memory-document';

const ID = '2101.00001';

function paper(id: string): Paper {
  return {
    id,
    version: '1',
    title: `Paper ${id}`,
    authors: ['Ada Lovelace'],
    published: '2021-01-01T00:00:00Z',
    updated: '2021-01-01T00:00:00Z',
    summary: 'It works.',
    primaryCategory: 'cs.LG',
    categories: ['cs.LG'],
    absUrl: `https://arxiv.org/abs/${id}v1`,
    pdfUrl: `https://arxiv.org/pdf/${id}v1`,
  };
}

const DOC: Block[] = [
  {type: 'paragraph', text: 'Papers', heading: 'TITLE'},
  {type: 'paragraph', text: 'ML', heading: 'HEADING2'},
  {type: 'paragraph', text: 'kept by hand'},
  {type: 'paragraph', text: 'Later', heading: 'HEADING2'},
  {type: 'paragraph', text: 'the end'},
];

/** Two tabs holding the same entry of ID: t.0's older, t.2's from the last haul (recorded with `tabId`). */
function setup(tabId: string | null) {
  const tabs = {'t.0': new MemoryDocument(DOC), 't.2': new MemoryDocument(DOC)};
  const store = new MemoryStore();
  const lock = new FakeLock();
  const clock = new FakeClock();
  const write = (document: MemoryDocument) => {
    const written: WrittenEntry[] = [];
    insertPapers([{id: ID, section: 'ML'}], {
      document,
      lock,
      settings: DEFAULT_SETTINGS,
      lookup: wanted => ({
        papers: Object.fromEntries(wanted.map(id => [id, paper(id)])),
        missing: [],
      }),
      onWritten: w => written.push(w),
    });
    return written;
  };
  write(tabs['t.0']);
  recordHaul(write(tabs['t.2']), undefined, {
    store,
    userKey: 'u',
    clock,
    tabId,
  });
  const deps = (open: 't.0' | 't.2', more: Partial<UndoDeps> = {}) => ({
    document: tabs[open],
    tabId: open,
    lock,
    store,
    userKey: 'u',
    clock,
    settings: DEFAULT_SETTINGS,
    ...more,
  });
  return {tabs, deps};
}

const copy = (blocks: Block[]) => JSON.parse(JSON.stringify(blocks));

test('the haul\u2019s tab was deleted: nothing is removed in the open tab and the record is cleared with the reason', () => {
  const {tabs, deps} = setup('t.2');
  const before = copy(tabs['t.0'].blocks);
  const gone = deps('t.0', {
    tabs: () => [{id: 't.0', title: 'Main', document: tabs['t.0']}],
  });
  expect(() => undoLastHaul(gone)).toThrow(TAB_GONE);
  expect(tabs['t.0'].blocks).toEqual(before);
  expect(lastHaul(gone)).toBeNull();
});

test('a port that cannot open the haul\u2019s tab refuses and keeps the record: undo from that tab then works', () => {
  const {tabs, deps} = setup('t.2');
  const before = copy(tabs['t.0'].blocks);
  expect(() => undoLastHaul(deps('t.0'))).toThrow(OTHER_TAB);
  expect(tabs['t.0'].blocks).toEqual(before);
  expect(lastHaul(deps('t.0'))).toMatchObject({count: 1});
  expect(undoLastHaul(deps('t.2'))).toEqual({removed: [ID], kept: []});
  expect(tabs['t.2'].blocks).toEqual(DOC);
  expect(tabs['t.0'].blocks).toEqual(before);
});

test('a record without a tab (written before tabs were recorded) is undone in the open tab, as before', () => {
  const {tabs, deps} = setup(null);
  const side = copy(tabs['t.2'].blocks);
  expect(undoLastHaul(deps('t.0'))).toEqual({removed: [ID], kept: []});
  expect(tabs['t.0'].blocks).toEqual(DOC);
  expect(tabs['t.2'].blocks).toEqual(side);
});

test('a chunk of the same dialog haul sent from another tab starts a record of its own there', () => {
  const {tabs, deps} = setup('t.2');
  const d = deps('t.2');
  const written = (id: string) => {
    const out: WrittenEntry[] = [];
    insertPapers([{id, section: 'ML'}], {
      document: tabs['t.0'],
      lock: d.lock,
      settings: DEFAULT_SETTINGS,
      lookup: wanted => ({
        papers: Object.fromEntries(wanted.map(p => [p, paper(p)])),
        missing: [],
      }),
      onWritten: w => out.push(w),
    });
    return out;
  };
  recordHaul(written('2101.00002'), 'h1', {...d, tabId: 't.2'});
  recordHaul(written('2101.00003'), 'h1', {...d, tabId: 't.0'});
  // Only t.0's chunk is the last haul: undo there removes it and nothing in t.2.
  const side = copy(tabs['t.2'].blocks);
  expect(undoLastHaul(deps('t.0')).removed).toEqual(['2101.00003']);
  expect(tabs['t.2'].blocks).toEqual(side);
});
