// Turns a DocJson (the samples', the emulator's) into the BlockSummary[] the outline reads.
import type {BlockSummary, DocJson} from './doc-model';
import {summarizeBlocks} from './outline';

/**
 * The block summaries of a whole DocJson body, indexed from 0, as
 * DocumentPort.read would return them for the same document.
 */
export function summarizeDocJson(doc: DocJson): BlockSummary[] {
  return summarizeBlocks(doc.body);
}
