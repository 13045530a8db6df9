// Version watch's pure part: what counts as new, hand-written entries' assumed v1, the note's text and block.
import type {Entry} from '../../src/core/doc-model';
import type {Paper} from '../../src/core/types';
import {
  assumedKnown,
  decodeKnown,
  encodeKnown,
  isVersionNote,
  versionChange,
  versionNoteBlock,
} from '../../src/core/version-note';

const paper = (patch: Partial<Paper>): Paper => ({
  id: '2111.11432',
  version: '1',
  title: 'Florence',
  authors: ['Lu Yuan'],
  published: '2021-11-22T00:00:00Z',
  updated: '2021-11-22T00:00:00Z',
  summary: '',
  primaryCategory: 'cs.CV',
  categories: ['cs.CV'],
  absUrl: '',
  pdfUrl: '',
  ...patch,
});

const entry = (url: string, notes: string[] = []): Entry => ({
  id: '2111.11432',
  start: 0,
  end: 1,
  title: 'Florence',
  byline: 'Lu Yuan',
  authors: '',
  notes,
  categories: [],
  url,
  written: false,
});

test('known versions round-trip through their compact form', () => {
  const known = {version: 3, hasJournalRef: true, hasDoi: false};
  expect(encodeKnown(known)).toBe('3j');
  expect(decodeKnown('3j')).toEqual(known);
  expect(decodeKnown('v3')).toBeNull();
});

test('only a newer version, or a journal ref or DOI not there before, is a change', () => {
  const v1 = {version: 1, hasJournalRef: false, hasDoi: false};
  expect(versionChange('x', v1, paper({}), false)).toBeNull();
  expect(
    versionChange('x', {...v1, version: 2}, paper({version: '2'}), false),
  ).toBeNull();
  expect(
    versionChange(
      'x',
      v1,
      paper({version: '3', journalRef: 'NeurIPS 2021'}),
      false,
    ),
  ).toEqual({id: 'x', from: 'v1', to: 'v3', journalRef: 'NeurIPS 2021'});
  expect(
    versionChange(
      'x',
      {...v1, hasJournalRef: true},
      paper({journalRef: 'J', doi: '10.1/a'}),
      false,
    ),
  ).toEqual({id: 'x', from: 'v1', to: 'v1', doi: '10.1/a'});
});

test('a hand-written entry: version from its link, else v1; a journal ref or DOI its text mentions is known', () => {
  const p = paper({version: '4', doi: '10.1/abc', journalRef: 'CVPR 2022'});
  expect(assumedKnown(entry('https://arxiv.org/abs/2111.11432v2'), p)).toEqual({
    version: 2,
    hasJournalRef: false,
    hasDoi: false,
  });
  expect(
    assumedKnown(
      entry('https://arxiv.org/abs/2111.11432', ['doi 10.1/abc']),
      p,
    ),
  ).toEqual({version: 1, hasJournalRef: false, hasDoi: true});
  expect(
    versionChange(
      'x',
      {version: 1, hasJournalRef: false, hasDoi: true},
      p,
      true,
    ),
  ).toMatchObject({
    from: 'v1',
    to: 'v4',
    assumed: true,
  });
});

test('the note: nested under a list head, its DOI linked to doi.org, and recognized as the add-on’s own line', () => {
  const block = versionNoteBlock(
    {id: 'x', from: 'v1', to: 'v1', doi: '10.1/abc'},
    {
      index: 0,
      kind: 'listItem',
      heading: 'NORMAL',
      text: 'h',
      links: [],
      nesting: 0,
    },
  );
  expect(block).toMatchObject({
    type: 'listItem',
    text: 'Update: DOI 10.1/abc',
    nesting: 1,
    links: [{start: 12, end: 20, url: 'https://doi.org/10.1/abc'}],
  });
  const summary = {
    index: 0,
    kind: 'listItem' as const,
    heading: 'NORMAL' as const,
    links: [],
  };
  expect(isVersionNote({...summary, text: 'Update: DOI 10.1/abc'})).toBe(true);
  expect(
    isVersionNote({
      ...summary,
      text: 'Update: v3 · Published in J. Phys. A 1 (2020)',
    }),
  ).toBe(true);
  expect(isVersionNote({...summary, text: 'Update: v2 is much better'})).toBe(
    false,
  );
  expect(isVersionNote({...summary, text: 'v2 is much better'})).toBe(false);
});
