// An in-memory DocumentPort over DocJson blocks, for tests of the core and the use cases.
import type {DocumentPort} from '../../src/app/shared/ports';
import type {Block, BlockSummary} from '../../src/core/doc-model';
import {summarizeBlocks} from '../../src/core/outline';

/** DocJson blocks as DocumentPort.read summarizes them (re-exported for tests). */
export const summarize = (blocks: Block[]): BlockSummary[] =>
  summarizeBlocks(blocks);

/** A DocumentPort over an array of blocks, with the body's last-paragraph rule and call counts. */
export class MemoryDocument implements DocumentPort {
  blocks: Block[];
  selected: number | null = null;
  readonly calls: Record<string, number> = {};

  constructor(
    blocks: Block[],
    private readonly documentId = 'memory-doc',
  ) {
    this.blocks = JSON.parse(JSON.stringify(blocks));
  }

  private count(method: string): void {
    this.calls[method] = (this.calls[method] ?? 0) + 1;
  }

  read(): BlockSummary[] {
    this.count('read');
    return summarize(this.blocks);
  }

  readAt(indices: number[]): BlockSummary[] {
    this.count('readAt');
    const all = summarize(this.blocks);
    return indices
      .filter(i => i >= 0 && i < all.length)
      .map(i => ({...all[i], links: []}));
  }

  insertBlocks(index: number, blocks: Block[]): void {
    this.count('insertBlocks');
    if (index < 0 || index > this.blocks.length) {
      throw new Error(`Index ${index} is out of bounds.`);
    }
    this.blocks.splice(index, 0, ...JSON.parse(JSON.stringify(blocks)));
  }

  moveRange(from: number, count: number, before: number): void {
    this.count('moveRange');
    if (before > from && before < from + count) {
      throw new Error('Cannot move a range inside itself.');
    }
    const moved = this.blocks.slice(from, from + count);
    const rest = [
      ...this.blocks.slice(0, from),
      ...this.blocks.slice(from + count),
    ];
    const at = before > from ? before - count : before;
    rest.splice(at, 0, ...moved);
    this.blocks = rest;
  }

  removeRange(from: number, count: number): void {
    this.count('removeRange');
    if (from + count >= this.blocks.length) {
      throw new Error("Can't remove the last paragraph in a document section.");
    }
    this.blocks.splice(from, count);
  }

  select(index: number): void {
    this.count('select');
    if (index < 0 || index >= this.blocks.length) {
      throw new Error(`Index ${index} is out of bounds.`);
    }
    this.selected = index;
  }

  flush(): void {
    this.count('flush');
  }

  id(): string {
    return this.documentId;
  }
}
