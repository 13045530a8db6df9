// How the bench counts: emulated service calls sorted into document reads and writes, and wall time taken robustly.
import {performance} from 'node:perf_hooks';

export type CallKind = 'read' | 'write' | 'ui' | 'other';

const READ_VERBS = /^(get|is|find)/;
const WRITE_VERBS = /^(insert|append|set|remove|copy|merge|clear|replace)/;
// Menus and dialogs reached through DocumentApp.getUi() are not the document.
const UI_CLASSES = new Set(['Ui', 'Menu', 'HtmlOutput', 'HtmlService']);

/**
 * Sorts one emulated call ("DocumentApp.Body.getChild") by its method name:
 * get/is/find read the document; insert/append/set/remove/copy/merge (and
 * clear, replace) write it. Calls to other services and to the UI are
 * counted apart, since neither touches the document.
 */
export function classifyCall(method: string): CallKind {
  const parts = method.split('.');
  const name = parts[parts.length - 1];
  if (parts[0] !== 'DocumentApp') return 'other';
  if (name === 'getUi' || parts.slice(1, -1).some(p => UI_CLASSES.has(p))) {
    return 'ui';
  }
  if (READ_VERBS.test(name)) return 'read';
  if (WRITE_VERBS.test(name)) return 'write';
  return 'other';
}

/** One operation's service calls, totalled and split by kind. */
export interface CallSummary {
  total: number;
  reads: number;
  writes: number;
  /** Document reads per method, to tell one pass over the body from several. */
  readsByMethod: Record<string, number>;
  writesByMethod: Record<string, number>;
  /** The methods called most, as [method, count]. */
  top: [string, number][];
}

/** Sums a `calls.byMethod()` record into totals, reads, writes and the top methods. */
export function summarizeCalls(
  byMethod: Record<string, number>,
  topCount = 4,
): CallSummary {
  const summary: CallSummary = {
    total: 0,
    reads: 0,
    writes: 0,
    readsByMethod: {},
    writesByMethod: {},
    top: [],
  };
  for (const [method, count] of Object.entries(byMethod)) {
    summary.total += count;
    const kind = classifyCall(method);
    if (kind === 'read') {
      summary.reads += count;
      summary.readsByMethod[method] = count;
    } else if (kind === 'write') {
      summary.writes += count;
      summary.writesByMethod[method] = count;
    }
  }
  summary.top = Object.entries(byMethod)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, topCount);
  return summary;
}

// The calls that step from one body child to another; each returns one child.
const CHILD_VISITS = /\.(getChild|getNextSibling|getPreviousSibling)$/;

/**
 * How many times the execution fetched a body child (getChild and sibling
 * steps). At most the number of body children means one pass over the body:
 * several reads per child (text, heading, each link) are still that one pass.
 */
export function childVisits(summary: CallSummary): number {
  let visits = 0;
  for (const [method, count] of Object.entries(summary.readsByMethod)) {
    if (CHILD_VISITS.test(method)) visits += count;
  }
  return visits;
}

/** Wall time of a function: median and fastest of several runs after a warm-up. */
export interface Timing {
  medianMs: number;
  minMs: number;
  runs: number;
}

/**
 * Times `fn` after one warm-up run (so the JIT has compiled it), repeating
 * until `minRuns` runs and `budgetMs` of measuring have both passed, or
 * `maxRuns` is reached. The median resists the odd GC pause on a shared
 * machine; the minimum shows the cost without interference.
 */
export function timeIt(
  fn: () => unknown,
  options: {minRuns?: number; maxRuns?: number; budgetMs?: number} = {},
): Timing {
  const minRuns = options.minRuns ?? 5;
  const maxRuns = options.maxRuns ?? 50;
  const budgetMs = options.budgetMs ?? 300;
  fn();
  const samples: number[] = [];
  const started = performance.now();
  while (
    samples.length < maxRuns &&
    (samples.length < minRuns || performance.now() - started < budgetMs)
  ) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return {
    medianMs: samples[Math.floor(samples.length / 2)],
    minMs: samples[0],
    runs: samples.length,
  };
}

/** Milliseconds one call of `fn` takes, with its result. */
export function timeOnce<T>(fn: () => T): {result: T; ms: number} {
  const t0 = performance.now();
  const result = fn();
  return {result, ms: performance.now() - t0};
}
