// The tests' Semantic Scholar, Crossref and ACL Anthology stand-in: the shared replay (samples/scholarly-replay.ts), with arXiv ids answered from the recorded arXiv feeds.
import * as path from 'node:path';
import {parseArxivId} from '../../src/core/arxiv-id';
import {
  scholarlyReplay as sharedReplay,
  type ReplayReply,
  type ScholarlyReplay,
} from '../../samples/scholarly-replay';
import {arxivReplay} from './arxiv-replay';

export {
  S2_TOO_MANY_REQUESTS,
  type ScholarlyReplay,
} from '../../samples/scholarly-replay';

/** The recorded feeds' Atom entries by arXiv id (and the sample doc's papers). */
function arxivEntries(): Map<string, string> {
  const replay = arxivReplay();
  const entries = new Map<string, string>();
  const all = [...replay.ids, ...replay.sampleIds];
  const body = replay.handle({
    url: `https://export.arxiv.org/api/query?id_list=${all.join(',')}&max_results=${all.length}`,
    method: 'get',
  }).body;
  for (const entry of body.match(/<entry>[\s\S]*?<\/entry>/g) ?? []) {
    const id = /<id>\s*https?:\/\/arxiv\.org\/abs\/([^<\s]+)\s*<\/id>/.exec(
      entry,
    );
    const parsed = id ? parseArxivId(id[1]) : null;
    if (parsed && 'id' in parsed) entries.set(parsed.id, entry);
  }
  return entries;
}

/**
 * The three services as the recordings answer them (see the shared
 * replay), Semantic Scholar knowing the papers of the recorded arXiv feeds.
 * `s2` overrides Semantic Scholar's answer while it returns a reply.
 */
export function scholarlyReplay(
  options: {s2?: (ids: string[]) => ReplayReply | undefined} = {},
): ScholarlyReplay {
  const entries = arxivEntries();
  return sharedReplay({
    ...options,
    arxivEntry: id => entries.get(id),
    // From this file's folder: the playground bundles this file, so the shared module's own __dirname is this one's.
    dir: path.join(__dirname, '../fixtures/scholarly'),
  });
}
