// The corpora of the suggestion evaluation, each as held-out items (paper, the section a person filed it under, the outline without it).
import giantDoc from '../samples/giant-doc.json';
import {
  SAMPLE_SECTIONS,
  isSamplePaper,
  type SamplePaper,
} from '../samples/papers';
import {
  type EntryMetadata,
  metadataOf,
  paperFromEntry,
} from '../src/core/classify';
import type {DocJson, Outline} from '../src/core/doc-model';
import {
  buildOutline,
  normalizeSectionName,
  summarizeBlocks,
} from '../src/core/outline';
import {DEFAULT_SETTINGS} from '../src/core/settings';
import type {Paper} from '../src/core/types';
import {
  HAND_WRITTEN_NEW_PAPERS,
  handWrittenDoc,
} from '../samples/eval/suggest/hand-written';
import {
  HEADINGS_ONLY_PAPERS,
  headingsOnlyDoc,
} from '../samples/eval/suggest/headings-only';
import chawinsDoc from '../samples/eval/reading-lists/chawins__llm-sp.json';
import chawinsEntries from '../samples/eval/reading-lists/chawins__llm-sp.entries.json';
import fairnessDoc from '../samples/eval/reading-lists/datamllab__awesome-fairness-in-ai.json';
import fairnessEntries from '../samples/eval/reading-lists/datamllab__awesome-fairness-in-ai.entries.json';
import sslDoc from '../samples/eval/reading-lists/jason718__awesome-self-supervised-learning.json';
import sslEntries from '../samples/eval/reading-lists/jason718__awesome-self-supervised-learning.entries.json';
import adversarialDoc from '../samples/eval/reading-lists/yenchenlin__awesome-adversarial-machine-learning.json';
import adversarialEntries from '../samples/eval/reading-lists/yenchenlin__awesome-adversarial-machine-learning.entries.json';
import speechDoc from '../samples/eval/reading-lists/zzw922cn__awesome-speech-recognition-speech-synthesis-papers.json';
import speechEntries from '../samples/eval/reading-lists/zzw922cn__awesome-speech-recognition-speech-synthesis-papers.entries.json';

/** One paper to place: what the model sees, the right section, the outline it is placed against. */
export interface HeldOut {
  paper: Paper;
  /** Normalized name of the section the person filed it under. */
  expected: string;
  outline: Outline;
  /** What enrichment would know of the filed entries (arXiv metadata by id). */
  metadata?: Map<string, EntryMetadata>;
}

export interface Corpus {
  name: string;
  /** 'fit': calibration was fitted on it; 'check': held out from every fit; 'tuned': the weights were first fitted on it; 'mixed': pooled from several. */
  role: 'fit' | 'check' | 'tuned' | 'mixed';
  items: HeldOut[];
  /** The filed papers' full text (title, abstract, authors) by id, for the baselines in this condition. */
  fullText?: Map<string, string>;
  /** Characters enrichment stored in document properties for the filed papers (abstract corpora). */
  storedChars?: number;
}

/** A reading list's entry, as the shared corpus's README describes it. */
export interface ListEntry {
  id: string;
  section: string;
  title: string;
  block: number;
}

/** The outline the add-on would build for a document. */
export function outlineOf(doc: DocJson): Outline {
  return buildOutline(summarizeBlocks(doc.body), {
    inboxName: DEFAULT_SETTINGS.inboxName,
  });
}

function withoutBlocks(doc: DocJson, start: number, end: number): DocJson {
  return {...doc, body: [...doc.body.slice(0, start), ...doc.body.slice(end)]};
}

/** A paper as arXiv would send it, reduced to the fields we have. */
export function paperOf(
  id: string,
  title: string,
  category: string,
  summary = '',
): Paper {
  return {
    id,
    version: '1',
    title,
    authors: [],
    published: '',
    updated: '',
    summary,
    primaryCategory: category,
    categories: category ? [category] : [],
    absUrl: `https://arxiv.org/abs/${id}`,
    pdfUrl: `https://arxiv.org/pdf/${id}`,
  };
}

/** Leave-one-out on the sample doc: each entry outside the Inbox, taken out, placed from its own data. */
export function sampleCorpus(doc: DocJson = giantDoc as DocJson): Corpus {
  const inbox = normalizeSectionName(DEFAULT_SETTINGS.inboxName);
  const items: HeldOut[] = [];
  for (const section of outlineOf(doc).sections) {
    const expected = normalizeSectionName(section.title);
    if (expected === inbox) continue;
    for (const entry of section.entries) {
      items.push({
        paper: paperFromEntry(entry),
        expected,
        outline: outlineOf(withoutBlocks(doc, entry.start, entry.end)),
      });
    }
  }
  return {name: 'sample doc (leave-one-out)', role: 'tuned', items};
}

/**
 * What arXiv would send as the title, out of an entry's visible text: the
 * text without the list's link labels ("[pdf]", "[code]", "[Paper]") and
 * badges. Authors, venue and year stay: we cannot tell them from the title.
 */
