// The preview use case: pasted text -> one item per paper named (ready, not found, invalid, error), papers fetched once.
import {findPaperRefs, type RefMatch} from '../../core/paper-ref';
import {asPaper} from '../../core/scholarly';
import {buildOutline} from '../../core/outline';
import type {Settings} from '../../core/settings';
import {cleanText} from '../../core/text-clean';
import {findOtherLinks, otherLinkMessage} from '../../core/other-links';
import type {PreviewItem, PreviewResult} from '../../core/types';
import {annotatePreview} from './annotate-preview';
import {BUSY, type ArxivLookup} from '../shared/arxiv-client';
import {type EnrichArxiv, enrichForPreview} from './enrich';
import type {DocumentPort, KeyValueStore} from '../shared/ports';
import {resolveElsewhere, type ScholarlySources} from './preview-sources';

/** A paste longer than this is refused before any work (200 KB). */
export const MAX_INPUT_CHARS = 200 * 1024;
/** More ids than this would take minutes of arXiv's 3 s spacing. */
export const MAX_IDS = 500;
/** For an id arXiv's answer left out while saying it had more (a feed cut short): not "no such paper". */
export const NOT_ANSWERED =
  'arXiv did not answer for this id; try again in a minute.';

export interface PreviewDeps {
  arxiv: {lookup(ids: string[]): ArxivLookup} & Partial<EnrichArxiv>;
  /**
   * The document: its sections, duplicates and suggestions are added to the
   * result; absent, the preview knows nothing of the document.
   */
  document?: DocumentPort;
  settings?: Settings;
  /**
   * The document's properties, where filed entries' arXiv metadata is kept
   * (enrichment-store.ts); absent, or with an arXiv client that cannot read
   * its cache, suggestions learn from the visible text only.
   */
  properties?: KeyValueStore;
  /**
   * Semantic Scholar, Crossref and the ACL Anthology: asked for the arXiv ids
   * arXiv did not answer and for DOIs, Anthology and Semantic Scholar links;
   * absent, those links get the "not an arXiv paper" card as before.
   */
  scholarly?: ScholarlySources;
}

/**
 * Finds every arXiv id in `input` and looks the papers up: an item per id
 * (ready or not_found, or error when arXiv could not be reached) and per
 * invalid look-alike, in the order they appear in the paste. With
 * `scholarly`, ids arXiv left unanswered and the paste's DOIs, Anthology and
 * Semantic Scholar links are asked of the other services; each ready item
 * says in `source` which service answered. Oversized pastes get a message
 * and no items.
 */
export function previewPapers(input: string, deps: PreviewDeps): PreviewResult {
  const text = typeof input === 'string' ? cleanText(input) : '';
  if (text.length > MAX_INPUT_CHARS) {
    const kb = Math.ceil(text.length / 1024);
    return refuse(`That paste is ${kb} KB; paste at most 200 KB at a time.`);
  }
  const found = findPaperRefs(text);
  const {ids, invalid} = found;
  const refs: RefMatch[] = deps.scholarly ? found.refs : [];
  if (refs.length + ids.length > MAX_IDS && refs.length) {
    return refuse(
      `That paste names ${refs.length + ids.length} papers; paste at most ${MAX_IDS} at a time.`,
    );
  }
  if (ids.length > MAX_IDS) {
    return refuse(
      `That paste has ${ids.length} arXiv ids; paste at most ${MAX_IDS} at a time.`,
    );
  }
  const wanted = ids.map(m => m.id);
  // Enrichment may send its one request only when the paste needs none: a preview waits for one request at most beyond its own.
  const cached = deps.arxiv.cachedPapers?.(wanted);
  const pasteRequests = !cached || wanted.some(id => !cached[id]);
  const lookup: ArxivLookup = ids.length
    ? deps.arxiv.lookup(wanted)
    : {papers: {}, missing: []};
  const missing = new Set(lookup.missing);
  // Neither found nor missing: arXiv did not answer for it (429, "Rate exceeded.", 5xx, timeout, a feed cut short).
  // Busy: another execution is fetching them from arXiv right now; they will be cached, so nobody else is asked.
  const unanswered =
    lookup.error === BUSY
      ? []
      : wanted.filter(id => !lookup.papers[id] && !missing.has(id));
  const elsewhere =
    deps.scholarly && (unanswered.length || refs.length)
      ? resolveElsewhere(unanswered, refs, deps.scholarly)
      : undefined;

  const positioned: {index: number; item: PreviewItem}[] = [];
  for (const m of ids) {
    const paper = lookup.papers[m.id];
    const other = elsewhere?.arxiv[m.id];
    let item: PreviewItem;
    if (paper) {
      item = {
        input: m.input,
        id: m.id,
        status: 'ready',
        paper,
        source: 'arxiv',
      };
    } else if (other) {
      item = {
        input: m.input,
        id: m.id,
        status: 'ready',
        paper: asPaper(other, m.id),
        source: 'semanticscholar',
      };
    } else if (missing.has(m.id)) {
      item = {
        input: m.input,
        id: m.id,
        status: 'not_found',
        message: `arXiv has no paper ${m.id}.`,
      };
    } else {
      item = {
        input: m.input,
        id: m.id,
        status: 'error',
        message: lookup.error ?? NOT_ANSWERED,
      };
    }
    positioned.push({index: m.index, item});
  }
  for (const m of invalid) {
    positioned.push({
      index: m.index,
      item: {input: m.input, status: 'invalid', message: m.message},
    });
  }
  refs.forEach((ref, i) => {
    positioned.push({
      index: ref.index,
      item: (elsewhere as {refItems: PreviewItem[]}).refItems[i],
    });
  });
  for (const link of findOtherLinks(text)) {
    // A link read as a reference already has its card.
    if (refs.some(r => overlaps(r, link))) continue;
    positioned.push({
      index: link.index,
      item: {
        input: link.input,
        status: 'invalid',
        message: otherLinkMessage(link),
        otherLink: {host: link.host},
      },
    });
  }
  positioned.sort((a, b) => a.index - b.index);

  const result: PreviewResult = {
    items: positioned.map(p => p.item),
    sections: [],
  };
  const stillUnanswered = unanswered.some(id => !elsewhere?.arxiv[id]);
  if (lookup.error && stillUnanswered) result.message = lookup.error;
  else if (!positioned.length) {
    result.message = 'No arXiv links or ids found in the pasted text.';
  }
  if (deps.document && deps.settings) {
    annotateFromDocument(result, deps, !ids.length || !pasteRequests);
  }
  return result;
}

/** Reads the document once, enriches what is filed when it can, and annotates the result. */
function annotateFromDocument(
  result: PreviewResult,
  deps: PreviewDeps,
  mayRequest: boolean,
): void {
  const settings = deps.settings as Settings;
  const outline = buildOutline(
    (deps.document as DocumentPort).read(),
    settings,
  );
  const {arxiv, properties} = deps;
  const metadata =
    properties && arxiv.cachedPapers
      ? enrichForPreview(
          outline,
          {
            arxiv: arxiv as EnrichArxiv,
            properties,
            inboxName: settings.inboxName,
          },
          mayRequest,
        )
      : undefined;
  annotatePreview(result, outline, settings, metadata);
}

function overlaps(
  a: {index: number; input: string},
  b: {index: number; input: string},
): boolean {
  return (
    a.index < b.index + b.input.length && b.index < a.index + a.input.length
  );
}

function refuse(message: string): PreviewResult {
  return {items: [], sections: [], message};
}
