// Training on an outline: every filed entry's tf-idf vector in flat arrays, postings, each section's centroid and categories, and the paper-side lookups the evidence needs.
import type {Entry, Outline} from '../doc-model';
import {normalizeSectionName} from '../outline';
import type {Paper} from '../types';
import type {EntryMetadata} from './enrichment';
import {entryText} from './entry-text';
import {canonicalCategory, type NameEvidence, nameEvidence} from './names';
import {type LinearModel, trainLinear} from './linear';
import {archivesOf} from './no-fit';
import {
  denseDot,
  grown,
  type PaperText,
  type SparseVector,
  Vocabulary,
  weighInPlace,
} from './term-index';
import {words} from './words';

/**
 * A paper's title and abstract are weighed apart, each as a unit vector, then
 * mixed this much abstract: a 200-word abstract neither drowns the title's
 * few words nor is lost beside them. Measured on the Gaussian Splatting list
 * with abstracts (scripts/eval-quick.mjs): top-1 0.63 -> 0.65, ECE 0.08 -> 0.04,
 * Inbox first 15 -> 6 (0.3 and 0.5 did no better).
 */
const ABSTRACT_SHARE = 0.4;
/** Words from which a summary is a whole abstract, weighed apart from the title. */
const LONG_ABSTRACT = 40;

/**
 * Docs of up to this many filed entries also get a linear scorer per section
 * (linear.ts). It earns its place where sections are small and uneven (a
 * reading list: pooled top-3 0.84 -> 0.86, the fairness list 0.46 -> 0.50);
 * beyond this the centroids have enough to learn from, and its training would
 * double a 2,500-entry preview's build.
 */
const LINEAR_MAX_ENTRIES = 1000;

function add<K>(counts: Map<K, number>, key: K, weight: number): void {
  counts.set(key, (counts.get(key) ?? 0) + weight);
}

/** One section of the doc as the model learned it (same-named sections count as one). */
export interface SectionModel {
  title: string;
  key: string;
  /** Indices of its training entries. */
  entries: number[];
  /** Sum of its entries' vectors, dense over the vocabulary. */
  sum: Float64Array;
  sumNormSquared: number;
  name: NameEvidence;
  categoryCounts: Map<string, number>;
}

/** What training on an outline gives the classifier. */
export interface Trained {
  sections: SectionModel[];
  byKey: Map<string, SectionModel>;
  vocabulary: Vocabulary;
  /** Each training entry's arXiv id, by index. */
  trainingIds: string[];
  /** Each section's linear scorer (linear.ts), by section index; null for a doc too large to train it within a preview. */
  linear: LinearModel[] | null;
  /** The arXiv archives the doc's filed papers and section names come from (no-fit.ts). */
  docArchives: ReturnType<typeof archivesOf>;
  /** A training entry's vector, viewed in the flat arrays. */
  entryVector(index: number): SparseVector;
  /** Whether training entry `index` has term `t`. */
  has(index: number, t: number): boolean;
  /** The paper's vector; terms only the excluded entries have are unknown, as for a new paper. */
  vectorOf(paper: Paper, excluded: Set<number>): SparseVector;
  /** Each training entry's cosine with the vector. */
  similarities(vector: SparseVector): Float64Array;
  /** The section's centroid cosine with the paper, its excluded entries taken out of the sum. */
  centroidCosine(
    section: SectionModel,
    excluded: number[],
    similarity: Float64Array,
    vector: SparseVector,
  ): number;
}

/**
 * Learns every entry outside the Inbox under its section's heading, with
 * what enrichment keeps of it (`metadata`).
 */
