// The fault sweep's harness: one operation cut at a DocumentApp call, then later runs of each kind of execution.
import type {Block} from '../../src/core/doc-model';
import type {BundleFunctions, Env, FetchHandler} from '../../emulator';
import {loadDist} from './dist-bundle';

/** The kinds of execution that run after the cut one. */
export const KINDS = ['menu', 'sidebar', 'trigger', 'second user'] as const;
export type Kind = (typeof KINDS)[number];

/**
 * The fault modes: one DocumentApp call fails and the run goes on (or ends on
 * its own terms), or the execution is killed at that call (its time limit):
 * nothing after it is written anywhere, document, properties or cache.
 */
export const MODES = [
  {name: 'one failed call', kill: false},
  {name: 'killed execution', kill: true},
] as const;

/**
 * Virtual time between the cut run and the later ones: past the write lease
 * a killed run leaves (app/write-lease.ts: 7 min, longer than any execution),
 * as a killed run ends at its 6-minute limit and the next runs come later.
 */
export const LATER_MS = 8 * 60_000;

/** The second user of the document: a colleague who opens the same sidebar. */
export const SECOND_USER = 'colleague@example.com';

/** An execution from the sidebar (google.script.run). */
const SIDEBAR = {
  authMode: 'FULL',
  source: 'run',
  hasActiveDocument: true,
} as const;
/** An execution from the add-on's menu. */
const MENU = {
  authMode: 'FULL',
  source: 'menu',
  hasActiveDocument: true,
} as const;

export interface Sweep {
  env: Env;
  fns: BundleFunctions;
  /** The document, every property store and every fault back to a fresh start with `doc`, the schedule on. */
  reset(doc: Block[]): void;
  /**
   * A reorganize as the `kind` of execution runs it: the menu's "Reorganize
   * now" answered Yes, the sidebar's reorganize, the daily trigger (no active
   * document, so no document properties or document lock), and the sidebar's
   * reorganize of a second user (their own user properties, cache, lock, key).
   */
  later(kind: Kind): void;
  /** Server function `name` called from the sidebar, as one execution of its own. */
  run(name: string, ...args: unknown[]): unknown;
  body(): Block[];
  /** DocumentApp calls counted since the counter was reset. */
  documentCalls(): number;
}

/** Runs `fn`, which may throw when its execution fails. */
export function attempt(fn: () => unknown): unknown {
  try {
    return fn();
  } catch (err) {
    return err;
  }
}

/** One environment reused for every trial. */
export function sweepHarness(fetch?: FetchHandler): Sweep {
  const {env, fns} = loadDist({fetch});
  const run = (name: string, ...args: unknown[]) =>
    env.runAs(SIDEBAR, () => env.scriptRun(fns, name, ...args));
  const clearUser = () => {
    env.properties.user.values.clear();
    env.caches.user.items.clear();
  };
  return {
    env,
    fns,
    run,
    reset(doc) {
      env.faults.clear();
      for (const store of ['document', 'user', 'script'] as const) {
        env.properties[store].values.clear();
      }
      for (const cache of ['document', 'user', 'script'] as const) {
        env.caches[cache].items.clear();
      }
      env.asUser(SECOND_USER, clearUser);
      env.ui.answers.length = 0;
      env.triggers.length = 0;
      env.document.load({body: doc});
      run('setSchedule', {enabled: true, hour: 6});
    },
    later(kind) {
      if (kind === 'trigger') {
        env.timeTrigger(fns, 'scheduledReorganize', {activeDocument: false});
      } else if (kind === 'menu') {
        // No scripted answer: each alert gets its first button, Yes to the plan, OK to the outcome.
        env.ui.answers.length = 0;
        env.runAs(MENU, () => fns.reorganizeNow());
      } else if (kind === 'sidebar') {
        run('reorganize');
      } else {
        env.asUser(SECOND_USER, () => run('reorganize'));
      }
    },
    body: () => env.document.toJSON().body,
    documentCalls: () =>
      Object.entries(env.calls.byMethod())
        .filter(([method]) => method.startsWith('DocumentApp.'))
        .reduce((sum, [, n]) => sum + n, 0),
  };
}

/** Up to `most` call numbers spread over 1..total, the first and the last included (every one: `Infinity`). */
export function points(total: number, most: number): number[] {
  const step = Math.max(1, Math.ceil(total / most));
  const out: number[] = [];
  for (let n = 1; n <= total; n += step) out.push(n);
  if (out[out.length - 1] !== total) out.push(total);
  return out;
}

/** One failed trial: the operation, the fault and the kind run after it. */
export interface Miss {
  op: string;
  mode: string;
  n: number;
  kind: Kind;
  /** The first line that differs: the uninterrupted run's, then the swept one's. */
  line: {at: number; want: string; got: string};
}

/** The first line where two bodies differ (a line is one block: its text, heading and list nesting). */
function firstDifference(want: Block[], got: Block[]): Miss['line'] {
  const show = (b: Block | undefined) => (b ? JSON.stringify(b) : '(none)');
  for (let at = 0; at < Math.max(want.length, got.length); at++) {
    if (JSON.stringify(want[at]) !== JSON.stringify(got[at])) {
      return {at, want: show(want[at]), got: show(got[at])};
    }
  }
  return {at: -1, want: '', got: ''};
}

/** What one sweep did: its DocumentApp calls, the fault points cut (call numbers times modes), trials, misses. */
export interface SweepResult {
  op: string;
  calls: number;
  points: number;
  trials: number;
  misses: Miss[];
}

/**
 * Sweeps `op`: for each call number and kind, the operation cut there, a
 * later reorganize of that kind, the operation tried again (sidebar), the
 * later run again; against the same without the fault.
 * @returns the trials run and those whose body differed, line by line
 */
export function sweep(
  h: Sweep,
  name: string,
  setup: () => void,
  op: () => unknown,
  most: number,
  kinds: readonly Kind[] = KINDS,
): SweepResult {
  const expected = new Map<Kind, Block[]>();
  h.env.faults.clear();
  setup();
  h.env.calls.reset();
  op();
  const calls = h.documentCalls();
  for (const kind of kinds) {
    setup();
    op();
    h.env.clock.advance(LATER_MS);
    h.later(kind);
    attempt(op);
    h.later(kind);
    expected.set(kind, h.body());
  }
  let trials = 0;
  let swept = 0;
  const misses: Miss[] = [];
  for (const mode of MODES) {
    for (const n of points(calls, most)) {
      swept++;
      for (const kind of kinds) {
        setup();
        h.env.faults.failAt(n, {service: 'DocumentApp', kill: mode.kill});
        attempt(op);
        h.env.faults.clear();
        h.env.clock.advance(LATER_MS);
        attempt(() => h.later(kind));
        attempt(op);
        attempt(() => h.later(kind));
        trials++;
        const want = expected.get(kind)!;
        const got = h.body();
        if (JSON.stringify(got) !== JSON.stringify(want)) {
          const line = firstDifference(want, got);
          misses.push({op: name, mode: mode.name, n, kind, line});
        }
      }
    }
  }
  return {op: name, calls, points: swept, trials, misses};
}
