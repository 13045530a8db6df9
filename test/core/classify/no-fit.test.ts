// "No section fits": archives, the gate and the words reasons may name.
import {
  archiveOf,
  archivesOf,
  isTellingWord,
  noSectionFits,
} from '../../../src/core/classify/no-fit';

describe('no section fits', () => {
  it('reads the archive of new and old category codes', () => {
    expect(archiveOf('astro-ph.GA')).toBe('astro-ph');
    expect(archiveOf('cs.LG')).toBe('cs');
    expect(archiveOf('hep-ph')).toBe('hep-ph');
  });

  it('takes archives from primary categories and from names that are a category', () => {
    const doc = archivesOf(
      ['cs.LG', 'stat.ML', ''],
      [
        {categories: new Map([['math.OC', 1]])},
        {categories: new Map([['nucl-th', 0.8]])},
      ],
    );
    expect([...doc.archives].sort()).toEqual(['cs', 'math', 'stat']);
    expect(doc.categorised).toBe(2);
  });

  it('fires only for an unseen archive with weak words, in a doc whose entries show categories', () => {
    const doc = {archives: new Set(['cs', 'stat']), categorised: 50};
    expect(noSectionFits('astro-ph.GA', doc, 0.05)).toBe(true);
    expect(noSectionFits('astro-ph.GA', doc, 0.6)).toBe(false);
    expect(noSectionFits('cs.LG', doc, 0.05)).toBe(false);
    expect(noSectionFits('', doc, 0.05)).toBe(false);
    expect(noSectionFits('astro-ph.GA', {...doc, categorised: 3}, 0.05)).toBe(
      false,
    );
  });

  it('names only telling words: no digits, no generic words', () => {
    expect(isTellingWord('plasma')).toBe(true);
    expect(isTellingWord('1')).toBe(false);
    expect(isTellingWord('0')).toBe(false);
    expect(isTellingWord('rate2')).toBe(false);
    expect(isTellingWord('first')).toBe(false);
    expect(isTellingWord('range')).toBe(false);
  });
});
