// insertPapers refuses an entry that would take the document past Google Docs' size limit, writing nothing; getDocumentStatus warns first.
import {FakeLock} from '../../support/fakes';
import {insertPapers} from '../../../src/app/haul/insert';
import {documentStatus} from '../../../src/app/library/document-status';
import type {Block} from '../../../src/core/doc-model';
import {DOC_CHARACTER_LIMIT} from '../../../src/core/doc-size';
import {DEFAULT_SETTINGS} from '../../../src/core/settings';
import type {Paper} from '../../../src/core/types';
import {MemoryDocument} from '../../support/memory-document';

const paper: Paper = {
  id: '2401.00001',
  version: '1',
  title: 'A paper',
  authors: ['Ada Lovelace'],
  published: '2024-01-02T00:00:00Z',
  updated: '2024-01-02T00:00:00Z',
  summary: 'It shows a thing. More.',
  primaryCategory: 'cs.LG',
  categories: ['cs.LG'],
  absUrl: 'https://arxiv.org/abs/2401.00001v1',
  pdfUrl: 'https://arxiv.org/pdf/2401.00001v1',
};

/** A doc of the given number of characters (blocks of 999 characters plus their line end). */
function docOf(characters: number): Block[] {
  const blocks: Block[] = [
    {type: 'paragraph', text: 'ML', heading: 'HEADING2'},
  ];
  let left = characters - 3;
  while (left > 0) {
    const size = Math.min(1000, left);
    blocks.push({type: 'paragraph', text: 'x'.repeat(size - 1)});
    left -= size;
  }
  return blocks;
}

function insertInto(document: MemoryDocument) {
  return insertPapers([{id: paper.id, section: 'ML'}], {
    document,
    lock: new FakeLock(),
    settings: DEFAULT_SETTINGS,
    lookup: () => ({papers: {[paper.id]: paper}, missing: []}),
  });
}

describe('the size limit on insert', () => {
  it('refuses an entry that would pass the limit, with what to do, and writes nothing', () => {
    const document = new MemoryDocument(docOf(DOC_CHARACTER_LIMIT - 50));
    const before = JSON.stringify(document.blocks);
    const [result] = insertInto(document);
    expect(result.status).toBe('error');
    expect(result.message).toMatch(
      /Nothing was written\. Set Abstract to "none"/,
    );
    expect(JSON.stringify(document.blocks)).toBe(before);
    expect(document.calls.insertBlocks ?? 0).toBe(0);
  });

  it('inserts an entry that still fits', () => {
    const document = new MemoryDocument(docOf(DOC_CHARACTER_LIMIT - 2000));
    expect(insertInto(document)[0].status).toBe('inserted');
  });

  it('getDocumentStatus warns past 90% and says how the body was read', () => {
    const full = documentStatus(
      new MemoryDocument(docOf(DOC_CHARACTER_LIMIT * 0.95)),
    );
    expect(full.warning).toMatch(/^This document is 95% full/);
    expect(full.readVia).toBe('document-app');
    expect(
      documentStatus(new MemoryDocument(docOf(1000))).warning,
    ).toBeUndefined();
  });
});
