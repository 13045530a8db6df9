// Stale positions: before each write, the blocks around the insert point must still read as the insert's own copy says.
import type {BlockSummary} from '../../core/doc-model';
import type {DocumentPort} from '../shared/ports';

/** What must match for a neighbour to count as unchanged (links are left out: Docs may split their runs). */
function sameBlock(a: BlockSummary, b: BlockSummary): boolean {
  return (
    a.kind === b.kind &&
    a.heading === b.heading &&
    a.text === b.text &&
    (a.nesting ?? 0) === (b.nesting ?? 0)
  );
}

/**
 * True when the blocks just before and at `index` still read as `blocks`
 * (the copy the insert planned on) says: a collaborator's edit while arXiv
 * was answering would otherwise put the new entry between another paper and
 * its gist. Asks the port whether the live document is still the read
 * `blocks` came from (one revision read, before this execution writes);
 * else reads two children when the port can (`readAt`), else the body.
 */
export function neighboursUnchanged(
  document: DocumentPort,
  blocks: BlockSummary[],
  index: number,
): boolean {
  // One revision read proves every block, neighbours included, unchanged since the read planned on (issue 27).
  if (document.liveIsRead?.(blocks)) return true;
  const wanted = [index - 1, index].filter(i => i >= 0 && i < blocks.length);
  const now = document.readAt
    ? document.readAt(wanted)
    : document.read().filter(b => wanted.includes(b.index));
  return (
    now.length === wanted.length &&
    wanted.every((i, k) => now[k].index === i && sameBlock(now[k], blocks[i]))
  );
}
