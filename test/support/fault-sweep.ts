// The fault sweep's harness: one operation cut at a DocumentApp call, then later runs of each kind of execution.
import type {Block} from '../../src/core/doc-model';
import type {BundleFunctions, Env, FetchHandler} from '../../emulator';
import {loadDist} from './dist-bundle';

/** The kinds of execution that run after the cut one. */
export const KINDS = ['menu', 'sidebar', 'trigger', 'second user'] as const;
export type Kind = (typeof KINDS)[number];

/** The fault modes: a failure the run survives, and one that ends it (time limit, outage). */
export const MODES = [
  {name: 'one failed call', restOfExecution: false},
  {name: 'killed execution', restOfExecution: true},
] as const;

export interface Sweep {
  env: Env;
  fns: BundleFunctions;
  /** The document, every property store and every fault back to a fresh start with `doc`, the schedule on. */
  reset(doc: Block[]): void;
  /** A reorganize as the `kind` of execution runs it (the trigger: without document properties). */
  later(kind: Kind): void;
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
  /** The other user's properties, swapped in for a 'second user' run (the emulator has one user store). */
  let otherUser = new Map<string, string>();
  const swapUser = () => {
    const mine = new Map(env.properties.user.values);
    env.properties.user.values.clear();
    for (const [k, v] of otherUser) env.properties.user.values.set(k, v);
    otherUser = mine;
  };
  return {
    env,
    fns,
    reset(doc) {
      env.faults.clear();
      for (const store of ['document', 'user', 'script'] as const) {
        env.properties[store].values.clear();
      }
      for (const cache of ['document', 'user', 'script'] as const) {
        env.caches[cache].items.clear();
      }
      otherUser = new Map();
      env.triggers.length = 0;
      env.document.load({body: doc});
      env.scriptRun(fns, 'setSchedule', {enabled: true, hour: 6});
    },
    later(kind) {
      if (kind === 'trigger') {
        env.timeTrigger(fns, 'scheduledReorganize', {activeDocument: false});
      } else if (kind === 'menu') {
        env.runAs(
          {authMode: 'FULL', source: 'menu', hasActiveDocument: true},
          () => fns.reorganize(),
        );
      } else if (kind === 'sidebar') {
        env.scriptRun(fns, 'reorganize');
      } else {
        swapUser();
        try {
          env.scriptRun(fns, 'reorganize');
        } finally {
          swapUser();
        }
      }
    },
    body: () => env.document.toJSON().body,
    documentCalls: () =>
      Object.entries(env.calls.byMethod())
        .filter(([method]) => method.startsWith('DocumentApp.'))
        .reduce((sum, [, n]) => sum + n, 0),
  };
}

/** Up to `most` call numbers spread over 1..total, the first and the last included. */
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
): {trials: number; misses: Miss[]} {
  const expected = new Map<Kind, string>();
  h.env.faults.clear();
  setup();
  h.env.calls.reset();
  op();
  const calls = h.documentCalls();
  for (const kind of kinds) {
    setup();
    op();
    h.later(kind);
    attempt(op);
    h.later(kind);
    expected.set(kind, JSON.stringify(h.body()));
  }
  let trials = 0;
  const misses: Miss[] = [];
  for (const mode of MODES) {
    for (const n of points(calls, most)) {
      for (const kind of kinds) {
        setup();
        h.env.faults.failAt(n, {
          service: 'DocumentApp',
          restOfExecution: mode.restOfExecution,
        });
        attempt(op);
        h.env.faults.clear();
        attempt(() => h.later(kind));
        attempt(op);
        attempt(() => h.later(kind));
        trials++;
        if (JSON.stringify(h.body()) !== expected.get(kind)) {
          misses.push({op: name, mode: mode.name, n, kind});
        }
      }
    }
  }
  return {trials, misses};
}
