// The ports the use cases need from the outside world; src/gas implements them over Apps Script.
import type {Block, BlockSummary} from '../../core/doc-model';
import type {XmlElementLike} from '../../core/xml-element';

/** The open document's body, as far as Paper Haul reads and writes it. */
export interface DocumentPort {
  /** One pass over the body: a summary per child, in order. */
  read(): BlockSummary[];
  /**
   * Summaries of just these children, their links not read (empty), for
   * checking a few neighbours cheaply; indices past the end are left out.
   */
  readAt?(indices: number[]): BlockSummary[];
  /**
   * True when the live document is, block for block, `blocks`, the very
   * array the last read() returned: asked of the document itself now (its
   * revision equal to the one that read was of) and nothing written since.
   * False when the port cannot tell; absent in test doubles.
   */
  liveIsRead?(blocks: BlockSummary[]): boolean;
  /**
   * The read the cache last kept of this tab, without asking the document
   * whether it is still at that read's revision (no document read), or null
   * (no cache, nothing kept, or this execution wrote). Only for planning:
   * the caller proves it with liveIsRead before it writes or answers from
   * it, else reads afresh with read(). Absent in test doubles.
   */
  readUnproven?(): BlockSummary[] | null;
  /** Inserts the blocks so that the first stands at `index` (0..length). */
  insertBlocks(index: number, blocks: Block[]): void;
  /**
   * Moves body children [from, from + count) to stand just before the child
   * now at `before` (`before` = length appends), by copy, insert, remove.
   * `before` is never inside [from, from + count]. Docs cannot remove the
   * body's final paragraph, so a range that ends the body and moves back
   * (`from + count === length`, `before < from`) is moved as the blocks in
   * between, [before, from), going to the end: the same order, and the final
   * paragraph stays. Blocks that go to the end pass through it one at a time,
   * and Docs adds a paragraph after a table that ends the body: callers move
   * no table there.
   */
  moveRange(from: number, count: number, before: number): void;
  /** Removes body children [from, from + count). */
  removeRange(from: number, count: number): void;
  /**
   * Replaces body children [index, index + count) with `blocks` as one
   * write an interruption cannot leave half done (the next run finishes
   * it); absent in test doubles, which insert and then remove.
   */
  replaceBlocks?(index: number, count: number, blocks: Block[]): void;
  /** Selects the child at `index` in the user's view and scrolls to it. */
  select(index: number): void;
  /** Saves pending edits ("Too many changes applied before saving"). */
  flush(): void;
  /** The document's id (stored so a time trigger can reopen it). */
  id(): string;
  /**
   * Finishes a move or insert an earlier, interrupted run left half done
   * (blocks standing twice, an entry without its notes), so the document is
   * as if it had not stopped. Call under the lock before reading. Null when
   * there was nothing to finish.
   */
  recover?(): RecoveredWrite | null;
  /** How the last read() got the body, and why it fell back (for the sidebar); absent in test doubles. */
  readSource?(): ReadSource;
}

/** What DocumentPort.recover found and did. */
export interface RecoveredWrite {
  /** For the user: what was finished, or where to look. */
  message: string;
  /** Where an insert it finished now stands: its blocks [start, start + count). */
  finished?: {start: number; count: number};
}

/** Where read() took the body from: one Docs API call, or DocumentApp's pass (with the reason it fell back). */
export interface ReadSource {
  via: 'docs-api' | 'document-app';
  fallbackReason?: string;
  /** True when the read came from the cache, the document's revision unchanged since it was read (issue 27). */
  cached?: boolean;
}

export interface HttpRequest {
  url: string;
  method: 'get' | 'post';
  /** Form-encoded body for POST. */
  payload?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

export interface HttpResponse {
  status: number;
  /** Body decoded as UTF-8. */
  body: string;
  headers: Record<string, string>;
}

/** HTTP without exceptions for status codes; throws only when no answer came (timeout, DNS). */
export interface HttpPort {
  fetch(request: HttpRequest): HttpResponse;
}

/** A string store: script/document properties. */
export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  delete(key: string): void;
}

/** An expiring string cache (CacheService). */
export interface CachePort {
  getAll(keys: string[]): Record<string, string>;
  putAll(values: Record<string, string>, ttlSeconds: number): void;
}

/** Wall-clock time and blocking waits (Date.now and Utilities.sleep in Apps Script). */
export interface ClockPort {
  now(): number;
  sleep(ms: number): void;
}

/** The document lock. */
export interface LockPort {
  /** Waits up to `timeoutMs`; false when another execution still holds the lock. */
  tryLock(timeoutMs: number): boolean;
  release(): void;
}

export interface XmlParserPort {
  /** The root element; throws on text that is not XML. */
  parse(xml: string): XmlElementLike;
}

/** Installable triggers of this user and document. */
export interface TriggerPort {
  list(): {id: string; handler: string}[];
  /** A daily trigger at `hour` in `timeZone` (an IANA name), or in the script's time zone without one. */
  createDaily(handler: string, hour: number, timeZone?: string): string;
  remove(id: string): void;
}
