// The eval's corpora whose papers carry real abstracts: each list title-only and with abstracts, the filed papers' metadata reaching the classifier only through the add-on's enrichment path and store.
import {enrichForPreview} from '../src/app/haul/enrich';
import {loadMetadata} from '../src/app/haul/enrichment-store';
import {MemoryStore} from '../samples/memory-store';
import type {EntryMetadata} from '../src/core/classify';
import type {DocJson} from '../src/core/doc-model';
import {DEFAULT_SETTINGS} from '../src/core/settings';
import type {Paper} from '../src/core/types';
import gsDoc from '../samples/eval/abstract-lists/MrNeRF__awesome-3D-gaussian-splatting.json';
import gsEntries from '../samples/eval/abstract-lists/MrNeRF__awesome-3D-gaussian-splatting.entries.json';
import gsMetadata from '../samples/eval/abstract-lists/MrNeRF__awesome-3D-gaussian-splatting.metadata.json';
import {
  type Corpus,
  type ListEntry,
  outlineOf,
  paperOf,
  readingListCorpus,
  titleText,
} from './eval-corpora';

/** What such a list says of a paper: title, abstract, arXiv categories when it has them. */
interface ListMetadata {
  title: string;
  abstract?: string;
  categories?: string[];
}

/** The paper arXiv would send for a listed entry: its title, and its abstract and categories when `withAbstract`. */
function listedPaper(
  listed: ListEntry,
  metadata: Record<string, ListMetadata>,
  withAbstract: boolean,
): Paper {
  const known = metadata[listed.id];
  if (!withAbstract || !known) {
    return paperOf(listed.id, titleText(listed.title), '');
  }
  const categories = known.categories ?? [];
  return {
    ...paperOf(listed.id, known.title, categories[0] ?? '', known.abstract),
    categories,
  };
}

/** What enrichForPreview keeps of a doc's filed entries when arXiv's answers for all of them are cached (as after a few previews), read back from the store. */
function enrich(
  doc: DocJson,
  papers: Record<string, Paper>,
): {metadata: Map<string, EntryMetadata>; storedChars: number} {
  const store = new MemoryStore();
  enrichForPreview(
    outlineOf(doc),
    {
      arxiv: {
        lookup: () => ({papers: {}, missing: []}),
        cachedPapers: ids => {
          const out: Record<string, Paper> = {};
          for (const id of ids) if (papers[id]) out[id] = papers[id];
          return out;
        },
      },
      properties: store,
      inboxName: DEFAULT_SETTINGS.inboxName,
    },
    false,
  );
  let storedChars = 0;
  store.values.forEach((v, k) => (storedChars += k.length + v.length));
  // Read back as the next preview would: only what the store kept.
  return {metadata: loadMetadata(store), storedChars};
}

/**
 * One list in both conditions. Title only: as readingListCorpus. With
 * abstracts: the held-out paper arrives with its abstract and categories;
 * the filed papers' metadata is what enrichForPreview stores for the whole
 * list (arXiv's answers cached, as after a few previews) and reads back from
 * the store, so the classifier sees exactly what enrichment keeps.
 */
function abstractList(
  name: string,
  doc: DocJson,
  entries: ListEntry[],
  metadata: Record<string, ListMetadata>,
): Corpus[] {
  const titleOnly = readingListCorpus(
    `${name}, title only`,
    'check',
    doc,
    entries,
  );
  const papers: Record<string, Paper> = {};
  for (const listed of entries) {
    papers[listed.id] = listedPaper(listed, metadata, true);
  }
  const {metadata: enriched, storedChars} = enrich(doc, papers);
  const withAbstracts = readingListCorpus(
    `${name}, abstracts`,
    'check',
    doc,
    entries,
    listed => listedPaper(listed, metadata, true),
  );
  const fullText = new Map<string, string>();
  for (const listed of entries) {
    const p = papers[listed.id];
    fullText.set(listed.id, `${p.title} ${p.summary} ${p.authors.join(' ')}`);
  }
  return [
    titleOnly,
    {
      ...withAbstracts,
      items: withAbstracts.items.map(item => ({...item, metadata: enriched})),
      fullText,
      storedChars,
    },
  ];
}

/** Every list with abstracts, title-only then with abstracts. */
export function abstractListCorpora(): Corpus[] {
  return abstractList(
    'gaussian-splatting',
    gsDoc as DocJson,
    gsEntries,
    gsMetadata as Record<string, ListMetadata>,
  );
}
