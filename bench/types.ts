// The bench's result shapes: what measuring produces and reporting reads (also the layout of bench/results.json).
import type {BundlePart} from './bundle-composition';
import type {CallSummary, Timing} from './measure';

/** One measured server call (or the error it ended with). */
export interface OpResult {
  op: string;
  entries: number | null;
  /** Body children of the document before the call. */
  blocks?: number;
  status: 'ok' | 'error';
  note?: string;
  calls?: CallSummary;
  wallMs?: number;
  arxiv?: {
    requests: number;
    virtualSeconds: number;
    idsPerRequest: number[];
    /** Shortest virtual time between two requests (arXiv asks for 3 s); null with fewer than two. */
    minGapSeconds: number | null;
  };
  detail?: Record<string, unknown>;
}

/** How an action read the body: one Documents.get (falling back when it must), or today's DocumentApp pass. */
export type ReadPath = 'docs-api' | 'document-app';

/** One action on one doc and read path, with the modelled cost of its service calls. */
export interface ActionCost {
  action: string;
  path: ReadPath;
  entries: number;
  blocks: number;
  /** Characters of the document (Google's limit is about 1,020,000). */
  characters: number;
  status: 'ok' | 'error';
  note?: string;
  documentAppReads: number;
  docsApiReads: number;
  writes: number;
  /** All service calls (other services included). */
  calls: number;
  /** getActiveDocument / openById among the DocumentApp reads: opening the document, not reading it. */
  opens: number;
  /** Bytes Documents.get returned. */
  docsApiBytes: number;
  /** Virtual seconds the calls cost under the latency model (arXiv waits left out). */
  estimatedSeconds: number;
  /** Why the read fell back to DocumentApp on the Docs API path, when it did. */
  fallbackReason?: string;
  /** How the open tab was read afterwards (getDocumentStatus), shown for the tabbed doc's rows. */
  readVia?: string;
}

/** One user action (several server calls) on one doc, cold or warm, on the cached path or the path before it (issue 27 item 6). */
export interface UserActionCost {
  action: string;
  entries: number;
  blocks: number;
  characters: number;
  /** 'cached': today's (the cached read, Find in the page); 'before issue 27': every call reads the body, Find asks the server per key. */
  route: 'cached' | 'before issue 27';
  /** Cold: nothing cached for the doc; warm: the doc unchanged since the sidebar last read it. */
  warmth: 'cold' | 'warm';
  status: 'ok' | 'error';
  note?: string;
  /** Server functions the action ran (google.script.run round trips). */
  serverCalls: number;
  /** All service calls of those executions. */
  calls: number;
  docsApiReads: number;
  docsApiBytes: number;
  /** Virtual seconds under the cost model (arXiv waits left out). */
  estimatedSeconds: number;
  /** Find in the page: the slowest of the 10 keystrokes, median ms (cached route only). */
  pageMsPerKeystroke?: number;
  /** Find in the page: preparing the index once it arrives (before the first key), median ms (cached route only). */
  pageMsIndexPrepare?: number;
}

export interface CoreResult {
  name: string;
  status: 'ok' | 'error';
  note?: string;
  timing?: Timing;
  /** Counted in the 100 ms target (the pure-core timings the issue names). */
  targeted: boolean;
}

export interface TargetResult {
  target: string;
  measured: string;
  met: boolean | null;
}

/** The latency model the action costs ran under. */
export interface CostModel {
  /** Virtual ms of every service call (DocumentApp, Docs, ...). */
  callLatencyMs: number;
  /** Virtual ms per byte of a Documents.get answer, on top of its call latency. */
  docsApiMsPerByte: number;
}

export interface Results {
  generatedAt: string;
  machine: {node: string; cpus: number; cpuModel: string};
  sizes: number[];
  /** The most entries of the generated format that fit in one Google Doc, and their characters. */
  largestRealistic: {
    entries: number;
    characters: number;
    charactersPerEntry: number;
  };
  costModel: CostModel;
  bundle: {
    codeBytes?: number;
    pages: Record<string, number>;
    loadMs?: Timing;
    /** The largest contributors to dist/Code.js. */
    parts?: BundlePart[];
    note?: string;
  };
  operations: OpResult[];
  actionCosts: ActionCost[];
  /** Issue 27 item 6: per user action, cold and warm, against the path before the cached read. */
  userActions?: UserActionCost[];
  /** Service calls each action adds per extra block as a seed-like doc grows (Docs API path). */
  growth: {
    action: string;
    fromBlocks: number;
    toBlocks: number;
    callsPerBlock: number;
  }[];
  core: CoreResult[];
  targets: TargetResult[];
  totalSeconds?: number;
}
