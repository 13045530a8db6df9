// arXiv's category codes and old-style archives, read from the generated taxonomy: every code of arXiv's table, no more.
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  arxivCategories,
  isArxivCategory,
  OLD_SCHEME_ARCHIVES,
} from '../../src/core/categories';

const FIXTURE = path.resolve(
  __dirname,
  '../fixtures/taxonomy/categories_taxonomy_derived.json',
);

describe('arXiv category codes', () => {
  it("are exactly the codes of arXiv's taxonomy: active, aliases and defunct ones", () => {
    const taxonomy = JSON.parse(fs.readFileSync(FIXTURE, 'utf8')) as {
      categories: {id: string}[];
    };
    expect(arxivCategories()).toEqual(
      taxonomy.categories.map(c => c.id).sort(),
    );
    expect(arxivCategories()).toHaveLength(176);
  });

  it('tell arXiv codes from other subject terms', () => {
    for (const code of ['cs.LG', 'hep-th', 'astro-ph', 'cond-mat', 'cmp-lg']) {
      expect(isArxivCategory(code)).toBe(true);
    }
    for (const term of ['cs', 'math', '68T05', 'I.2.6', 'cs.XX']) {
      expect(isArxivCategory(term)).toBe(false);
    }
  });

  it('list the archives of old-style ids, without those born after March 2007', () => {
    expect(OLD_SCHEME_ARCHIVES).toEqual(
      [
        'acc-phys',
        'adap-org',
        'alg-geom',
        'ao-sci',
        'astro-ph',
        'atom-ph',
        'bayes-an',
        'chao-dyn',
        'chem-ph',
        'cmp-lg',
        'comp-gas',
        'cond-mat',
        'cs',
        'dg-ga',
        'funct-an',
        'gr-qc',
        'hep-ex',
        'hep-lat',
        'hep-ph',
        'hep-th',
        'math-ph',
        'math',
        'mtrl-th',
        'nlin',
        'nucl-ex',
        'nucl-th',
        'patt-sol',
        'physics',
        'plasm-ph',
        'q-alg',
        'q-bio',
        'quant-ph',
        'solv-int',
        'supr-con',
      ].sort(),
    );
  });
});
