// Per action (preview, insert, search, reorganize) and read path: DocumentApp reads, Docs API reads, writes, bytes, and modelled seconds.
import {generateDoc} from '../samples/generate-doc';
import {
  isTabbed,
  type AnyDocJson,
  type Block,
  type DocJson,
  type TabbedDocJson,
} from '../src/core/doc-model';
import {DOC_CHARACTER_LIMIT, documentCharacters} from '../src/core/doc-size';
import {summarizeBlocks} from '../src/core/outline';
import type {PreviewResult} from '../src/core/types';
import {classifyCall} from './measure';
import {
  chooseSections,
  firstLine,
  freshIds,
  openProject,
  pasteOf,
  type Project,
} from './project';
import type {ActionCost, CostModel, ReadPath, Results} from './types';

/**
 * The latency model: 0.2 ms per service call (within public reports of
 * 0.05 to 1 ms per DocumentApp call), and for Documents.get 1 ms per KB
 * returned on top (about 1 MB/s of JSON from the REST API: an assumption,
 * no published figure; Body.getText() is priced as one call whatever its
 * length, which flatters both paths alike).
 */
export const COST_MODEL: CostModel = {
  callLatencyMs: 0.2,
  docsApiMsPerByte: 0.001,
};

export const ACTIONS = ['preview', 'insert', 'search', 'reorganize'] as const;
/**
 * Issue 27's cold and warm, on the Docs API path only: "insert" is warm (the
 * preview just before it left its read in the cache), "insert (cold)" the
 * same haul with the cache emptied between (as every haul read before the
 * cache); "preview (warm)" and "search (warm)" follow one unmeasured
 * preview or search of the unchanged doc. The other actions are cold.
 */
export const WARM_ACTIONS = [
  'insert (cold)',
  'preview (warm)',
  'search (warm)',
] as const;
type Action = (typeof ACTIONS)[number] | (typeof WARM_ACTIONS)[number];
const PATHS: ReadPath[] = ['docs-api', 'document-app'];
/** Block counts of the seed-like docs the growth criterion compares (issue 12). */
const GROWTH_BLOCKS = [72, 1155];

export function characters(doc: DocJson): number {
  return documentCharacters(summarizeBlocks(doc.body));
}

/**
 * The most entries (a multiple of 100) of the generated format, with gists
 * and first abstract sentences, that fit under Google Docs' character limit.
 */
export function largestRealistic(seed: number): Results['largestRealistic'] {
  const probe = 1000;
  const perEntry = characters(generateDoc(probe, {seed})) / probe;
  let entries = Math.floor(DOC_CHARACTER_LIMIT / perEntry / 100) * 100;
  while (characters(generateDoc(entries, {seed})) > DOC_CHARACTER_LIMIT) {
    entries -= 100;
  }
  const size = characters(generateDoc(entries, {seed}));
  return {
    entries,
    characters: size,
    charactersPerEntry: Math.round((size / entries) * 10) / 10,
  };
}

/** Runs the action's server call(s) in `project`; a preview before an insert is setup, not measured. */
function prepare(project: Project, action: Action): () => unknown {
  const {env, fns} = project;
  const ids = freshIds(1, 9000);
  if (action === 'preview') {
    return () =>
      env.scriptRun(fns, 'previewPapers', pasteOf(freshIds(20, 8000)));
  }
  if (action === 'preview (warm)') {
    env.scriptRun(fns, 'previewPapers', pasteOf(freshIds(20, 7000)));
    return () =>
      env.scriptRun(fns, 'previewPapers', pasteOf(freshIds(20, 8000)));
  }
  if (action === 'search')
    return () => env.scriptRun(fns, 'searchEntries', 'adversarial robustness');
  if (action === 'search (warm)') {
    env.scriptRun(fns, 'searchEntries', 'graph neural networks');
    return () => env.scriptRun(fns, 'searchEntries', 'adversarial robustness');
  }
  if (action === 'reorganize')
    return () => env.scriptRun(fns, 'reorganize', {dryRun: false});
  const preview = env.scriptRun(
    fns,
    'previewPapers',
    pasteOf(ids),
  ) as PreviewResult;
  const [section] = chooseSections(preview, ids);
  if (action === 'insert (cold)') env.caches.document.items.clear();
  return () => env.scriptRun(fns, 'insertPapers', [{id: ids[0], section}]);
}

/** The body of the tab with this id, at any depth. */
function tabBody(
  tabs: TabbedDocJson['tabs'] | undefined,
  tabId: string,
): Block[] | null {
  for (const tab of tabs ?? []) {
    if (tab.tabId === tabId) return tab.body;
    const child = tabBody(tab.childTabs, tabId);
    if (child) return child;
  }
  return null;
}

/** The body the user has open: the doc's, or in a tabbed doc the open tab's (the first without one). */
function openBody(doc: AnyDocJson, activeTabId?: string): Block[] {
  if (!isTabbed(doc)) return doc.body;
  return (
    (activeTabId ? tabBody(doc.tabs, activeTabId) : null) ?? doc.tabs[0].body
  );
}

