// The generated taxonomy: each name row's description is the words the classifier reads of arXiv's, in order, nothing lost.
import * as fs from 'node:fs';
import {TAXONOMY_CODES} from '../../src/core/taxonomy-names';
import {taxonomyNameRows} from '../../src/core/taxonomy-names-data';
import {taxonomyWords} from '../../src/core/taxonomy-words';
import {words} from '../../src/core/classify/words';

const gen = require('../../scripts/gen-taxonomy.js');

interface Category {
  id: string;
  description?: string;
  active?: boolean;
  alias_of?: string;
}

describe('src/core/taxonomy-names.ts and taxonomy-words.ts', () => {
  const taxonomy = JSON.parse(fs.readFileSync(gen.SOURCE, 'utf8')) as {
    categories: Category[];
  };
  const TAXONOMY_WORDS = taxonomyWords();
  const rows = new Map(
    TAXONOMY_CODES.map((id, i) => [id, TAXONOMY_WORDS[i]] as [string, string]),
  );

  it('has description words for each name row, at the same index', () => {
    expect(TAXONOMY_WORDS).toHaveLength(TAXONOMY_CODES.length);
    expect(taxonomyNameRows().rows).toHaveLength(TAXONOMY_CODES.length);
  });

  it('unpacks to the rows it packed, one word a code', () => {
    const rows = ['deep learning theory', '', 'theory of learning', 'x'];
    const packed = gen.packRows(rows);
    expect(packed.words).toBe('learning theory deep of x');
    expect(packed.rows.split(' ')[1]).toBe('');
    expect(gen.unpackRows(packed)).toEqual(rows);
    expect(packed.rows.replace(/ /g, '')).toHaveLength(7);
    // Past the one-character codes, the rarer words take two.
    const many = Array.from({length: 30}, (_, r) =>
      Array.from({length: 10}, (_, w) => `w${r * 10 + w}`).join(' '),
    );
    const manyPacked = gen.packRows(many);
    expect(gen.unpackRows(manyPacked)).toEqual(many);
    expect(manyPacked.single).toBeLessThan(300);
    expect(manyPacked.rows.replace(/ /g, '').length).toBe(
      300 + (300 - manyPacked.single),
    );
  });

  it('has a row for every active canonical category', () => {
    const active = taxonomy.categories.filter(c => c.active && !c.alias_of);
    expect(active.length).toBeGreaterThan(100);
    expect([...rows.keys()].sort()).toEqual(active.map(c => c.id).sort());
  });

  it.each([...TAXONOMY_CODES])(
    "%s: the classifier reads the same words as from arXiv's trimmed description",
    id => {
      const raw = taxonomy.categories.find(c => c.id === id)!;
      const trimmed: string = gen.trimDescription(raw.description);
      const before = words(trimmed.split(/\bexcept\b/)[0]);
      expect(words(rows.get(id)!.split(/\bexcept\b/)[0])).toEqual(before);
    },
  );
});
