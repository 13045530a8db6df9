// Fits the classifier's confidence calibration (logistic weights over the best section's reliability features) on the FIT reading lists, and reports it on the CHECK corpora.
import {buildClassifier} from '../src/core/classify';
import {reliability} from '../src/core/classify/calibration';
import {DEFAULT_SETTINGS} from '../src/core/settings';
import {
  type Corpus,
  coldStartFitCorpora,
  handWrittenCorpus,
  headingsOnlyCorpus,
  readingListCorpora,
} from './eval-corpora';
import {SURE, expectedCalibrationError} from './eval-suggest';

/** One held-out item: the best section's reliability features, and whether it is the right section. */
interface Sample {
  features: number[];
  right: boolean;
}

function samples(corpora: Corpus[]): Sample[] {
  const out: Sample[] = [];
  for (const corpus of corpora) {
    for (const item of corpus.items) {
      const {features, best} = buildClassifier(
        item.outline,
        DEFAULT_SETTINGS,
      ).scores(item.paper);
      if (features) out.push({features, right: best === item.expected});
    }
  }
  return out;
}

/** L2 penalty on the weights (not the intercept): keeps the fit from chasing a few items. */
const RIDGE = 1;

/** Logistic regression by Newton's method (IRLS) with a small ridge. */
function fitLogistic(data: Sample[]): number[] {
  const k = data[0].features.length + 1;
  let w = new Array<number>(k).fill(0);
  for (let iteration = 0; iteration < 50; iteration++) {
    const gradient = new Array<number>(k).fill(0);
    const hessian = Array.from({length: k}, () => new Array<number>(k).fill(0));
    for (const {features, right} of data) {
      const x = [1, ...features];
      const p = reliability(features, w);
      const r = p * (1 - p);
      for (let i = 0; i < k; i++) {
        gradient[i] += (p - (right ? 1 : 0)) * x[i];
        for (let j = 0; j < k; j++) hessian[i][j] += r * x[i] * x[j];
      }
    }
    for (let i = 1; i < k; i++) {
      gradient[i] += RIDGE * w[i];
      hessian[i][i] += RIDGE;
    }
    const step = solve(hessian, gradient);
    w = w.map((wi, i) => wi - step[i]);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return w.map(x => Math.round(x * 1000) / 1000);
}

/** Solves a x = b by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) {
      if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) pivot = r;
    }
    [m[c], m[pivot]] = [m[pivot], m[c]];
    for (let r = 0; r < n; r++) {
      if (r === c || m[c][c] === 0) continue;
      const f = m[r][c] / m[c][c];
      for (let j = c; j <= n; j++) m[r][j] -= f * m[c][j];
    }
  }
  return m.map((row, i) => (row[i] ? row[n] / row[i] : 0));
}

/** Calibration error and sure-and-wrong share of the best section's calibrated confidence. */
function measure(data: Sample[], weights: number[]) {
  const outcomes = data.map(d => ({
    confidence: reliability(d.features, weights),
    right: d.right,
  }));
  const sure = outcomes.filter(o => o.confidence >= SURE);
  return {
    n: data.length,
    ece: expectedCalibrationError(outcomes),
    sure: sure.length,
    sureWrong: sure.length
      ? sure.filter(o => !o.right).length / sure.length
      : 0,
  };
}

/** The fitted weights, and how they do on the fit set and on the check set. */
export function fitCalibration() {
  const lists = readingListCorpora();
  const fit = samples([
    ...lists.filter(c => c.role === 'fit'),
    ...coldStartFitCorpora(),
  ]);
  const check = samples([
    ...lists.filter(c => c.role === 'check'),
    headingsOnlyCorpus(),
    handWrittenCorpus(),
  ]);
  const weights = fitLogistic(fit);
  return {weights, fit: measure(fit, weights), check: measure(check, weights)};
}
