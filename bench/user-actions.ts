// Per user action (issue 27 item 6): a haul of 20, a Find session of 10 keystrokes, an undo, a reorganize, cold and warm, against the path before the cached read.
import {performance} from 'node:perf_hooks';
import type {DocJson} from '../src/core/doc-model';
import {prepareTabs, searchPreparedTabs} from '../src/core/search-tabs';
import type {PreviewResult} from '../src/core/types';
import type {FindIndex} from '../src/server/main';
import {COST_MODEL, characters, startMeter} from './action-costs';
import {
  chooseSections,
  firstLine,
  freshIds,
  openProject,
  pasteOf,
  type Project,
} from './project';
import type {UserActionCost} from './types';

export const USER_ACTIONS = [
  'find, 10 keystrokes',
  'haul of 20 (preview + insert)',
  'undo the haul',
  'reorganize (apply, tidy doc)',
] as const;
type UserAction = (typeof USER_ACTIONS)[number];

/** The query typed one key at a time: the sidebar searched after each (200 ms debounce aside). */
const TYPED = 'robustness';
/** Page-time runs of the 10 keystrokes after one warm-up, for a median per keystroke. */
const PAGE_RUNS = 5;

/** One server call of an action, given what the calls before it answered. */
type Step = (project: Project, answers: unknown[]) => unknown;

const previewStep =
  (ids: string[]): Step =>
  ({env, fns}) =>
    env.scriptRun(fns, 'previewPapers', pasteOf(ids));
const insertStep =
  (ids: string[]): Step =>
  ({env, fns}, answers) => {
    const preview = answers[answers.length - 1] as PreviewResult;
    const sections = chooseSections(preview, ids);
    return env.scriptRun(
      fns,
      'insertPapers',
      ids.map((id, i) => ({id, section: sections[i]})),
    );
  };
const call =
  (name: string, ...args: unknown[]): Step =>
  ({env, fns}) =>
    env.scriptRun(fns, name, ...args);

/** What was measured over one action's server calls: the report's figures, and the answers for the next steps. */
type Measured = Pick<
  UserActionCost,
  | 'status'
  | 'note'
  | 'serverCalls'
  | 'calls'
  | 'docsApiReads'
  | 'docsApiBytes'
  | 'estimatedSeconds'
> & {answers: unknown[]};

/**
 * Runs the steps as one user action and totals their service calls, Docs
 * API bytes and modelled seconds (arXiv's spacing left out). `uncached`
 * empties the document cache before every call: each then reads the whole
 * body, as every action did before issue 27's cached read.
 */
function measureSteps(
  project: Project,
  steps: Step[],
  uncached: boolean,
): Measured {
  const {env} = project;
  const meter = startMeter(project);
  const answers: unknown[] = [];
  let status: Measured['status'] = 'ok';
  let note: string | undefined;
  try {
    for (const step of steps) {
      if (uncached) env.caches.document.items.clear();
      answers.push(step(project, answers));
    }
  } catch (err) {
    status = 'error';
    note = firstLine(err);
  }
  let calls = 0;
  let docsApiReads = 0;
  for (const [method, count] of Object.entries(env.calls.byMethod())) {
    calls += count;
    if (method.startsWith('Docs.')) docsApiReads += count;
  }
  return {
    status,
    ...(note ? {note} : {}),
    serverCalls: answers.length + (status === 'error' ? 1 : 0),
    calls,
    docsApiReads,
    ...meter(),
    answers,
  };
}

/**
 * The page's Find figures, as the sidebar runs it (src/ui/lib/find-index.ts)
 * over the index as the page receives it (a JSON copy): the index prepared
 * once when it arrives, then the slowest keystroke over that preparation.
 * Each a median over PAGE_RUNS sessions after a warm-up.
 */
