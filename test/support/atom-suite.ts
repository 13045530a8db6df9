// The fixture suite for parseFeed, run once per XML parser (the plain-TypeScript one of production, xmldom in Node).
import * as fs from 'node:fs';
import * as path from 'node:path';
import {parseFeed} from '../../src/core/atom';
import type {Paper} from '../../src/core/types';
import type {XmlElementLike} from '../../src/core/xml-element';

export const FIXTURE_DIR = path.join(__dirname, '../fixtures/arxiv');

/** Every recorded feed, by file name. */
export function fixtureNames(): string[] {
  return fs
    .readdirSync(FIXTURE_DIR)
    .filter(f => f.endsWith('.xml'))
    .sort();
}

export function readFixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURE_DIR, name), 'utf8');
}

/** Number of entries each feed holds that describe a paper (legacy empty entries excluded). */
const PAPER_COUNTS: Record<string, number> = {
  'arxivpy-2026_empty_nonexistent-0000.0000.xml': 0,
  'arxivpy-2026_empty_nonexistent-0808.05394.xml': 0,
  'arxivpy-2026_multi-id_one-nonexistent-one-found.xml': 1,
  'arxivpy-2026_search_all-testing_10-entries.xml': 10,
  'arxivpy-2026_search_all-testing_100-entries_with-doi.xml': 100,
  'arxivpy-2026_single_1605.08386.xml': 1,
  'arxivpy-2026_single_1707.08567_34-authors_non-ascii.xml': 1,
  'arxivpy-2026_single_2104.12255v1_title-is-0.xml': 1,
  'arxivpy-2026_single_old-id_astro-ph-0601001_affiliation_journal-ref.xml': 1,
  'arxivpy-2026_single_old-id_quant-ph-0201082v1_cross-list.xml': 1,
  'legacy-2016_search_au-del_maestro_10-entries.xml': 10,
  'legacy-2016_single_1111.2011v2_doi_journal-ref.xml': 1,
  'legacy-2025-08_multi-id_missing-ids-as-empty-entries.xml': 1,
  'legacy-2025-08_nonexistent-1201.56789_totalResults-1-no-entry.xml': 0,
  'legacy-2025-08_search_electron-AND-proton_10-entries.xml': 10,
  'rsxiv-2025-11-11_empty_nonexistent-1201.56789.xml': 0,
  'rsxiv-2025-11-11_multi-id_3-missing-1-found_link-attrs-missing.xml': 1,
  'rsxiv-2025-11-11_search_electron-AND-proton_10-entries_link-attrs-missing.xml': 10,
};

const ERROR_FEED = 'arxivpy-2026_error_http400_malformed-id-abc.xml';

/**
 * Registers the fixture tests for one adapter.
 * @param label names the adapter in test titles
 * @param parse text -> root element, through the adapter under test
 */
