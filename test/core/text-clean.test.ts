// Control and invisible characters removed at the door: names that differ only by them are one name.
import {cleanName, cleanText} from '../../src/core/text-clean';
import {normalizeSectionName} from '../../src/core/outline';

describe('text-clean', () => {
  it('removes control characters but tab and line breaks', () => {
    expect(
      cleanText('a\u0000b\u0001c\u001Bd\u007F\u0085\u009Fe\tf\ng\rh'),
    ).toBe('abcde\tf\ng\rh');
    expect(cleanText('\uFEFFgist')).toBe('gist');
    // A joiner shapes emoji and some scripts: kept in free text.
    expect(cleanText('a\u200Db')).toBe('a\u200Db');
  });

  it('cleans names that differ only by invisible characters to one name', () => {
    for (const name of [
      'ML\u0000',
      '\uFEFFML',
      'M\u200BL',
      ' ML\u2060 ',
      'ML\u0085',
    ]) {
      expect(cleanName(name)).toBe('ML');
      expect(normalizeSectionName(name)).toBe('ml');
    }
  });
});
