// An arXiv lookup that asks Semantic Scholar for the ids arXiv did not answer, so a card filled from it can be inserted.
import {asPaper} from '../core/scholarly';
import {BUSY, type ArxivLookup} from './arxiv-client';
import {resolveElsewhere, type ScholarlySources} from './preview-sources';

/**
 * Wraps an arXiv lookup: ids arXiv neither found nor called missing (429,
 * "Rate exceeded.", 5xx, timeout, cut short; not "busy in another
 * execution") are asked of Semantic Scholar in one batch; what it knows
 * comes back as papers (no categories). The arXiv error stays only while an
 * id is still unanswered.
 */
export function lookupElsewhereToo(
  lookup: (ids: string[]) => ArxivLookup,
  scholarly: ScholarlySources,
): (ids: string[]) => ArxivLookup {
  return ids => {
    const answer = lookup(ids);
    if (answer.error === BUSY) return answer;
    const missing = new Set(answer.missing);
    const unanswered = ids.filter(id => !answer.papers[id] && !missing.has(id));
    if (!unanswered.length) return answer;
    const found = resolveElsewhere(unanswered, [], scholarly).arxiv;
    const papers = {...answer.papers};
    for (const id of Object.keys(found)) papers[id] = asPaper(found[id], id);
    return unanswered.some(id => !papers[id])
      ? {...answer, papers}
      : {papers, missing: answer.missing};
  };
}
