// Issue 30's document on the bench: three tabs (one a child tab), each with a table of contents and a multi-cell table, read in the tab the user has open.
import {generateDoc} from '../samples/generate-doc';
import type {Block, TabbedDocJson} from '../src/core/doc-model';
import {measureAction} from './action-costs';
import type {ActionCost, ReadPath} from './types';

/** The tab the user has open: the child tab, neither the first tab nor a top-level one. */
export const OPEN_TAB = 't.c';

/** The emulator's table-of-contents block (emulator/document/nodes.ts), outside the DocJson contract's union. */
function tableOfContents(entries: string[]): Block {
  return {type: 'tableOfContents', entries} as unknown as Block;
}

/** A generated reading list with a table of contents after its preamble and a 3x3 results table before its last block. */
function tabBody(entries: number, seed: number): Block[] {
  const body = [...generateDoc(entries, {seed}).body];
  const headings = body
    .filter(b => b.type !== 'table' && b.heading === 'HEADING2')
    .map(b => (b as {text: string}).text);
  const firstHeading = body.findIndex(
    b => b.type !== 'table' && b.heading === 'HEADING2',
  );
  body.splice(Math.max(firstHeading, 0), 0, tableOfContents(headings));
  body.splice(body.length - 1, 0, {
    type: 'table',
    rows: [
      ['method', 'accuracy', 'notes'],
      ['baseline', '0.71', 'from the paper'],
      ['ours', '0.78', 'three seeds'],
    ],
  });
  return body;
}

/** Three tabs of `entries` entries each: First, Second and its child Third, every one with a table of contents and a table. */
export function tabbedDoc(entries: number, seed: number): TabbedDocJson {
  return {
    tabs: [
      {tabId: 't.0', title: 'First', body: tabBody(entries, seed)},
      {
        tabId: 't.b',
        title: 'Second',
        body: tabBody(entries, seed + 1),
        childTabs: [
          {tabId: OPEN_TAB, title: 'Third', body: tabBody(entries, seed + 2)},
        ],
      },
    ],
  };
}

/** A 20-id preview in the open child tab on both read paths: Documents.get calls, bytes, and whether the read fell back. */
export function measureTabbedRead(
  code: string,
  entries: number,
  seed: number,
): ActionCost[] {
  const doc = tabbedDoc(entries, seed);
  const paths: ReadPath[] = ['docs-api', 'document-app'];
  return paths.map(path =>
    measureAction(code, doc, entries, 'preview', path, {
      activeTabId: OPEN_TAB,
      label: `preview (3 tabs, each with a table of contents and a 3x3 table; child tab ${OPEN_TAB} open)`,
    }),
  );
}