/**
 * Resets the call counts and marks the Docs API log, the virtual clock and
 * the sleeps; the meter it returns gives the Docs API bytes and the modelled
 * seconds since (sleeps, arXiv's spacing, left out).
 */
export function startMeter(
  project: Project,
): () => {docsApiBytes: number; estimatedSeconds: number} {
  const {env} = project;
  env.calls.reset();
  const logBefore = env.docsApiLog.length;
  const clockBefore = env.clock.now();
  const sleptBefore = project.sleptMs();
  return () => ({
    docsApiBytes: env.docsApiLog
      .slice(logBefore)
      .reduce((sum, entry) => sum + entry.bytes, 0),
    estimatedSeconds:
      (env.clock.now() - clockBefore - (project.sleptMs() - sleptBefore)) /
      1000,
  });
}

/**
 * One action on a fresh project reading through `path`, under COST_MODEL;
 * in a tabbed doc with `activeTabId` open, named `label`, saying which way
 * the read went.
 */
export function measureAction(
  code: string,
  doc: AnyDocJson,
  entries: number,
  action: Action,
  path: ReadPath,
  options: {activeTabId?: string; label?: string} = {},
): ActionCost {
  const project = openProject(code, doc, {
    readPath: path,
    cost: COST_MODEL,
    activeTabId: options.activeTabId,
  });
  const {env} = project;
  const body = openBody(doc, options.activeTabId);
  const base = {
    action: options.label ?? action,
    path,
    entries,
    blocks: body.length,
    // A table of contents (the emulator's own block) is not in the DocJson contract the size is counted by.
    characters: characters({
      body: body.filter(b => (b as {type: string}).type !== 'tableOfContents'),
    }),
  };
  const run = prepare(project, action);
  const meter = startMeter(project);
  let status: ActionCost['status'] = 'ok';
  let note: string | undefined;
  try {
    run();
  } catch (err) {
    status = 'error';
    note = firstLine(err);
  }
  const cost = {
    ...base,
    status,
    ...(note ? {note} : {}),
    documentAppReads: 0,
    docsApiReads: 0,
    writes: 0,
    calls: 0,
    opens: 0,
    ...meter(),
  };
  for (const [method, count] of Object.entries(env.calls.byMethod())) {
    cost.calls += count;
    if (method.startsWith('Docs.')) cost.docsApiReads += count;
    if (/^DocumentApp\.(getActiveDocument|openById)$/.test(method)) {
      cost.opens += count;
    }
    const kind = classifyCall(method);
    if (kind === 'read') cost.documentAppReads += count;
    else if (kind === 'write') cost.writes += count;
  }
  if (path === 'docs-api') {
    const status = env.scriptRun(project.fns, 'getDocumentStatus') as {
      readVia?: string;
      readFallbackReason?: string;
    };
    const via =
      options.label && status.readVia ? {readVia: status.readVia} : {};
    if (status.readFallbackReason) {
      return {...cost, ...via, fallbackReason: status.readFallbackReason};
    }
    return {...cost, ...via};
  }
  return cost;
}

/** Every action on both read paths for one doc. */
export function measureActionCosts(
  code: string,
  doc: DocJson,
  entries: number,
): ActionCost[] {
  return [
    ...ACTIONS.flatMap(action =>
      PATHS.map(path => measureAction(code, doc, entries, action, path)),
    ),
    ...WARM_ACTIONS.map(action =>
      measureAction(code, doc, entries, action, 'docs-api'),
    ),
  ];
}

/** The generated doc whose block count is nearest `blocks`. */
function docOfBlocks(
  blocks: number,
  seed: number,
): {doc: DocJson; entries: number} {
  let best = {doc: generateDoc(1, {seed}), entries: 1};
  const guess = Math.max(1, Math.round(blocks / 2.05));
  for (let n = Math.max(1, guess - 12); n <= guess + 12; n++) {
    const doc = generateDoc(n, {seed});
    if (
      Math.abs(doc.body.length - blocks) <
      Math.abs(best.doc.body.length - blocks)
    ) {
      best = {doc, entries: n};
    }
  }
  return best;
}

/** Service calls per extra block for preview, insert and search as a seed-like doc grows from 72 to 1,155 blocks. */
export function measureGrowth(code: string, seed: number): Results['growth'] {
  const [small, big] = GROWTH_BLOCKS.map(b => docOfBlocks(b, seed));
  const out: Results['growth'] = [];
  for (const action of ['preview', 'insert', 'search'] as const) {
    for (const path of PATHS) {
      const [a, b] = [small, big].map(d =>
        measureAction(code, d.doc, d.entries, action, path),
      );
      out.push({
        action: `${action} (${path})`,
        fromBlocks: a.blocks,
        toBlocks: b.blocks,
        callsPerBlock:
          Math.round(((b.calls - a.calls) / (b.blocks - a.blocks)) * 1000) /
          1000,
      });
    }
  }
  return out;
}
