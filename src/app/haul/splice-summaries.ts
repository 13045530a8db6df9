// The body summary an insert leaves, worked out without reading the document again.
import type {Block, BlockSummary} from '../../core/doc-model';
import type {BlockReadings} from '../../core/entry-head';
import {summarizeBlocks} from '../../core/outline';

/** The body summary after inserting `added` at `index`, with indices renumbered; each moved block keeps its readings. */
export function spliceSummaries(
  blocks: BlockSummary[],
  index: number,
  added: Block[],
  readings: BlockReadings,
): BlockSummary[] {
  const next = blocks.slice(0, index);
  next.push(...summarizeBlocks(added, index));
  for (let i = index; i < blocks.length; i++) {
    const copy = {...blocks[i], index: i + added.length};
    readings.carry(blocks[i], copy);
    next.push(copy);
  }
  return next;
}