function pageFind(index: FindIndex): {
  pageMsPerKeystroke: number;
  pageMsIndexPrepare: number;
} {
  const copy = JSON.parse(JSON.stringify(index)) as FindIndex;
  const keys = Array.from({length: TYPED.length}, (_, i) =>
    TYPED.slice(0, i + 1),
  );
  const now = new Date();
  const samples: number[][] = keys.map(() => []);
  const prepares: number[] = [];
  const median = (s: number[]) =>
    s.sort((a, b) => a - b)[Math.floor(s.length / 2)];
  for (let run = 0; run <= PAGE_RUNS; run++) {
    const p0 = performance.now();
    const prepared = prepareTabs(copy.tabs, copy.papers);
    if (run > 0) prepares.push(performance.now() - p0);
    keys.forEach((query, k) => {
      const t0 = performance.now();
      searchPreparedTabs(prepared, query, now);
      if (run > 0) samples[k].push(performance.now() - t0);
    });
  }
  return {
    pageMsPerKeystroke: Math.max(...samples.map(median)),
    pageMsIndexPrepare: median(prepares),
  };
}

/** The steps of each action: on the cached path Find loads the index once and answers keys in the page. */
function stepsOf(action: UserAction, uncached: boolean, ids: string[]): Step[] {
  switch (action) {
    case 'haul of 20 (preview + insert)':
      return [previewStep(ids), insertStep(ids)];
    case 'find, 10 keystrokes':
      return uncached
        ? Array.from({length: TYPED.length}, (_, i) =>
            call('findPapers', TYPED.slice(0, i + 1)),
          )
        : [call('getFindIndex')];
    case 'undo the haul':
      return [call('undoLastHaul')];
    case 'reorganize (apply, tidy doc)':
      return [call('reorganize', {dryRun: false})];
  }
}

/**
 * One route through every action on a fresh project: the haul comes before
 * the undo, which removes it. Cold: the document cache emptied before the
 * action (its first read reads the body); warm: one unmeasured getLibrary
 * just before it (the sidebar shown on the unchanged doc), so the cache
 * holds the current revision. Before issue 27 (`uncached`) there is no
 * warm: every call reads the body.
 */
function measureRoute(
  code: string,
  doc: DocJson,
  entries: number,
  route: UserActionCost['route'],
  warmth: UserActionCost['warmth'],
): UserActionCost[] {
  const project = openProject(code, doc, {cost: COST_MODEL});
  const {env, fns} = project;
  const uncached = route === 'before issue 27';
  const ids = freshIds(20, 6000);
  const base = {
    entries,
    blocks: doc.body.length,
    characters: characters(doc),
    route,
    warmth,
  };
  return USER_ACTIONS.map(action => {
    if (!uncached) {
      if (warmth === 'warm') env.scriptRun(fns, 'getLibrary');
      else env.caches.document.items.clear();
    }
    const measured = measureSteps(
      project,
      stepsOf(action, uncached, ids),
      uncached,
    );
    const row: UserActionCost = {
      action,
      ...base,
      status: measured.status,
      ...(measured.note ? {note: measured.note} : {}),
      serverCalls: measured.serverCalls,
      calls: measured.calls,
      docsApiReads: measured.docsApiReads,
      docsApiBytes: measured.docsApiBytes,
      estimatedSeconds: measured.estimatedSeconds,
    };
    if (
      action === 'find, 10 keystrokes' &&
      !uncached &&
      measured.status === 'ok'
    ) {
      Object.assign(row, pageFind(measured.answers[0] as FindIndex));
    }
    return row;
  });
}

/** Every user action on one doc: cold and warm on today's cached path, and the path before issue 27 once. */
export function measureUserActions(
  code: string,
  doc: DocJson,
  entries: number,
): UserActionCost[] {
  return [
    ...measureRoute(code, doc, entries, 'cached', 'cold'),
    ...measureRoute(code, doc, entries, 'cached', 'warm'),
    ...measureRoute(code, doc, entries, 'before issue 27', 'cold'),
  ];
}
