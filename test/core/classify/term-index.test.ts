// Unit tests of the classifier's term index: the flat pair and token tables, the vocabulary's counting, tf-idf weighing.
import {
  PairTable,
  TokenTable,
  Vocabulary,
  denseDot,
  grown,
  weighInPlace,
} from '../../../src/core/classify/term-index';

const paper = (title: string, summary = '', authors: string[] = []) => ({
  title,
  summary,
  authors,
  primaryCategory: 'cs.LG',
  categories: ['cs.LG', 'stat.ML'],
});

describe('PairTable', () => {
  it('keeps every pair through many growths, and says -1 for the others', () => {
    const table = new PairTable();
    for (let a = 0; a < 300; a++) {
      for (let b = 0; b < 30; b++) table.set(a, b, a * 1000 + b);
    }
    expect(table.get(0, 0)).toBe(0);
    expect(table.get(299, 29)).toBe(299029);
    expect(table.get(17, 3)).toBe(17003);
    // (3, 17) is not (17, 3): pairs are ordered.
    expect(table.get(3, 17)).toBe(3017);
    expect(table.get(300, 0)).toBe(-1);
    expect(table.get(0, 30)).toBe(-1);
  });
});

describe('TokenTable', () => {
  it('finds a token by its place in a text, before and after growing', () => {
    const table = new TokenTable();
    const text = Array.from({length: 5000}, (_, i) => `w${i}`).join(' ');
    let start = 0;
    for (let i = 0; i < 5000; i++) {
      const end =
        text.indexOf(' ', start) < 0 ? text.length : text.indexOf(' ', start);
      expect(table.get(text, start, end)).toBeUndefined();
      table.set(i);
      start = end + 1;
    }
    expect(table.get('xx w0 yy', 3, 5)).toBe(0);
    expect(table.get('w4999', 0, 5)).toBe(4999);
    expect(table.get('w5000', 0, 5)).toBeUndefined();
  });
});

describe('Vocabulary', () => {
  it('counts words, word pairs (half weight), authors and categories of a paper, title weighed double', () => {
    const vocabulary = new Vocabulary();
    vocabulary.count(paper('Graph networks', 'graph', ['Ada Lovelace']));
    const counted = new Map<string, number>();
    for (let i = 0; i < vocabulary.length; i++) {
      counted.set(vocabulary.text(vocabulary.terms[i]), vocabulary.counts[i]);
    }
    expect(counted.get('graph')).toBe(3);
    expect(counted.get('network')).toBe(2);
    expect(counted.get('graph network')).toBe(1);
    expect(counted.get('a:ada lovelace')).toBe(1.5);
    expect(counted.get('c:cs.LG')).toBe(2);
    expect(counted.get('c:stat.ML')).toBe(1);
  });

  it('numbers no new term once frozen: unseen words are left out', () => {
    const vocabulary = new Vocabulary();
    vocabulary.count(paper('graph networks'));
    const size = vocabulary.size;
    vocabulary.freeze();
    vocabulary.count(paper('graph transformers'));
    expect(vocabulary.size).toBe(size);
    const texts = Array.from(
      vocabulary.terms.subarray(0, vocabulary.length),
      t => vocabulary.text(t),
    );
    expect(texts).toContain('graph');
    expect(texts).not.toContain('transformer');
  });
});

describe('weighing', () => {
  it('turns counts into a unit sublinear tf-idf vector', () => {
    const terms = Int32Array.from([0, 1]);
    const weights = Float64Array.from([1, Math.E]);
    weighInPlace(terms, weights, Float64Array.from([1, 1]));
    // tf 1 -> 1, tf e -> 2, then scaled to unit length.
    expect(weights[0]).toBeCloseTo(1 / Math.sqrt(5));
    expect(weights[1]).toBeCloseTo(2 / Math.sqrt(5));
    expect(denseDot({terms, weights}, Float64Array.from([1, 1]))).toBeCloseTo(
      3 / Math.sqrt(5),
    );
  });

  it('grows a typed array to at least twice its size, keeping its values', () => {
    const grownArray = grown(Int32Array.from([7, 8]), 3);
    expect(grownArray.length).toBe(4);
    expect(Array.from(grownArray.subarray(0, 2))).toEqual([7, 8]);
  });
});
