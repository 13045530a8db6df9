// What a section's name says: phrases and synonyms, arXiv categories its words name (taxonomy), and the math habit.
import {normalizeSectionName} from '../outline';
import {
  TAXONOMY_ALIASES,
  TAXONOMY_GROUPS,
  TAXONOMY_ROWS,
} from '../taxonomy-data';
import {containsPhrase, words} from './words';

/** Words of a section name too general to say what it is about on their own. */
const GENERIC_NAME_WORDS = new Set(
  (
    'learning model models method methods deep neural network networks ' +
    'machine computer general misc other papers stuff and of for in on the ' +
    'to read reading list ml ai todo'
  ).split(' '),
);

/** What people call sections, spelled out: abbreviations and topics to arXiv's words. */
const SYNONYMS: Record<string, string[]> = {
  rl: ['reinforcement learning', 'policy', 'reward'],
  'reinforcement learning': ['reinforcement learning', 'policy', 'reward'],
  nlp: ['natural language processing', 'computation and language', 'language'],
  language: ['computation and language', 'language'],
  llm: ['large language models', 'language model'],
  llms: ['large language models', 'language model'],
  cv: ['computer vision', 'image'],
  vision: ['computer vision', 'image'],
  'computer vision': ['computer vision', 'image'],
  ml: ['machine learning'],
  ai: ['artificial intelligence'],
  ir: ['information retrieval', 'retrieval', 'search'],
  retrieval: ['information retrieval', 'retrieval', 'search'],
  gnn: ['graph neural networks', 'graph'],
  gnns: ['graph neural networks', 'graph'],
  graph: ['graph', 'social and information networks'],
  graphs: ['graph', 'social and information networks'],
  math: ['mathematics', 'mathematical'],
  maths: ['mathematics', 'mathematical'],
  stats: ['statistics'],
  opt: ['optimization', 'optimization and control'],
  optimization: ['optimization and control', 'optimizer', 'gradient descent'],
  optimisation: ['optimization and control', 'optimizer', 'gradient descent'],
  generative: ['generative', 'generation', 'diffusion', 'gan'],
  gen: ['generative', 'generation'],
  security: ['cryptography and security', 'attack', 'privacy'],
  adversarial: ['adversarial', 'robustness', 'attack'],
  robustness: ['robustness', 'adversarial'],
  ethics: ['computers and society', 'fairness', 'bias', 'ethical'],
  fairness: ['fairness', 'bias', 'computers and society'],
  safety: ['safety', 'alignment'],
  theory: ['learning theory', 'generalization', 'bound'],
  systems: ['distributed, parallel, and cluster computing', 'hardware', 'gpu'],
  reproducibility: ['reproducibility', 'benchmark', 'evaluation'],
  speech: ['audio and speech processing', 'sound', 'speech'],
  audio: ['audio and speech processing', 'sound', 'audio'],
  robotics: ['robotics', 'robot'],
  quantum: ['quantum physics', 'quantum'],
  bio: ['quantitative biology'],
  biology: ['quantitative biology'],
  hci: ['human-computer interaction'],
};

/** Words that mark an abstract as mathematics (stems, as the tokenizer gives them). */
const MATH_WORDS = new Set(
  (
    'theorem lemma proof prove proven corollary bound bounded convex convexity ' +
    'manifold hilbert kernel gaussian stochastic differential equation integral ' +
    'eigenvalue eigenvector spectral matrix matrice norm measure probability ' +
    'variational bayesian posterior prior asymptotic polynomial lipschitz ' +
    'wasserstein transport markov monte carlo ode pde sde fourier group ' +
    'invariant equivariant equivariance symmetry operator dual duality metric ' +
    'riemannian geometry topology algebra algebraic linear nonlinear ' +
    'distribution distance divergence entropy likelihood estimator dimension ' +
    'dimensional infinite limit converge convergence sampling sampler ' +
    'hamiltonian langevin manifold tensor analytic closed-form'
  ).split(' '),
);
const MATH_SYMBOLS = /[$\\^_=≤≥∑∫∂∇∈ℝαβγδεθλμσφψω]/g;
const GREEK =
  /\b(?:alpha|beta|gamma|delta|epsilon|theta|lambda|mu|sigma|phi|psi|omega)\b/gi;

