// The preview's second sources: arXiv ids arXiv did not answer and DOIs, Anthology and Semantic Scholar links, asked of Semantic Scholar in one batch, then Crossref and the Anthology.
import {canonicalId, entryPageUrl} from '../../core/paper-identity';
import {s2IdOf, type RefMatch} from '../../core/paper-ref';
import {asPaper} from '../../core/scholarly';
import type {PreviewItem, ScholarlyPaper} from '../../core/types';
import type {ScholarlyClient} from '../shared/scholarly-client';

/** What the preview needs of the scholarly client. */
export type ScholarlySources = Pick<
  ScholarlyClient,
  'batch' | 'crossrefWork' | 'aclPaper'
>;

/** What the second sources found for the arXiv ids and the references. */
export interface SourcesAnswer {
  /** Papers of arXiv ids, by id, as Semantic Scholar gave them. */
  arxiv: Record<string, ScholarlyPaper>;
  /** One item per reference, in the order given. */
  refItems: PreviewItem[];
  /** Semantic Scholar's failure, when it could not be asked or would not answer. */
  error?: string;
}

const REF_NAMES: Record<RefMatch['kind'], string> = {
  doi: 'the DOI',
  acl: 'the ACL Anthology id',
  s2: 'the Semantic Scholar id',
};

function readyItem(
  ref: RefMatch,
  paper: ScholarlyPaper,
  source: PreviewItem['source'],
): PreviewItem {
  // A paper Semantic Scholar ties to arXiv gets the arXiv id, one with a DOI its DOI: duplicates and inserts then find it in any form.
  const id = canonicalId(paper, ref);
  const page = entryPageUrl(id);
  return {
    input: ref.input,
    id,
    status: 'ready',
    paper: asPaper({...paper, url: page}, id),
    source,
    ref: {kind: ref.kind, id: ref.id},
  };
}

/** The item of a reference the first source did not know: Crossref for a DOI, the Anthology's page for an ACL id. */
function fallbackItem(
  ref: RefMatch,
  client: ScholarlySources,
  s2Error: string | undefined,
): PreviewItem {
  const base = {input: ref.input, ref: {kind: ref.kind, id: ref.id}};
  let answer: ReturnType<ScholarlySources['crossrefWork']> | null = null;
  let source: PreviewItem['source'];
  if (ref.kind === 'doi') {
    answer = client.crossrefWork(ref.id);
    source = 'crossref';
  } else if (ref.kind === 'acl') {
    answer = client.aclPaper(ref.id);
    source = 'aclanthology';
  }
  if (answer && 'found' in answer) return readyItem(ref, answer.found, source);
  if (answer && 'error' in answer) {
    return {...base, status: 'error', message: answer.error};
  }
  if (!answer && s2Error) {
    return {...base, status: 'error', message: s2Error};
  }
  return {
    ...base,
    status: 'not_found',
    message: `No paper found for ${REF_NAMES[ref.kind]} ${ref.id}.`,
  };
}

/**
 * Asks Semantic Scholar once (one request for up to 500 ids) for the arXiv
 * ids arXiv left unanswered and for every reference; references it does not
 * know (or all of them, when it fails) go to Crossref (DOIs) or the
 * Anthology's page (ACL ids). Never throws.
 */
export function resolveElsewhere(
  arxivIds: string[],
  refs: RefMatch[],
  client: ScholarlySources,
): SourcesAnswer {
  const answer: SourcesAnswer = {arxiv: {}, refItems: []};
  const asked = [...arxivIds.map(id => `ARXIV:${id}`), ...refs.map(s2IdOf)];
  let found: (ScholarlyPaper | null)[] = [];
  if (asked.length) {
    const batch = client.batch(asked);
    if ('error' in batch) answer.error = batch.error;
    else found = batch.papers;
  }
  arxivIds.forEach((id, i) => {
    const paper = found[i];
    // Semantic Scholar answers an unknown arXiv id with null; a paper for another id would be a wrong card.
    if (paper && (!paper.arxivId || paper.arxivId === id)) {
      answer.arxiv[id] = {...paper, arxivId: id};
    }
  });
  refs.forEach((ref, i) => {
    const paper = found[arxivIds.length + i];
    answer.refItems.push(
      paper
        ? readyItem(ref, paper, 'semanticscholar')
        : fallbackItem(ref, client, answer.error),
    );
  });
  return answer;
}
