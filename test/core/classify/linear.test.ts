// The per-section linear scorer: it separates sections by their words, and an entry taken out at query time no longer speaks for its section.
import {decision, trainLinear} from '../../../src/core/classify/linear';
import type {SparseVector} from '../../../src/core/classify/term-index';

const unit = (...terms: number[]): SparseVector => ({
  terms: Int32Array.from(terms),
  weights: Float64Array.from(terms, () => 1 / Math.sqrt(terms.length)),
});

describe('trainLinear', () => {
  // Section 0 says terms 0 and 1, section 1 says terms 2 and 3; term 4 is shared.
  const entries = [
    unit(0, 4),
    unit(1, 4),
    unit(0, 1),
    unit(2, 4),
    unit(3, 4),
    unit(2, 3),
  ];
  const labels = Int32Array.from([0, 0, 0, 1, 1, 1]);
  const models = trainLinear(entries.length, i => entries[i], labels, 2, 5);

  it('ranks each section first for its own words', () => {
    const none = new Float64Array(entries.length);
    const a = unit(0);
    const b = unit(3);
    expect(decision(models[0], a, [], none)).toBeGreaterThan(
      decision(models[1], a, [], none),
    );
    expect(decision(models[1], b, [], none)).toBeGreaterThan(
      decision(models[0], b, [], none),
    );
  });

  it('takes an excluded entry out of its section', () => {
    const v = entries[2];
    const similarity = Float64Array.from(entries, e => {
      let s = 0;
      e.terms.forEach((t, k) =>
        v.terms.forEach(
          (u, j) => t === u && (s += e.weights[k] * v.weights[j]),
        ),
      );
      return s;
    });
    expect(decision(models[0], v, [2], similarity)).toBeLessThan(
      decision(models[0], v, [], similarity),
    );
  });

  it('gives a label without positives a flat model', () => {
    const [only] = trainLinear(
      2,
      i => entries[i],
      Int32Array.from([1, 1]),
      1,
      5,
    );
    expect(only.bias).toBe(0);
    expect(only.weights.every(w => w === 0)).toBe(true);
  });
});