export interface Category {
  id: string;
  name: string;
  /** Words of the name, the group name and the description (before any "except"). */
  nameWords: string[];
  groupWords: string[];
  descriptionWords: string[];
}

let taxonomyCache: Map<string, Category> | null = null;
const nameEvidenceCache = new Map<string, NameEvidence>();

/** The taxonomy table, parsed once on first use (module load stays free of work). */
export function taxonomy(): Map<string, Category> {
  if (!taxonomyCache) {
    taxonomyCache = new Map();
    for (const row of TAXONOMY_ROWS) {
      const [id, name, group, description] = row.split('|');
      taxonomyCache.set(id, {
        id,
        name,
        nameWords: words(name),
        groupWords: words(TAXONOMY_GROUPS[Number(group)]),
        // cs.AI's description lists what it excludes: those words are not its topics.
        descriptionWords: words(description.split(/\bexcept\b/)[0]),
      });
    }
  }
  return taxonomyCache;
}

export function canonicalCategory(code: string): string {
  return TAXONOMY_ALIASES[code] ?? code;
}

/** How math-heavy a text is, 0..1: math words, symbols and Greek letters per word. */
export function mathDensity(text: string): number {
  const ws = words(text);
  if (ws.length < 8) return 0;
  const hits =
    ws.filter(w => MATH_WORDS.has(w)).length +
    (text.match(MATH_SYMBOLS) ?? []).length +
    (text.match(GREEK) ?? []).length;
  return hits < 3 ? 0 : Math.min(1, hits / ws.length / 0.25);
}

/** What a section's name says: phrases to look for, and arXiv categories it names. */
export interface NameEvidence {
  phrases: string[][];
  /** Canonical category -> strength 0..1. */
  categories: Map<string, number>;
  saysMath: boolean;
}

/** What a section's name says, from the synonyms and arXiv's category names (memoized by name). */
export function nameEvidence(name: string): NameEvidence {
  const normal = normalizeSectionName(name);
  const known = nameEvidenceCache.get(normal);
  if (known) return known;
  const nameWords = normal.split(/[^a-z0-9.-]+/).filter(w => w);
  const texts = new Set<string>([normal, ...(SYNONYMS[normal] ?? [])]);
  for (const w of nameWords) {
    if (GENERIC_NAME_WORDS.has(w)) continue;
    texts.add(w);
    for (const s of SYNONYMS[w] ?? []) texts.add(s);
  }
  const categories = new Map<string, number>();
  const raise = (id: string, strength: number) =>
    categories.set(id, Math.max(categories.get(id) ?? 0, strength));
  const phrases: string[][] = [];
  for (const text of texts) {
    const phrase = words(text);
    if (!phrase.length) continue;
    phrases.push(phrase);
    if (taxonomy().has(canonicalCategory(text))) {
      raise(canonicalCategory(text), 1);
    }
    for (const c of taxonomy().values()) {
      if (phrase.every(w => c.nameWords.includes(w))) {
        raise(c.id, phrase.length === c.nameWords.length ? 1 : 0.8);
      } else if (phrase.every(w => c.groupWords.includes(w))) {
        raise(c.id, 0.5);
      } else if (
        phrase.length > 1 &&
        containsPhrase(c.descriptionWords, phrase)
      ) {
        raise(c.id, 0.3);
      }
    }
  }
  const evidence = {phrases, categories, saysMath: /\bmaths?\b/.test(normal)};
  nameEvidenceCache.set(normal, evidence);
  return evidence;
}
