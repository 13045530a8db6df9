// Find prepared once for many queries (the sidebar's index, with its one-test prefilter): every query over the same preparation answers exactly as a fresh one-off search does.
import {buildOutline, summarizeBlocks} from '../../src/core/outline';
import {
  prepareTabs,
  searchPreparedTabs,
  searchTabs,
  type SearchTab,
} from '../../src/core/search-tabs';
import type {SearchPaper} from '../../src/core/search';
import {generateDoc} from '../../samples/generate-doc';

const now = new Date('2026-12-01T12:00:00Z');

function tabOf(seed: number, id: string | null, title: string): SearchTab {
  const doc = generateDoc(300, {seed});
  return {id, title, outline: buildOutline(summarizeBlocks(doc.body))};
}

/** An abstract for every other entry of the first tab, so both kinds of entry are searched. */
function papersOf(tab: SearchTab): Record<string, SearchPaper> {
  const papers: Record<string, SearchPaper> = {};
  tab.outline.sections
    .flatMap(s => s.entries)
    .forEach((entry, i) => {
      if (i % 2) return;
      papers[entry.id] = {
        title: `${entry.title} (revised)`,
        summary: `We study robustness of ${entry.title.toLowerCase()} under distribution shift.`,
        categories: ['cs.LG', 'stat.ML'],
        journalRef: 'NeurIPS 2023',
        comment: '',
        published: '2023-06-01T00:00:00Z',
      };
    });
  return papers;
}

/** A Find session typed key by key, then queries that take other paths: typos, dates, ids, phrases, blanks. */
const QUERIES = [
  ...Array.from({length: 10}, (_, i) => 'robustness'.slice(0, i + 1)),
  'robustnes',
  'trasnformer atention',
  'graph 2021',
  'last july',
  'reinforcement learning',
  'rl',
  'neurips',
  '  ',
  'arxiv.org/abs/2101',
];

describe('searchPreparedTabs', () => {
  it('answers every query of a session as searchTabs does, one tab', () => {
    const tab = tabOf(7, null, '');
    const papers = papersOf(tab);
    const prepared = prepareTabs([tab], papers);
    for (const query of QUERIES) {
      expect(searchPreparedTabs(prepared, query, now)).toEqual(
        searchTabs([tab], query, papers, now),
      );
    }
    // Some queries must find something, or the comparison says little.
    expect(searchPreparedTabs(prepared, 'rob', now).hits.length).toBe(20);
  });

  it('answers as searchTabs does over several tabs', () => {
    const tabs = [tabOf(7, 't.1', 'One'), tabOf(8, 't.2', 'Two')];
    const papers = papersOf(tabs[0]);
    const prepared = prepareTabs(tabs, papers);
    for (const query of QUERIES) {
      expect(searchPreparedTabs(prepared, query, now)).toEqual(
        searchTabs(tabs, query, papers, now),
      );
    }
  });
});
