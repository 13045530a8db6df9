// An insert's lookup: arXiv for arXiv ids, Semantic Scholar for the ids arXiv did not answer, and the second sources for DOI, Anthology and Semantic Scholar keys.
import {
  canonicalId,
  isArxivEntryId,
  refOfEntryId,
} from '../../core/paper-identity';
import type {RefMatch} from '../../core/paper-ref';
import type {Paper} from '../../core/types';
import type {ScholarlyClient} from '../shared/scholarly-client';
import {asPaper} from '../../core/scholarly';
import {BUSY, type ArxivLookup} from '../shared/arxiv-client';
import {resolveElsewhere, type ScholarlySources} from './preview-sources';

/** A lookup's answer with a plain sentence per paper that could not be looked up (a reference's own failure). */
export interface MixedLookup extends ArxivLookup {
  errors?: Record<string, string>;
}

/**
 * Wraps an arXiv lookup: ids arXiv neither found nor called missing (429,
 * "Rate exceeded.", 5xx, timeout, cut short; not "busy in another
 * execution") are asked of Semantic Scholar in one batch, together with the
 * `doi:`, `acl:` and `s2:` keys of papers not on arXiv (never sent to
 * arXiv); what it knows comes back as papers (no categories), what it does
 * not goes to Crossref or the Anthology. The arXiv error stays only while an
 * arXiv id is still unanswered. `url:` keys are never looked up.
 */
export function lookupElsewhereToo(
  lookup: (ids: string[]) => ArxivLookup,
  scholarly: ScholarlySources,
): (ids: string[]) => MixedLookup {
  return ids => {
    const arxivIds = ids.filter(isArxivEntryId);
    const refs: RefMatch[] = [];
    for (const key of ids) {
      const ref = refOfEntryId(key);
      if (ref && ref.kind !== 'url') {
        refs.push({kind: ref.kind, id: ref.id, input: key, index: 0});
      }
    }
    const answer: ArxivLookup = arxivIds.length
      ? lookup(arxivIds)
      : {papers: {}, missing: []};
    const missing = new Set(answer.missing);
    const unanswered =
      answer.error === BUSY
        ? []
        : arxivIds.filter(id => !answer.papers[id] && !missing.has(id));
    if (!unanswered.length && !refs.length) return answer;
    const found = resolveElsewhere(unanswered, refs, scholarly);
    const papers = {...answer.papers};
    for (const id of Object.keys(found.arxiv)) {
      papers[id] = asPaper(found.arxiv[id], id);
    }
    const errors: Record<string, string> = {};
    const notFound = [...answer.missing];
    found.refItems.forEach((item, i) => {
      const key = refs[i].input;
      if (item.status === 'ready' && item.paper) papers[key] = item.paper;
      else if (item.status === 'not_found') notFound.push(key);
      else errors[key] = item.message ?? 'The paper could not be looked up.';
    });
    const result: MixedLookup = {papers, missing: notFound, errors};
    if (answer.error && unanswered.some(id => !papers[id])) {
      result.error = answer.error;
    }
    return result;
  };
}

/** Letters and digits only, lower case: a typed title and Semantic Scholar's must agree on these. */
function titleKey(title: string): string {
  return title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Finds the paper a typed title names, by Semantic Scholar's title match;
 * only a match with the same title (letters and digits) counts, so a near
 * title never files another paper. Null when none, or the service failed
 * (the link is then filed with the typed title). Never throws.
 */
export function titleMatcher(
  scholarly: Pick<ScholarlyClient, 'titleMatch'>,
): (title: string) => Paper | null {
  return title => {
    const answer = scholarly.titleMatch(title);
    if (!('found' in answer)) return null;
    const paper = answer.found;
    if (titleKey(paper.title) !== titleKey(title)) return null;
    const id = canonicalId(paper, {kind: 's2', id: paper.s2Id ?? ''});
    return id === 's2:' ? null : asPaper(paper, id);
  };
}
