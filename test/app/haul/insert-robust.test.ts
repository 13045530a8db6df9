// Issue 16 items 6 and 7 over an in-memory document: insert's time budget and positions gone stale while arXiv answered.
import {FakeLock} from '../../support/fakes';
import {
  INSERT_BUDGET_MS,
  NOT_INSERTED_YET,
  insertPapers,
  type InsertDeps,
} from '../../../src/app/haul/insert';
import type {Block} from '../../../src/core/doc-model';
import {formatEntry} from '../../../src/core/entry-format';
import {buildOutline} from '../../../src/core/outline';
import {DEFAULT_SETTINGS} from '../../../src/core/settings';
import type {Paper} from '../../../src/core/types';
import {FakeClock} from '../../support/arxiv-fakes';
import {MemoryDocument, summarize} from '../../support/memory-document';

function paper(id: string): Paper {
  return {
    id,
    version: '1',
    title: `Paper ${id}`,
    authors: ['Ada Lovelace'],
    published: '2020-01-15T00:00:00Z',
    updated: '2020-01-15T00:00:00Z',
    summary: `About ${id}. More.`,
    primaryCategory: 'cs.LG',
    categories: ['cs.LG'],
    absUrl: `https://arxiv.org/abs/${id}v1`,
    pdfUrl: `https://arxiv.org/pdf/${id}v1`,
  };
}

const settings = {...DEFAULT_SETTINGS, sortOrder: 'newest' as const};
const entry = (id: string, gist?: string) =>
  formatEntry(paper(id), gist, settings.entryFormat);
const heading = (text: string): Block => ({
  type: 'paragraph',
  text,
  heading: 'HEADING2',
});

function deps(document: MemoryDocument, clock?: FakeClock): InsertDeps {
  return {
    document,
    settings,
    clock,
    lock: new FakeLock(),
    lookup: ids => ({
      papers: Object.fromEntries(ids.map(id => [id, paper(id)])),
      missing: [],
    }),
  };
}

describe('insert has a time budget (issue 16 item 6)', () => {
  it('stops before the budget with a result per paper: "not inserted yet" for the rest', () => {
    const clock = new FakeClock();
    class SlowDocument extends MemoryDocument {
      override insertBlocks(index: number, blocks: Block[]): void {
        clock.sleep(30_000);
        super.insertBlocks(index, blocks);
      }
    }
    const document = new SlowDocument([heading('NLP'), ...entry('1901.00001')]);
    const requests = Array.from({length: 20}, (_, i) => ({
      id: `2001.${String(10001 + i)}`,
      section: 'NLP',
    }));
    const results = insertPapers(requests, deps(document, clock));
    expect(results).toHaveLength(20);
    // 30 s a write: the eleventh would end at 330 s, past the 5.5-minute budget, so it is not started.
    expect(INSERT_BUDGET_MS).toBe(330_000);
    expect(results.map(r => r.status)).toEqual([
      ...new Array(10).fill('inserted'),
      ...new Array(10).fill('error'),
    ]);
    expect(results.slice(10)).toEqual(
      requests.slice(10).map(r => ({
        id: r.id,
        status: 'error',
        message: NOT_INSERTED_YET,
        retry: true,
      })),
    );
    const inDoc = buildOutline(summarize(document.blocks)).sections[0].entries;
    expect(inDoc).toHaveLength(11);

    // Sent again (a new execution), the rest go in.
    const rest = insertPapers(
      requests.slice(10),
      deps(document, new FakeClock()),
    );
    expect(rest.map(r => r.status)).toEqual(new Array(10).fill('inserted'));
  });

  it('counts the budget from the start of the execution', () => {
    const clock = new FakeClock();
    const document = new MemoryDocument([heading('NLP')]);
    const [result] = insertPapers([{id: '2001.10001', section: 'NLP'}], {
      ...deps(document, clock),
      startedAt: clock.now() - INSERT_BUDGET_MS,
    });
    expect(result).toEqual({
      id: '2001.10001',
      status: 'error',
      message: NOT_INSERTED_YET,
      retry: true,
    });
    expect(document.blocks).toEqual([heading('NLP')]);
  });
});

describe('stale positions (issue 16 item 7)', () => {
  it('re-reads when a collaborator edited the document while arXiv answered', () => {
    const blocks = [
      heading('NLP'),
      ...entry('2201.00003', 'gist of the newer'),
      ...entry('2001.00001', 'gist of the older'),
    ];
    const document = new MemoryDocument(blocks);
    const base = deps(document);
    const results = insertPapers([{id: '2105.00005', section: 'NLP'}], {
      ...base,
      lookup: ids => {
        // A collaborator adds a line at the top while the insert waits for arXiv.
        document.blocks.unshift({type: 'paragraph', text: 'To read first'});
        return base.lookup(ids);
      },
    });
    expect(results).toEqual([
      {id: '2105.00005', status: 'inserted', section: 'NLP'},
    ]);
    const outline = buildOutline(summarize(document.blocks));
    const notesOf = (id: string) =>
      outline.sections[0].entries.find(e => e.id === id)!.notes;
    expect(outline.sections[0].entries.map(e => e.id)).toEqual([
      '2201.00003',
      '2105.00005',
      '2001.00001',
    ]);
    expect(notesOf('2201.00003')).toEqual([
      'gist of the newer',
      'About 2201.00003.',
    ]);
    expect(notesOf('2105.00005')).toEqual(['About 2105.00005.']);
  });

  it('finds a paper a collaborator added meanwhile and reports it as a duplicate', () => {
    const document = new MemoryDocument([
      heading('NLP'),
      ...entry('2001.00001'),
    ]);
    const base = deps(document);
    const results = insertPapers([{id: '2105.00005', section: 'NLP'}], {
      ...base,
      lookup: ids => {
        document.blocks.splice(1, 0, ...entry('2105.00005'));
        return base.lookup(ids);
      },
    });
    expect(results[0]).toMatchObject({id: '2105.00005', status: 'duplicate'});
    expect(
      buildOutline(summarize(document.blocks)).sections[0].entries,
    ).toHaveLength(2);
  });
});
