// Synthetic reading-list docs of any size, built from the sample's papers, for the bench and the reorganize tests.
import type {Block, DocJson} from '../src/core/doc-model';
import {formatMonth} from '../src/core/entry-line';
import {entryBlocks} from './giant-doc';
import {SAMPLE_SECTIONS, isSamplePaper, type SamplePaper} from './papers';

export interface GenerateOptions {
  /** Seed of the pseudo-random choices; the same seed gives the same doc. Default 1. */
  seed?: number;
  /** Number of topic sections (default 12); names past the sample's twelve get a number. */
  sections?: number;
  /** Put entries out of sort order (default: newest id first, the add-on's order). */
  shuffled?: boolean;
  /** Entries to put in a trailing Inbox section (default 0: no Inbox). */
  inbox?: number;
}

/** Title variations, so that synthetic entries do not repeat the same titles verbatim. */
const TITLE_FORMS: Array<(title: string) => string> = [
  t => t,
  t => `Revisiting ${t}`,
  t => `${t}: A Closer Look`,
  t => `Towards Better ${t}`,
  t => `${t} at Scale`,
  t => `On ${t}`,
  t => `Efficient ${t}`,
  t => `${t}, Revisited`,
  t => `Rethinking ${t}`,
  t => `${t} with Fewer Assumptions`,
];

const GIST_TAILS = [
  '',
  '; follow-up work',
  '; nice ablations',
  ', skimmed only the intro',
  '; code released',
  ', not sure it replicates',
];

/** mulberry32: a small, fast, well-mixed generator; deterministic by seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Topic {
  name: string;
  intro?: string;
  papers: SamplePaper[];
}

function topics(count: number): Topic[] {
  const base = SAMPLE_SECTIONS.filter(s => s.name !== 'Inbox').map(s => ({
    name: s.name,
    intro: s.intro,
    papers: [...s.items, ...(s.sub?.items ?? [])].filter(isSamplePaper),
  }));
  const out: Topic[] = [];
  for (let i = 0; i < count; i++) {
    const t = base[i % base.length];
    const round = Math.floor(i / base.length);
    out.push(round ? {...t, name: `${t.name} ${round + 1}`} : t);
  }
  return out;
}

/** A fresh new-scheme id (`YYMM.NNNNN`, 4 digits before 2015) not yet used. */
function syntheticId(next: () => number, used: Set<string>): string {
  for (;;) {
    const year = 8 + Math.floor(next() * 17); // 2008..2024
    const month = 1 + Math.floor(next() * 12);
    const yymm = `${String(year).padStart(2, '0')}${String(month).padStart(2, '0')}`;
    const digits = year >= 15 ? 5 : 4;
    const number = 1 + Math.floor(next() * (digits === 5 ? 29999 : 9999));
    const id = `${yymm}.${String(number).padStart(digits, '0')}`;
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
}

/** "Nov 2021" for an id of November 2021 (2111.xxxxx), worded as entries word their date. */
function dateOf(id: string): string {
  return formatMonth(`20${id.slice(0, 2)}-${id.slice(2, 4)}-01`);
}

/** Newest first, as the add-on sorts by default (ids of one scheme compare by number). */
function newestFirst(a: SamplePaper, b: SamplePaper): number {
  return Number(b.id) - Number(a.id);
}

/** Fisher-Yates, in place. */
function shuffle<T>(items: T[], next: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

function variant(
  paper: SamplePaper,
  next: () => number,
  used: Set<string>,
): SamplePaper {
  const id = syntheticId(next, used);
  const form = TITLE_FORMS[Math.floor(next() * TITLE_FORMS.length)];
  const tail = GIST_TAILS[Math.floor(next() * GIST_TAILS.length)];
  const out: SamplePaper = {
    id,
    title: form(paper.title),
    authors: paper.authors,
    date: dateOf(id),
    category: paper.category,
    gist: paper.gist + tail,
  };
  if (paper.abstract && next() < 0.5) out.abstract = paper.abstract;
  return out;
}

/**
 * A synthetic giant doc: a preamble, `sections` topic sections (HEADING2)
 * holding `entries` add-on entries spread unevenly, optionally an Inbox.
 * Entries reuse the sample's titles, authors, gists and categories with
 * synthetic ids, so text statistics stay realistic at any size.
 * @param entries entries across the topic sections (Inbox entries are extra)
 */
export function generateDoc(
  entries: number,
  options: GenerateOptions = {},
): DocJson {
  const next = random(options.seed ?? 1);
  const chosen = topics(options.sections ?? 12);
  // Uneven weights, as a real doc: some sections five times the size of others.
  const weights = chosen.map(() => 0.2 + next());
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map(w => Math.floor((entries * w) / totalWeight));
  for (let i = 0; sizes.reduce((a, b) => a + b, 0) < entries; i++) {
    sizes[i % sizes.length]++;
  }
  const used = new Set<string>();
  const pick = (topic: Topic) =>
    variant(topic.papers[Math.floor(next() * topic.papers.length)], next, used);
  const order = (papers: SamplePaper[]) =>
    options.shuffled ? shuffle(papers, next) : papers.sort(newestFirst);

  const body: Block[] = [
    {type: 'paragraph', text: 'Papers I skimmed', heading: 'TITLE'},
    {type: 'paragraph', text: 'Generated reading list.'},
  ];
  chosen.forEach((topic, i) => {
    body.push({type: 'paragraph', text: topic.name, heading: 'HEADING2'});
    if (topic.intro) body.push({type: 'paragraph', text: topic.intro});
    const papers = Array.from({length: sizes[i]}, () => pick(topic));
    for (const paper of order(papers)) body.push(...entryBlocks(paper));
  });
  if (options.inbox) {
    body.push({type: 'paragraph', text: 'Inbox', heading: 'HEADING2'});
    const papers = Array.from({length: options.inbox}, () =>
      pick(chosen[Math.floor(next() * chosen.length)]),
    );
    for (const paper of order(papers)) body.push(...entryBlocks(paper));
  }
  body.push({type: 'paragraph', text: ''});
  return {title: 'Papers I skimmed (generated)', body};
}
