// A per-section linear scorer over the filed entries' tf-idf vectors: one-vs-rest L2-loss SVMs (arxiv-sanity-lite's method), trained by dual coordinate descent within the build.
import type {SparseVector} from './term-index';

/** Soft-margin cost, as arxiv-sanity-lite sets it: small lists need a strong prior towards a flat model. */
const COST = 0.1;
/** Passes over the entries at most: a build must stay within the preview's time budget. */
const MAX_EPOCHS = 12;
/** The projected gradient's spread at which the solution is good enough. */
const TOLERANCE = 0.01;

/** One section's linear model: weights over the vocabulary, a bias, and each entry's dual weight (to take an entry out of the model at query time). */
export interface LinearModel {
  weights: Float64Array;
  bias: number;
  /** alpha[i] * y[i] per training entry. */
  signedAlpha: Float64Array;
}

/**
 * Trains one linear SVM per label (squared hinge, class_weight balanced, the
 * bias as a feature of value 1), by dual coordinate descent (Hsieh et al.
 * 2008). The entry order is a fixed stride, so builds are deterministic.
 * @param count training entries
 * @param vector each entry's L2-normalized vector
 * @param labels each entry's label (0 .. labelCount - 1)
 * @param termCount vocabulary size
 */
export function trainLinear(
  count: number,
  vector: (i: number) => SparseVector,
  labels: Int32Array,
  labelCount: number,
  termCount: number,
): LinearModel[] {
  const vectors = Array.from({length: count}, (_, i) => vector(i));
  const squared = vectors.map(v => {
    let s = 1;
    for (let k = 0; k < v.weights.length; k++) s += v.weights[k] ** 2;
    return s;
  });
  const sizes = new Int32Array(labelCount);
  for (const l of labels) sizes[l]++;
  // A coprime stride visits every entry once per pass in a mixed order.
  let stride = Math.max(1, Math.floor(count * 0.618));
  while (count > 1 && gcd(stride, count) !== 1) stride++;
  const models: LinearModel[] = [];
  for (let label = 0; label < labelCount; label++) {
    const weights = new Float64Array(termCount);
    const signedAlpha = new Float64Array(count);
    let bias = 0;
    const positives = sizes[label];
    const negatives = count - positives;
    if (positives && negatives) {
      const diagPos = (2 * positives) / (2 * COST * count);
      const diagNeg = (2 * negatives) / (2 * COST * count);
      const alpha = new Float64Array(count);
      for (let epoch = 0; epoch < MAX_EPOCHS; epoch++) {
        let maxPg = -Infinity;
        let minPg = Infinity;
        let i = 0;
        for (let step = 0; step < count; step++) {
          i = (i + stride) % count;
          const v = vectors[i];
          const y = labels[i] === label ? 1 : -1;
          const diag = y > 0 ? diagPos : diagNeg;
          let dot = bias;
          for (let k = 0; k < v.terms.length; k++) {
            dot += v.weights[k] * weights[v.terms[k]];
          }
          const g = y * dot - 1 + diag * alpha[i];
          const pg = alpha[i] === 0 ? Math.min(g, 0) : g;
          if (pg > maxPg) maxPg = pg;
          if (pg < minPg) minPg = pg;
          if (Math.abs(pg) < 1e-12) continue;
          const next = Math.max(alpha[i] - g / (squared[i] + diag), 0);
          const d = (next - alpha[i]) * y;
          alpha[i] = next;
          for (let k = 0; k < v.terms.length; k++) {
            weights[v.terms[k]] += d * v.weights[k];
          }
          bias += d;
        }
        if (maxPg - minPg < TOLERANCE) break;
      }
      for (let j = 0; j < count; j++) {
        signedAlpha[j] = labels[j] === label ? alpha[j] : -alpha[j];
      }
    }
    models.push({weights, bias, signedAlpha});
  }
  return models;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/**
 * The model's decision value for a paper's vector, with the excluded entries
 * (the paper itself, when it is filed) taken out of the solution without
 * solving again: w.x + b minus their share alpha_i y_i (x_i.x + 1).
 */
export function decision(
  model: LinearModel,
  vector: SparseVector,
  excluded: Iterable<number>,
  similarity: Float64Array,
): number {
  let sum = model.bias;
  for (let k = 0; k < vector.terms.length; k++) {
    sum += vector.weights[k] * model.weights[vector.terms[k]];
  }
  for (const i of excluded) {
    sum -= model.signedAlpha[i] * (similarity[i] + 1);
  }
  return sum;
}
