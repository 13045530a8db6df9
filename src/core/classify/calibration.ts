// Turns the sections' evidence scores into calibrated probabilities: a tempered softmax against "none of these", fitted on held-out reading lists.
/** The two numbers of the calibration. */
export interface Calibration {
  /** Scores are divided by this before the softmax: above 1 softens overconfident evidence. */
  temperature: number;
  /** The (tempered) score of "none of the sections": what a section must beat to be likely at all. */
  elsewhere: number;
}

/**
 * Fitted by `node scripts/fit-calibration.mjs` (minimum log loss of the
 * right section) on the FIT lists only: chawins/llm-sp and the speech list
 * (scripts/eval-corpora.ts says which corpus has which role). The other
 * three lists, the headings-only and the hand-written docs are the CHECK
 * set: `npm run eval:suggest` reports their calibration error and how often
 * a confidence of 0.8 or more is wrong, and no constant here was chosen by
 * looking at them.
 */
export const CALIBRATION: Calibration = {temperature: 1, elsewhere: 2};

/**
 * What the best section's confidence is calibrated from: its softmax
 * probability and the runner-up's (as logits), how many entries it holds,
 * its share of the doc's entries, and whether it holds none (a cold start,
 * where only its name spoke). A
 * softmax over evidence is sure whenever one section wins by a margin; how
 * often that is right depends on how much there was to learn from.
 */
export function reliabilityFeatures(
  best: number,
  second: number,
  bestEntries: number,
  allEntries: number,
): number[] {
  return [
    logit(best),
    logit(second),
    Math.log1p(bestEntries),
    allEntries ? bestEntries / allEntries : 0,
    bestEntries ? 0 : 1,
  ];
}

/**
 * Logistic weights over reliabilityFeatures (intercept first), fitted by
 * `node scripts/fit-calibration.mjs` on the FIT lists only (see above).
 * Refitted in stop 34 after the per-section linear scorer joined the score:
 * the old weights left the Gaussian Splatting list with abstracts (a CHECK
 * corpus) at ECE 0.07 with 11.6% of its sure suggestions wrong; refitted,
 * 0.05 and 10%.
 */
export const RELIABILITY = [-2.132, 0.306, -0.179, 0.491, -0.889, 1.109];

/** The probability that the best section is right, from its reliabilityFeatures. */
export function reliability(
  features: number[],
  weights: number[] = RELIABILITY,
): number {
  let z = weights[0];
  for (let i = 0; i < features.length; i++) z += weights[i + 1] * features[i];
  return 1 / (1 + Math.exp(-z));
}

function logit(p: number): number {
  const q = Math.min(1 - 1e-4, Math.max(1e-4, p));
  return Math.log(q / (1 - q));
}

/**
 * Softmax of the scores over the sections and "none of these", in place:
 * `scores[i]` becomes section i's probability.
 * @returns the probability that no section is right
 */
export function calibrate(
  scores: Float64Array | number[],
  calibration: Calibration = CALIBRATION,
): number {
  const {temperature, elsewhere} = calibration;
  let top = elsewhere;
  for (let i = 0; i < scores.length; i++) {
    scores[i] /= temperature;
    if (scores[i] > top) top = scores[i];
  }
  let none = Math.exp(elsewhere - top);
  let total = none;
  for (let i = 0; i < scores.length; i++) {
    scores[i] = Math.exp(scores[i] - top);
    total += scores[i];
  }
  for (let i = 0; i < scores.length; i++) scores[i] /= total;
  none /= total;
  return none;
}
