// What a section's name says: phrases and synonyms, arXiv categories its words name (taxonomy), and the math habit.
import {normalizeSectionName} from '../outline';
import {TAXONOMY_ALIASES, TAXONOMY_CODES} from '../taxonomy-names';
import {taxonomyNameRows} from '../taxonomy-names-data';
import {taxonomyWords} from '../taxonomy-words';
import {topicWords} from './lexicon';
import {stem} from '../text-words';
import {splitWords, wordSet} from './word-sets';
import {containsPhrase, roots, words} from './words';

/** Words of a section name too general to say what it is about on their own. */
const GENERIC_NAME_WORDS = new Set(
  (
    'learning model models method methods deep neural network networks ' +
    'machine computer general misc other papers stuff and of for in on the ' +
    'to read reading list ml ai todo'
  ).split(' '),
);

const GENERIC_NAME_ROOTS = new Set([...GENERIC_NAME_WORDS].map(w => stem(w)));

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
    const descriptions = taxonomyWords();
    const {groups, rows} = taxonomyNameRows();
    for (const [i, id] of TAXONOMY_CODES.entries()) {
      const [name, group] = rows[i].split('|');
      const description = descriptions[i];
      taxonomyCache.set(id, {
        id,
        name,
        nameWords: words(name),
        groupWords: words(groups[Number(group)]),
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
    ws.filter(w => wordSet('math', splitWords).has(w)).length +
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
  /** Roots the section's papers tend to use -> weight: the name's own words 1, its topics' words less. */
  topicRoots: Map<string, number>;
}

/** Roots too common across topics to point to one: left out of the topic words. */
const GENERIC_ROOTS = new Set(
  roots(
    'learning model network neural deep machine training based large scale improving towards method approach analysis study new using data',
  ),
);
/** Weight of a topic's usual word against the name's own words. */
const TOPIC_WORD_WEIGHT = 0.5;

let topicWordsCache: Record<string, string> | null = null;

/** The name's own roots and its topics' usual words (lexicon.ts), weighted. */
function topicRootsOf(normal: string, texts: Set<string>): Map<string, number> {
  const out = new Map<string, number>();
  const raise = (r: string, w: number) =>
    out.set(r, Math.max(out.get(r) ?? 0, w));
  const nameRoots = roots(normal).filter(r => !GENERIC_NAME_ROOTS.has(r));
  // "Data" in "Weak Supervision & Data" is the name's word, but most papers say it.
  for (const r of nameRoots)
    raise(r, GENERIC_ROOTS.has(r) ? TOPIC_WORD_WEIGHT : 1);
  const named = new Set(nameRoots);
  const topics = new Set<string>();
  const TOPIC_WORDS = (topicWordsCache ??= topicWords());
  for (const key of Object.keys(TOPIC_WORDS)) {
    const keyRoots = roots(key).filter(r => !GENERIC_NAME_ROOTS.has(r));
    if (keyRoots.length && keyRoots.every(r => named.has(r))) topics.add(key);
  }
  for (const text of texts) if (TOPIC_WORDS[text]) topics.add(text);
  for (const key of topics) {
    for (const r of roots(TOPIC_WORDS[key])) {
      if (!GENERIC_ROOTS.has(r)) raise(r, TOPIC_WORD_WEIGHT);
    }
  }
  for (const text of texts) {
    for (const r of roots(text)) {
      if (!GENERIC_ROOTS.has(r) && !GENERIC_NAME_ROOTS.has(r))
        raise(r, TOPIC_WORD_WEIGHT);
    }
  }
  return out;
}

/**
 * How strongly a paper's words say a section's topic, 0..1: its title's
 * roots count fully, its abstract's half, each by its weight in the
 * section's topic roots; saturating, so a few strong words are enough.
 */
export function topicStrength(
  evidence: NameEvidence,
  titleRoots: Set<string>,
  summaryRoots: Set<string>,
): number {
  let score = 0;
  for (const r of titleRoots) score += evidence.topicRoots.get(r) ?? 0;
  for (const r of summaryRoots) {
    if (!titleRoots.has(r)) score += 0.5 * (evidence.topicRoots.get(r) ?? 0);
  }
  return 1 - Math.exp(-score);
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
  const evidence = {
    phrases,
    categories,
    saysMath: /\bmaths?\b/.test(normal),
    topicRoots: topicRootsOf(normal, texts),
  };
  nameEvidenceCache.set(normal, evidence);
  return evidence;
}