export function train(
  outline: Outline,
  inboxKey: string,
  metadata?: Map<string, EntryMetadata>,
): Trained {
  const sections: SectionModel[] = [];
  const byKey = new Map<string, SectionModel>();
  const filed: Array<{entry: Entry; section: number}> = [];
  for (const s of outline.sections) {
    const key = normalizeSectionName(s.title);
    if (key === inboxKey) continue;
    let model = byKey.get(key);
    if (!model) {
      model = {
        title: s.title,
        key,
        entries: [],
        sum: new Float64Array(0),
        sumNormSquared: 0,
        name: nameEvidence(s.title),
        categoryCounts: new Map(),
      };
      byKey.set(key, model);
      sections.push(model);
    }
    const index = sections.indexOf(model);
    for (const entry of s.entries) filed.push({entry, section: index});
  }

  // Vocabulary and document frequencies in one pass; ids keep vectors compact.
  const vocabulary = new Vocabulary();
  const {documentFrequency} = vocabulary;
  // Every entry's terms and frequencies in two flat arrays (entry i owns
  // [vectorStart[i], vectorStart[i + 1])): two arrays per entry made most of a build's garbage.
  const vectorStart = new Int32Array(filed.length + 1);
  let vectorTerms = new Int32Array(1 << 16);
  let vectorWeights = new Float64Array(1 << 16);
  filed.forEach((f, i) => {
    vocabulary.count(entryText(f.entry, metadata?.get(f.entry.id)));
    const start = vectorStart[i];
    const end = start + vocabulary.length;
    if (end > vectorTerms.length) {
      vectorTerms = grown(vectorTerms, end);
      vectorWeights = grown(vectorWeights, end);
    }
    for (let k = 0; k < vocabulary.length; k++) {
      documentFrequency[vocabulary.terms[k]]++;
      vectorTerms[start + k] = vocabulary.terms[k];
      vectorWeights[start + k] = vocabulary.counts[k];
    }
    vectorStart[i + 1] = end;
  });
  vocabulary.freeze();
  const termCount = vocabulary.size;
  const idf = Float64Array.from(
    documentFrequency,
    (df, t) =>
      (Math.log((filed.length + 1) / (df + 1)) + 1) * vocabulary.idfScale[t],
  );

  const trainingIds = filed.map(f => f.entry.id);
  // Postings of all terms in flat arrays (term t owns [start[t], start[t + 1])):
  // thousands of small arrays would cost more in allocation than the lookups.
  const postingStart = new Int32Array(termCount + 1);
  documentFrequency.forEach((df, t) => {
    postingStart[t + 1] = postingStart[t] + df;
  });
  const postingDocs = new Int32Array(postingStart[termCount]);
  const postingWeights = new Float64Array(postingStart[termCount]);
  const postingFill = postingStart.slice(0, termCount);
  for (const section of sections) {
    section.sum = new Float64Array(termCount);
  }
  const primaries: string[] = new Array<string>(filed.length);
  filed.forEach((f, index) => {
    const start = vectorStart[index];
    const end = vectorStart[index + 1];
    weighInPlace(vectorTerms, vectorWeights, idf, start, end);
    const section = sections[f.section];
    section.entries.push(index);
    for (let i = start; i < end; i++) {
      const t = vectorTerms[i];
      section.sum[t] += vectorWeights[i];
      postingDocs[postingFill[t]] = index;
      postingWeights[postingFill[t]++] = vectorWeights[i];
    }
    const shown = f.entry.categories.length
      ? f.entry.categories
      : (metadata?.get(f.entry.id)?.categories ?? []);
    primaries[index] = shown[0] ?? '';
    for (const c of shown) {
      add(section.categoryCounts, canonicalCategory(c), 1);
    }
  });
  const docArchives = archivesOf(
    primaries,
    sections.map(s => s.name),
  );
  for (const s of sections) {
    let normSquared = 0;
    for (const x of s.sum) normSquared += x * x;
    s.sumNormSquared = normSquared;
  }

  function entryVector(index: number): SparseVector {
    const start = vectorStart[index];
    const end = vectorStart[index + 1];
    return {
      terms: vectorTerms.subarray(start, end),
      weights: vectorWeights.subarray(start, end),
    };
  }
  const linear =
    filed.length && filed.length <= LINEAR_MAX_ENTRIES
      ? trainLinear(
          filed.length,
          entryVector,
          Int32Array.from(filed, f => f.section),
          sections.length,
          termCount,
        )
      : null;

  function vectorOf(paper: Paper, excluded: Set<number>): SparseVector {
    const excludedFrequency = new Map<number, number>();
    excluded.forEach(i => {
      for (const t of entryVector(i).terms) add(excludedFrequency, t, 1);
    });
    const part = (text: PaperText): SparseVector => {
      const terms: number[] = [];
      const tf: number[] = [];
      vocabulary.count(text);
      for (let i = 0; i < vocabulary.length; i++) {
        const id = vocabulary.terms[i];
        if (documentFrequency[id] > (excludedFrequency.get(id) ?? 0)) {
          terms.push(id);
          tf.push(vocabulary.counts[i]);
        }
      }
      const vector = {
        terms: Int32Array.from(terms),
        weights: Float64Array.from(tf),
      };
      weighInPlace(vector.terms, vector.weights, idf);
      return vector;
    };
    const share = ABSTRACT_SHARE;
    // A note or an abstract's first sentence is read with the title, as before.
    if (words(paper.summary).length < LONG_ABSTRACT) return part(paper);
    const head = part({...paper, summary: ''});
    const body = part({
      title: '',
      summary: paper.summary,
      authors: [],
      primaryCategory: '',
      categories: [],
    });
    const merged = new Map<number, number>();
    head.terms.forEach((t, k) =>
      add(merged, t, Math.sqrt(1 - share) * head.weights[k]),
    );
    body.terms.forEach((t, k) =>
      add(merged, t, Math.sqrt(share) * body.weights[k]),
    );
    let norm = 0;
    merged.forEach(w => (norm += w * w));
    norm = Math.sqrt(norm) || 1;
    return {
      terms: Int32Array.from(merged.keys()),
      weights: Float64Array.from(merged.values(), w => w / norm),
    };
  }

  function centroidCosine(
    section: SectionModel,
    excluded: number[],
    similarity: Float64Array,
    vector: SparseVector,
  ): number {
    let numerator = denseDot(vector, section.sum);
    let normSq = section.sumNormSquared;
    if (excluded.length) {
      const removed = new Map<number, number>();
      for (const i of excluded) {
        numerator -= similarity[i];
        const v = entryVector(i);
        v.terms.forEach((t, k) => add(removed, t, v.weights[k]));
      }
      removed.forEach((w, t) => {
        normSq += -2 * section.sum[t] * w + w * w;
      });
    }
    return normSq > 1e-9 ? numerator / Math.sqrt(normSq) : 0;
  }

  function similarities(vector: SparseVector): Float64Array {
    const similarity = new Float64Array(trainingIds.length);
    for (let k = 0; k < vector.terms.length; k++) {
      const t = vector.terms[k];
      for (let j = postingStart[t]; j < postingStart[t + 1]; j++) {
        similarity[postingDocs[j]] += vector.weights[k] * postingWeights[j];
      }
    }
    return similarity;
  }

  function has(index: number, t: number): boolean {
    for (let k = vectorStart[index]; k < vectorStart[index + 1]; k++) {
      if (vectorTerms[k] === t) return true;
    }
    return false;
  }

  return {
    sections,
    byKey,
    vocabulary,
    trainingIds,
    linear,
    docArchives,
    entryVector,
    has,
    vectorOf,
    similarities,
    centroidCosine,
  };
}
