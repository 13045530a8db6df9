// The field's reference baselines for eval:suggest: arxiv-sanity-lite's per-section linear SVM over TF-IDF, and a TF-IDF centroid per section (eval only, never bundled).

/**
 * English stop words left out before n-grams are formed, as scikit-learn's
 * `stop_words='english'` does for arxiv-sanity-lite (a shorter list: the
 * words that matter in titles and abstracts).
 */
const STOP = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both
but by can could did do does doing down during each few for from further had has have having he her here hers him his
how i if in into is it its itself just me more most my no nor not now of off on once only or other our ours out over own
same she should so some such than that the their theirs them then there these they this those through to too under until
up very was we were what when where which while who whom why will with would you your yours via using based us upon
within without however thus therefore whether either neither yet may might must shall`.split(
    /\s+/,
  ),
);

/** scikit-learn's default token pattern as arxiv-sanity-lite sets it: a letter or underscore, then one or more word characters. */
function tokens(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return (folded.match(/\b[a-z_][a-z0-9_]+\b/g) ?? []).filter(
    t => !STOP.has(t),
  );
}

/** Unigrams and bigrams of a text, with counts. */
function grams(text: string): Map<string, number> {
  const t = tokens(text);
  const out = new Map<string, number>();
  const add = (g: string) => out.set(g, (out.get(g) ?? 0) + 1);
  t.forEach((w, i) => {
    add(w);
    if (i) add(`${t[i - 1]} ${w}`);
  });
  return out;
}

/** A sparse, L2-normalized TF-IDF vector. */
export interface Vec {
  terms: Int32Array;
  weights: Float64Array;
}

/**
 * TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, norm='l2',
 * smooth_idf=True) fitted on `texts` (min_df 1: the lists are small).
 */
export function tfidf(texts: string[]): Vec[] {
  const counted = texts.map(grams);
  const ids = new Map<string, number>();
  const df: number[] = [];
  for (const c of counted) {
    for (const g of c.keys()) {
      let id = ids.get(g);
      if (id === undefined) {
        id = ids.size;
        ids.set(g, id);
        df.push(0);
      }
      df[id]++;
    }
  }
  const n = texts.length;
  const idf = df.map(d => Math.log((1 + n) / (1 + d)) + 1);
  return counted.map(c => {
    const entries = [...c].map(([g, tf]) => {
      const id = ids.get(g) as number;
      return [id, (1 + Math.log(tf)) * idf[id]] as const;
    });
    const norm = Math.sqrt(entries.reduce((s, [, w]) => s + w * w, 0)) || 1;
    return {
      terms: Int32Array.from(entries.map(e => e[0])),
      weights: Float64Array.from(entries.map(e => e[1] / norm)),
    };
  });
}

function dot(v: Vec, w: Float64Array): number {
  let s = 0;
  for (let k = 0; k < v.terms.length; k++) s += v.weights[k] * w[v.terms[k]];
  return s;
}

function axpy(a: number, v: Vec, w: Float64Array): void {
  for (let k = 0; k < v.terms.length; k++) w[v.terms[k]] += a * v.weights[k];
}

/** A small deterministic generator for the coordinate order. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

/**
 * LinearSVC(loss='squared_hinge', C, class_weight='balanced') by dual
 * coordinate descent (Hsieh et al. 2008, liblinear's solver), the bias a
 * feature of value 1 as liblinear's intercept_scaling=1. Solves for the
 * documents with `active[i]`, starting from `alpha` (warm start).
 */
class Svm {
  readonly w: Float64Array;
  readonly alpha: Float64Array;
  constructor(
    private readonly x: Vec[],
    private readonly y: Int8Array,
    dims: number,
    private readonly c: number,
  ) {
    this.w = new Float64Array(dims + 1);
    this.alpha = new Float64Array(x.length);
  }

  clone(): Svm {
    const copy = new Svm(this.x, this.y, this.w.length - 1, this.c);
    copy.w.set(this.w);
    copy.alpha.set(this.alpha);
    return copy;
  }

  /** The decision function: w.x + b. */
  decision(v: Vec): number {
    return dot(v, this.w) + this.w[this.w.length - 1];
  }

  /** Drops document i from the solution (its alpha to 0). */
  remove(i: number): void {
    const a = this.alpha[i];
    if (!a) return;
    axpy(-a * this.y[i], this.x[i], this.w);
    this.w[this.w.length - 1] -= a * this.y[i];
    this.alpha[i] = 0;
  }

  solve(active: Uint8Array, maxEpochs: number, tol = 1e-3, seed = 7): void {
    const order: number[] = [];
    let positives = 0;
    for (let i = 0; i < this.x.length; i++) {
      if (!active[i]) continue;
      order.push(i);
      if (this.y[i] > 0) positives++;
    }
    const n = order.length;
    const negatives = n - positives;
    if (!positives || !negatives) return;
    // class_weight='balanced': n / (2 * n_class).
    const cPos = (this.c * n) / (2 * positives);
    const cNeg = (this.c * n) / (2 * negatives);
    const bias = this.w.length - 1;
    const qii = order.map(i => {
      let s = 1;
      const v = this.x[i];
      for (let k = 0; k < v.weights.length; k++) s += v.weights[k] ** 2;
      return s;
    });
    const diag = order.map(i => 1 / (2 * (this.y[i] > 0 ? cPos : cNeg)));
    const random = rng(seed);
    const perm = order.map((_, k) => k);
    for (let epoch = 0; epoch < maxEpochs; epoch++) {
      for (let k = n - 1; k > 0; k--) {
        const j = Math.floor(random() * (k + 1));
        [perm[k], perm[j]] = [perm[j], perm[k]];
      }
      let maxPg = -Infinity;
      let minPg = Infinity;
      for (const k of perm) {
        const i = order[k];
        const yi = this.y[i];
        const g =
          yi * (dot(this.x[i], this.w) + this.w[bias]) -
          1 +
          diag[k] * this.alpha[i];
        const pg = this.alpha[i] === 0 ? Math.min(g, 0) : g;
        maxPg = Math.max(maxPg, pg);
        minPg = Math.min(minPg, pg);
        if (Math.abs(pg) < 1e-12) continue;
        const old = this.alpha[i];
        const next = Math.max(old - g / (qii[k] + diag[k]), 0);
        const d = (next - old) * yi;
        this.alpha[i] = next;
        axpy(d, this.x[i], this.w);
        this.w[bias] += d;
      }
      if (maxPg - minPg < tol) break;
    }
  }
}

/** A labelled document the baselines train on. */
export interface Labelled {
  key: string;
  section: string;
  text: string;
}

/** One item to rank: its text and the keys of the documents it may train on. */
export interface BaselineItem {
  text: string;
  training: Set<string>;
}

/**
 * Ranks sections for every item with both baselines. The documents of all
 * items' training sets form one pool (TF-IDF is fitted on the pool and the
 * items' texts, as arxiv-sanity-lite fits it on every paper); each item's
 * SVMs start from the pool's solution with the documents it may not see
 * taken out, then are solved again (leave-one-out without 300 cold trainings).
 * @returns per item, sections best first, for the SVM and for the centroid
 */
export function rankBaselines(
  pool: Labelled[],
  items: BaselineItem[],
  c = 0.1,
): {svm: string[][]; centroid: string[][]} {
  const vectors = tfidf([...pool.map(p => p.text), ...items.map(i => i.text)]);
  const x = vectors.slice(0, pool.length);
  let dims = 0;
  for (const v of vectors)
    for (const t of v.terms) dims = Math.max(dims, t + 1);
  const sections = [...new Set(pool.map(p => p.section))];
  const all = new Uint8Array(pool.length).fill(1);
  const full = sections.map(s => {
    const y = Int8Array.from(pool, p => (p.section === s ? 1 : -1));
    const svm = new Svm(x, y, dims, c);
    svm.solve(all, 300);
    return svm;
  });
  const sums = sections.map(s => {
    const sum = new Float64Array(dims);
    pool.forEach((p, i) => p.section === s && axpy(1, x[i], sum));
    return sum;
  });
  const svmRanks: string[][] = [];
  const centroidRanks: string[][] = [];
  items.forEach((item, n) => {
    const v = vectors[pool.length + n];
    const active = Uint8Array.from(pool, p =>
      item.training.has(p.key) ? 1 : 0,
    );
    const removed = pool.map((_, i) => i).filter(i => !active[i]);
    const present = new Set(
      pool.filter((p, i) => active[i]).map(p => p.section),
    );
    const svmScores = sections.map((s, k) => {
      if (!present.has(s)) return -Infinity;
      if (!removed.length) return full[k].decision(v);
      const svm = full[k].clone();
      for (const i of removed) svm.remove(i);
      svm.solve(active, 50);
      return svm.decision(v);
    });
    const centroidScores = sections.map((s, k) => {
      if (!present.has(s)) return -Infinity;
      const sum = Float64Array.from(sums[k]);
      for (const i of removed) if (pool[i].section === s) axpy(-1, x[i], sum);
      let norm = 0;
      for (const w of sum) norm += w * w;
      return norm > 1e-12 ? dot(v, sum) / Math.sqrt(norm) : 0;
    });
    const rank = (scores: number[]) =>
      sections
        .map((s, k) => ({s, score: scores[k]}))
        .filter(e => e.score > -Infinity)
        .sort((a, b) => b.score - a.score)
        .map(e => e.s);
    svmRanks.push(rank(svmScores));
    centroidRanks.push(rank(centroidScores));
  });
  return {svm: svmRanks, centroid: centroidRanks};
}
