// Undo records over in-memory ports: one record per user, kept within the 9 KB per value quota, a busy lock changes nothing.
import {insertPapers, type WrittenEntry} from '../../../src/app/haul/insert';
import {
  lastHaul,
  recordHaul,
  undoLastHaul,
} from '../../../src/app/haul/undo-haul';
import {
  CHUNK_BYTES,
  ChunkedJson,
  splitUtf8,
} from '../../../src/app/shared/chunked-store';
import type {Block} from '../../../src/core/doc-model';
import {DEFAULT_SETTINGS} from '../../../src/core/settings';
import type {Paper} from '../../../src/core/types';
import {FakeClock} from '../../support/arxiv-fakes';
import {FakeLock, MemoryStore} from '../../support/fakes';
import {MemoryDocument} from '../../support/memory-document';

function paper(id: string): Paper {
  return {
    id,
    version: '1',
    title: `Paper ${id} ${'é'.repeat(40)}`,
    authors: ['Ada Lovelace'],
    published: '2021-01-01T00:00:00Z',
    updated: '2021-01-01T00:00:00Z',
    summary: 'It works. Really.',
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

function setup() {
  const document = new MemoryDocument(DOC);
  const store = new MemoryStore();
  const lock = new FakeLock();
  const clock = new FakeClock();
  const haul = (userKey: string, ids: string[]) => {
    const written: WrittenEntry[] = [];
    insertPapers(
      ids.map(id => ({id, section: 'ML', note: `gist of ${id}`})),
      {
        document,
        lock,
        settings: DEFAULT_SETTINGS,
        lookup: wanted => ({
          papers: Object.fromEntries(wanted.map(id => [id, paper(id)])),
          missing: [],
        }),
        onWritten: w => written.push(w),
      },
    );
    recordHaul(written, undefined, {store, userKey, clock});
  };
  const deps = (userKey: string) => ({
    document,
    lock,
    store,
    userKey,
    clock,
    settings: DEFAULT_SETTINGS,
  });
  return {document, store, lock, haul, deps};
}

test('two users: each undoes their own last haul, whatever the other inserted since', () => {
  const {document, haul, deps} = setup();
  haul('alice', ['2101.00001', '2101.00002']);
  const afterAlice = JSON.parse(JSON.stringify(document.blocks));
  haul('bob', ['2101.00003']);
  expect(undoLastHaul(deps('alice'))).toEqual({
    removed: ['2101.00001', '2101.00002'],
    kept: [],
  });
  expect(lastHaul(deps('alice'))).toBeNull();
  expect(lastHaul(deps('bob'))).toMatchObject({count: 1});
  expect(undoLastHaul(deps('bob')).removed).toEqual(['2101.00003']);
  expect(document.blocks).toEqual(DOC);
  expect(afterAlice).not.toEqual(DOC);
});

test('a busy document lock: a plain message, the document and the record untouched', () => {
  const {document, haul, deps, lock} = setup();
  haul('alice', ['2101.00001']);
  const before = JSON.parse(JSON.stringify(document.blocks));
  lock.busy = true;
  expect(() => undoLastHaul(deps('alice'))).toThrow(
    'The document is busy with another Paper Haul task. Try again in a minute.',
  );
  expect(document.blocks).toEqual(before);
  expect(lastHaul(deps('alice'))).toMatchObject({count: 1});
});

test('a 200-paper haul is kept in pieces under the 9 KB per value quota and undone whole', () => {
  const {document, haul, deps, store} = setup();
  const ids = Array.from(
    {length: 200},
    (_, k) => `2102.${String(k + 100001).slice(1)}`,
  );
  haul('alice', ids);
  const sizes = [...store.values.values()].map(v => Buffer.byteLength(v));
  expect(Math.max(...sizes)).toBeLessThanOrEqual(CHUNK_BYTES);
  expect(store.values.size).toBeGreaterThan(2);
  expect(undoLastHaul(deps('alice')).removed).toHaveLength(200);
  expect(document.blocks).toEqual(DOC);
  expect(store.values.size).toBe(0);
});

test('pieces never split a character, and a value over the cap is refused with nothing written', () => {
  const text = 'a€😀'.repeat(3000);
  const pieces = splitUtf8(text, 100);
  expect(pieces.join('')).toBe(text);
  for (const piece of pieces) {
    expect(Buffer.byteLength(piece)).toBeLessThanOrEqual(100);
    expect(piece).toBe(Buffer.from(piece).toString());
  }
  const store = new MemoryStore();
  const json = new ChunkedJson<string>(store, 'k', 2);
  expect(() => json.write('x'.repeat(3 * CHUNK_BYTES))).toThrow(
    /Too much to keep/,
  );
  expect(store.values.size).toBe(0);
});
