// The one fold, stop-word list and stemmer that the classifier and Find share.
import {words} from '../../src/core/classify/words';
import {contentWords, queryWords} from '../../src/core/search-terms';
import {fold, isStopWord, singular, stem} from '../../src/core/text-words';

describe('fold', () => {
  it('lowers case and takes accents, Latin letters and ligatures apart', () => {
    expect(fold('Ångström Łódź Straße Æther ﬁne-tuning')).toBe(
      'angstrom lodz strasse aether fine-tuning',
    );
  });

  it('keeps the length of ASCII text, so a hit can be shown in place', () => {
    const text = 'Attention Is All You Need\n(2017)';
    expect(fold(text)).toBe(text.toLowerCase());
  });

  it('is what both the classifier and Find read', () => {
    expect(words('Über Ångström')).toEqual(['uber', 'angstrom']);
    expect(queryWords('Über Ångström')).toEqual(['uber', 'angstrom']);
  });
});

describe('stop words', () => {
  it('are one list for the classifier and Find', () => {
    for (const word of ['the', 'stuff', 'propose', 'method']) {
      expect(isStopWord(word)).toBe(true);
      expect(words(`${word} transformer`)).toEqual(['transformer']);
      expect(contentWords([word, 'transformer'])).toEqual(['transformer']);
    }
    expect(isStopWord('transformer')).toBe(false);
  });
});

describe('singular', () => {
  it('folds plurals only, so a term stays a word', () => {
    expect(singular('networks')).toBe('network');
    expect(singular('studies')).toBe('study');
    expect(singular('loss')).toBe('loss');
    expect(singular('corpus')).toBe('corpus');
    expect(singular('analysis')).toBe('analysis');
    expect(singular('learning')).toBe('learning');
  });
});

describe('stem', () => {
  it('gives the forms of a word one stem', () => {
    const same = [
      ['adversarial', 'adversary'],
      ['attack', 'attacks', 'attacking', 'attacked'],
      ['clipped', 'clipping'],
      ['memorized', 'memorizing'],
    ];
    for (const forms of same) {
      expect(new Set(forms.map(stem)).size).toBe(1);
    }
  });

  it('is a prefix of the word, so Find matches it at word starts of unstemmed text', () => {
    for (const word of [
      'generalization',
      'memorized',
      'clipped',
      'approaches',
      'robustness',
      'adversarial',
    ]) {
      expect(word.startsWith(stem(word))).toBe(true);
    }
    expect(stem('memorized')).toBe('memoriz');
    expect(stem('clipped')).toBe('clip');
    expect(stem('generalization')).toBe('general');
  });

  it('leaves short words, digits and non-plurals alone', () => {
    expect(stem('rl')).toBe('rl');
    expect(stem('gpt4s')).toBe('gpt4s');
    expect(stem('process')).toBe('process');
    expect(stem('corpus')).toBe('corpus');
  });
});