export function atomFixtureSuite(
  label: string,
  parse: (xml: string) => XmlElementLike,
): void {
  function papersOf(name: string): Paper[] {
    const result = parseFeed(parse(readFixture(name)));
    if ('error' in result) throw new Error(`${name}: ${result.error}`);
    return result.papers;
  }
  function onlyPaper(name: string): Paper {
    const papers = papersOf(name);
    expect(papers).toHaveLength(1);
    return papers[0];
  }

  describe(`parseFeed over ${label}`, () => {
    it('knows every fixture file', () => {
      expect(fixtureNames()).toEqual(
        [...Object.keys(PAPER_COUNTS), ERROR_FEED].sort(),
      );
    });

    it.each(Object.entries(PAPER_COUNTS))(
      '%s holds %i papers, each complete and normalized',
      (name, count) => {
        const papers = papersOf(name);
        expect(papers).toHaveLength(count);
        for (const p of papers) {
          expect(p.id).toMatch(/^(\d{4}\.\d{4,5}|[a-z-]+\/\d{7})$/);
          expect(p.version).toMatch(/^[1-9]\d*$/);
          expect(p.title).not.toBe('');
          expect(p.title).not.toMatch(/\s\s|^\s|\s$|\n/);
          expect(p.summary).not.toMatch(/\s\s|^\s|\s$|\n/);
          expect(p.authors.length).toBeGreaterThan(0);
          expect(p.published).toMatch(/^\d{4}-\d\d-\d\dT/);
          expect(p.updated).toMatch(/^\d{4}-\d\d-\d\dT/);
          expect(p.categories[0]).toBe(p.primaryCategory);
          expect(p.absUrl).toBe(`https://arxiv.org/abs/${p.id}v${p.version}`);
          expect(p.pdfUrl).toBe(`https://arxiv.org/pdf/${p.id}v${p.version}`);
          for (const key of ['comment', 'journalRef', 'doi'] as const) {
            if (key in p) expect(p[key]).toMatch(/\S/);
          }
        }
      },
    );

    it('marks as cut short only the feeds holding fewer entries than their totalResults: a short page, or a full one with more pages after it', () => {
      const cutShort = Object.keys(PAPER_COUNTS).filter(name => {
        const result = parseFeed(parse(readFixture(name)));
        return 'papers' in result && result.cutShort === true;
      });
      expect(cutShort).toEqual([
        // Full pages of a search: itemsPerPage entries, totalResults in the thousands.
        'arxivpy-2026_search_all-testing_10-entries.xml',
        'arxivpy-2026_search_all-testing_100-entries_with-doi.xml',
        'legacy-2016_search_au-del_maestro_10-entries.xml',
        // A page with room left and totalResults 1, but no entry.
        'legacy-2025-08_nonexistent-1201.56789_totalResults-1-no-entry.xml',
        'legacy-2025-08_search_electron-AND-proton_10-entries.xml',
        'rsxiv-2025-11-11_search_electron-AND-proton_10-entries_link-attrs-missing.xml',
      ]);
    });

    it('reads LaTeX in titles as text', () => {
      const titles = papersOf(
        'arxivpy-2026_search_all-testing_100-entries_with-doi.xml',
      ).map(p => p.title);
      expect(titles).toContain(
        'ωTest: WebView-Oriented Testing for Android Applications',
      );
      expect(titles.filter(t => /[$\\]/.test(t))).toEqual([]);
    });

    it('reads the error feed as an error, not as a paper called "Error"', () => {
      const result = parseFeed(parse(readFixture(ERROR_FEED)));
      expect(result).toEqual({
        error: 'arXiv reported an error: incorrect id format for abc.',
      });
    });

    it('reads a single paper field by field', () => {
      expect(onlyPaper('arxivpy-2026_single_1605.08386.xml')).toEqual({
        id: '1605.08386',
        version: '1',
        title: 'Heat-bath random walks with Markov bases',
        authors: ['Caprice Stanley', 'Tobias Windisch'],
        published: '2016-05-26T17:59:46Z',
        updated: '2016-05-26T17:59:46Z',
        summary: expect.stringMatching(
          /^Graphs on lattice points .* is an expander in fixed dimension\.$/,
        ),
        primaryCategory: 'math.CO',
        categories: ['math.CO', 'math.ST'],
        comment: '20 pages, 3 figures',
        absUrl: 'https://arxiv.org/abs/1605.08386v1',
        pdfUrl: 'https://arxiv.org/pdf/1605.08386v1',
      });
    });

    it('keeps a title of "0" as the string "0"', () => {
      const paper = onlyPaper(
        'arxivpy-2026_single_2104.12255v1_title-is-0.xml',
      );
      expect(paper.title).toBe('0');
      expect(paper.id).toBe('2104.12255');
      expect(paper).not.toHaveProperty('comment');
      expect(paper).not.toHaveProperty('doi');
      expect(paper).not.toHaveProperty('journalRef');
      expect(paper).not.toHaveProperty('otherCategories');
    });

    it('reads all 34 authors of the non-ASCII feed, decoded', () => {
      const paper = onlyPaper(
        'arxivpy-2026_single_1707.08567_34-authors_non-ascii.xml',
      );
      expect(paper.authors).toHaveLength(34);
      expect(paper.authors[0]).toBe('Kees A. Schouhamer Immink');
      expect(paper.authors).toContain('Dirk Wübben');
      expect(paper.authors[33]).toBe('Hirosuke Yamamoto');
    });

    it('reads old-style ids, affiliations aside, and the journal ref', () => {
      const paper = onlyPaper(
        'arxivpy-2026_single_old-id_astro-ph-0601001_affiliation_journal-ref.xml',
      );
      expect(paper.id).toBe('astro-ph/0601001');
      expect(paper.authors).toEqual([
        'Andrew Gould',
        'Susan Dorsher',
        'B. Scott Gaudi',
        'Andrzej Udalski',
      ]);
      expect(paper.journalRef).toBe('ActaAstron.56:1-50,2006');
      expect(paper.summary).toContain('V_max<17.5');
      expect(paper.summary.startsWith('We derive')).toBe(true);
    });

    it('keeps cross-lists after the primary category', () => {
      const paper = onlyPaper(
        'arxivpy-2026_single_old-id_quant-ph-0201082v1_cross-list.xml',
      );
      expect(paper.primaryCategory).toBe('quant-ph');
      expect(paper.categories).toEqual(['quant-ph', 'cs.PL']);
    });

    it('reads DOIs: 32 of the 100 entries carry one', () => {
      const papers = papersOf(
        'arxivpy-2026_search_all-testing_100-entries_with-doi.xml',
      );
      const withDoi = papers.filter(p => p.doi !== undefined);
      expect(withDoi).toHaveLength(32);
      for (const p of withDoi) expect(p.doi).toMatch(/^10\.\d+\//);
      // A DOI link never stands in for the abstract or the PDF.
      for (const p of papers) expect(p.pdfUrl).not.toContain('doi.org');
    });

    it('reads the legacy feed: wrapped titles collapsed, http links made https, doi and journal ref', () => {
      const paper = onlyPaper(
        'legacy-2016_single_1111.2011v2_doi_journal-ref.xml',
      );
      expect(paper).toMatchObject({
        id: '1111.2011',
        version: '2',
        title:
          'Quantum Criticality for Extended Nodes on a Bethe Lattice in the Large Connectivity Limit',
        doi: '10.1103/PhysRevB.85.115117',
        journalRef: 'Phys. Rev. B 85, 115117 (2012)',
        comment: '8 pages, 3 figures. Published version',
        primaryCategory: 'cond-mat.str-el',
        categories: ['cond-mat.str-el', 'cond-mat.stat-mech'],
        absUrl: 'https://arxiv.org/abs/1111.2011v2',
        pdfUrl: 'https://arxiv.org/pdf/1111.2011v2',
      });
    });

    it('skips the legacy empty entries of missing ids and keeps MSC codes apart', () => {
      const paper = onlyPaper(
        'legacy-2025-08_multi-id_missing-ids-as-empty-entries.xml',
      );
      expect(paper.id).toBe('2201.13452');
      expect(paper.categories).toEqual(['math.AP']);
      expect(paper.otherCategories).toEqual(['35']);
    });

    it('reads migration-day feeds whose links lost their attributes', () => {
      const migrated = onlyPaper(
        'rsxiv-2025-11-11_multi-id_3-missing-1-found_link-attrs-missing.xml',
      );
      const legacy = onlyPaper(
        'legacy-2025-08_multi-id_missing-ids-as-empty-entries.xml',
      );
      expect(migrated.absUrl).toBe('https://arxiv.org/abs/2201.13452v1');
      expect(migrated.pdfUrl).toBe('https://arxiv.org/pdf/2201.13452v1');
      expect(migrated.title).toBe(legacy.title);
      expect(migrated.summary).toBe(legacy.summary);
      expect(migrated.authors).toEqual(legacy.authors);
    });

    it('does not take the bare DOI links of the migration-day search feed for abstract or PDF', () => {
      const migrated = papersOf(
        'rsxiv-2025-11-11_search_electron-AND-proton_10-entries_link-attrs-missing.xml',
      );
      const withDoi = migrated.filter(p => p.doi !== undefined);
      expect(withDoi).toHaveLength(7);
      for (const p of migrated) {
        expect(p.absUrl).toMatch(/^https:\/\/arxiv\.org\/abs\//);
        expect(p.pdfUrl).toMatch(/^https:\/\/arxiv\.org\/pdf\//);
      }
      const shared = papersOf(
        'legacy-2025-08_search_electron-AND-proton_10-entries.xml',
      ).find(p => p.id === '1602.03411');
      // The new backend reports another `updated` time for the same version; all else agrees.
      expect(migrated.find(p => p.id === '1602.03411')).toEqual({
        ...shared,
        updated: expect.stringMatching(/^2016-/),
      });
    });
  });
}