export function titleText(visible: string): string {
  return visible
    .replace(/\[[^\]]{0,24}\]/g, ' ')
    .replace(/[^\p{L}\p{N}\p{P}\p{Zs}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Leave-one-out on a real reading list: the entry's blocks are taken out, and
 * the arXiv stand-in knows only the entry's visible text (as its title), or
 * what `paperFor` gives.
 */
export function readingListCorpus(
  name: string,
  role: Corpus['role'],
  doc: DocJson,
  entries: ListEntry[],
  paperFor: (listed: ListEntry) => Paper = listed =>
    paperOf(listed.id, titleText(listed.title), ''),
): Corpus {
  const full = outlineOf(doc);
  const byStart = new Map(
    full.sections.flatMap(s => s.entries.map(e => [e.start, e] as const)),
  );
  const items: HeldOut[] = [];
  for (const listed of entries) {
    const entry = byStart.get(listed.block);
    // An entry the outline does not read as one (e.g. a table row) is not placed by the add-on either.
    if (!entry) continue;
    items.push({
      paper: paperFor(listed),
      expected: normalizeSectionName(listed.section),
      outline: outlineOf(withoutBlocks(doc, entry.start, entry.end)),
    });
  }
  return {name, role, items};
}

/**
 * A reading list as a new user's doc: its headings with every entry taken
 * out, each entry then placed by its title text against the bare names.
 */
function headingsOfList(
  name: string,
  doc: DocJson,
  entries: ListEntry[],
): Corpus {
  const full = outlineOf(doc);
  const entryBlocks = new Set<number>();
  for (const e of full.sections.flatMap(s => s.entries)) {
    for (let i = e.start; i < e.end; i++) entryBlocks.add(i);
  }
  // At the list's own section level: with no entries left, nothing says which.
  const outline = buildOutline(
    summarizeBlocks(doc.body.filter((_, i) => !entryBlocks.has(i))),
    {inboxName: DEFAULT_SETTINGS.inboxName, sectionLevel: full.level},
  );
  const known = new Set(
    outline.sections.map(s => normalizeSectionName(s.title)),
  );
  const starts = new Set(
    full.sections.flatMap(s => s.entries.map(e => e.start)),
  );
  return {
    name,
    role: 'fit',
    items: entries
      .filter(
        e => starts.has(e.block) && known.has(normalizeSectionName(e.section)),
      )
      .map(e => ({
        paper: paperOf(e.id, titleText(e.title), ''),
        expected: normalizeSectionName(e.section),
        outline,
      })),
  };
}

/** The FIT lists as headings-only docs: the cold start's calibration is fitted on them. */
export function coldStartFitCorpora(): Corpus[] {
  return [
    headingsOfList(
      'llm-sp, headings only',
      chawinsDoc as DocJson,
      chawinsEntries,
    ),
    headingsOfList(
      'self-supervised, headings only',
      sslDoc as DocJson,
      sslEntries,
    ),
  ];
}

/**
 * The five reading lists. Calibration is fitted on llm-sp and
 * self-supervised (the largest list and the hardest: sections by year) and
 * checked on the other three, which no fit has seen.
 */
export function readingListCorpora(): Corpus[] {
  return [
    readingListCorpus('llm-sp', 'fit', chawinsDoc as DocJson, chawinsEntries),
    readingListCorpus('speech', 'check', speechDoc as DocJson, speechEntries),
    readingListCorpus(
      'fairness',
      'check',
      fairnessDoc as DocJson,
      fairnessEntries,
    ),
    readingListCorpus('self-supervised', 'fit', sslDoc as DocJson, sslEntries),
    readingListCorpus(
      'adversarial',
      'check',
      adversarialDoc as DocJson,
      adversarialEntries,
    ),
  ];
}

function samplePapers(): Map<string, SamplePaper> {
  const out = new Map<string, SamplePaper>();
  for (const s of SAMPLE_SECTIONS) {
    for (const item of [...s.items, ...(s.sub?.items ?? [])]) {
      if (isSamplePaper(item)) out.set(item.id, item);
    }
  }
  return out;
}

/** A new user's doc of headings only: each paper placed from its title, category and abstract when known. */
export function headingsOnlyCorpus(): Corpus {
  const outline = outlineOf(headingsOnlyDoc());
  return {
    name: 'headings only (cold start)',
    role: 'check',
    items: HEADINGS_ONLY_PAPERS.map(p => ({
      paper: paperOf(p.id, p.title, p.category, p.abstract),
      expected: normalizeSectionName(p.section),
      outline,
    })),
  };
}

/** The "Title - gist" doc: new papers placed from what arXiv sends (title, category, the abstract's first sentence when the sample has it). */
export function handWrittenCorpus(): Corpus {
  const outline = outlineOf(handWrittenDoc());
  const known = samplePapers();
  return {
    name: 'hand-written "Title - gist"',
    role: 'check',
    items: HAND_WRITTEN_NEW_PAPERS.map(({id, section}) => {
      const p = known.get(id);
      if (!p) throw new Error(`${id} is not a paper of samples/papers.ts`);
      return {
        paper: paperOf(id, p.title, p.category, p.abstract),
        expected: normalizeSectionName(section),
        outline,
      };
    }),
  };
}

/**
 * The "Title - gist" doc after enrichment: each filed entry's arXiv metadata
 * (category, the abstract's first sentence when the sample has it) known,
 * as a preview learns it in the background.
 */
export function handWrittenEnrichedCorpus(): Corpus {
  const known = samplePapers();
  const base = handWrittenCorpus();
  const metadata = new Map<string, EntryMetadata>();
  for (const section of base.items[0].outline.sections) {
    for (const entry of section.entries) {
      const p = known.get(entry.id);
      if (p) {
        metadata.set(
          entry.id,
          metadataOf(paperOf(entry.id, p.title, p.category, p.abstract)),
        );
      }
    }
  }
  return {
    name: 'hand-written, enriched',
    role: 'check',
    items: base.items.map(item => ({...item, metadata})),
  };
}
