// The server calls the bench runs on each doc: onOpen per AuthMode, previews, inserts, search, reorganize (tidy and shuffled).
import type {DocJson} from '../src/core/doc-model';
import type {PreviewResult, ReorganizeReport} from '../src/core/types';
import {timeIt} from './measure';
import {
  chooseSections,
  expectedMoves,
  freshIds,
  measureCall,
  openProject,
  pasteOf,
} from './project';
import type {CostModel, OpResult} from './types';

export const AUTH_MODES = ['NONE', 'LIMITED', 'FULL'];
export const SEARCH_QUERY = 'adversarial robustness';
const MAX_REORGANIZE_RUNS = 10;

/** What every operation is measured on: the built bundle, the doc, and its entry count (the report's column). */
export interface BenchDoc {
  code: string;
  doc: DocJson;
  entries: number;
}

/** The measured result without the server's answer (kept only to fill `detail`). */
function done(measured: OpResult & {result?: unknown}): OpResult {
  delete measured.result;
  return measured;
}

export function measureOnOpen({code, doc, entries}: BenchDoc): OpResult[] {
  const project = openProject(code, doc);
  const {env, fns} = project;
  return AUTH_MODES.map(mode => {
    const measured = measureCall(
      project,
      {op: `onOpen (${mode})`, entries},
      () => env.simpleTrigger(fns, 'onOpen', mode as 'NONE'),
    );
    if (measured.status === 'ok') {
      // One call is dominated by JIT warm-up; the median of repeats is the steady cost.
      measured.wallMs = timeIt(
        () => env.simpleTrigger(fns, 'onOpen', mode as 'NONE'),
        {budgetMs: 100},
      ).medianMs;
    }
    return done(measured);
  });
}

export function measurePreviews({code, doc, entries}: BenchDoc): OpResult[] {
  return [20, 250].map((count, n) => {
    const project = openProject(code, doc);
    const ids = freshIds(count, n * 1000);
    const measured = measureCall(
      project,
      {op: `previewPapers (${count} ids)`, entries},
      () => project.env.scriptRun(project.fns, 'previewPapers', pasteOf(ids)),
    );
    if (measured.status === 'ok') {
      const preview = measured.result as PreviewResult;
      const ready = preview.items.filter(i => i.status === 'ready').length;
      measured.detail = {ready, items: preview.items.length};
      if (ready !== count) measured.note = `${ready} of ${count} ready`;
    }
    return done(measured);
  });
}

/** arXiv's answer to every request in the throttled haul: 429 with the body its shared-egress users report. */
const ARXIV_THROTTLED = {status: 429, body: 'Rate exceeded.'};

/**
 * A 20-id preview while arXiv answers every request with 429: Semantic
 * Scholar's batch (the recorded replay, arXiv ids in the recorded element's
 * shape) should fill every card in one request, after arXiv's own back-off.
 * Estimated seconds: the virtual time of the call under COST_MODEL, arXiv's
 * waits included, network time not modelled.
 */
export function measureThrottledPreview(
  {code, doc, entries}: BenchDoc,
  cost: CostModel,
): OpResult {
  const project = openProject(code, doc, {arxivAnswer: ARXIV_THROTTLED, cost});
  const ids = freshIds(20, 3000);
  const s2Before = project.scholarly.requests.length;
  const measured = measureCall(
    project,
    {op: 'previewPapers (20 ids, arXiv 429)', entries},
    () => project.env.scriptRun(project.fns, 'previewPapers', pasteOf(ids)),
  );
  if (measured.status === 'ok') {
    const preview = measured.result as PreviewResult;
    const ready = preview.items.filter(i => i.status === 'ready');
    const s2 = project.scholarly.requests
      .slice(s2Before)
      .filter(r => r.host === 'api.semanticscholar.org');
    measured.detail = {
      ready: ready.length,
      items: preview.items.length,
      fromSemanticScholar: ready.filter(i => i.source === 'semanticscholar')
        .length,
      s2Requests: s2.length,
      estimatedSeconds: measured.arxiv?.virtualSeconds ?? null,
    };
    if (ready.length !== ids.length) {
      measured.note = `${ready.length} of ${ids.length} ready`;
    }
  }
  return done(measured);
}

/** Inserts 1 then 20 papers after a preview of them, as the dialog does. */
export function measureInserts({code, doc, entries}: BenchDoc): OpResult[] {
  const project = openProject(code, doc);
  const {env, fns} = project;
  const ids = freshIds(21, 5000);
  const preview = env.scriptRun(
    fns,
    'previewPapers',
    pasteOf(ids),
  ) as PreviewResult;
  const sections = chooseSections(preview, ids);
  const requests = ids.map((id, i) => ({
    id,
    section: sections[i],
    note: `Gist of ${id}: why this paper matters to me.`,
  }));
  const ops = ['insertPapers (1)', 'insertPapers (20)'];
  return [requests.slice(0, 1), requests.slice(1)].map((batch, i) => {
    const measured = measureCall(project, {op: ops[i], entries}, () =>
      env.scriptRun(fns, 'insertPapers', batch),
    );
    if (measured.status === 'ok') {
      const results = measured.result as {status: string}[];
      const inserted = results.filter(r => r.status === 'inserted').length;
      measured.detail = {inserted};
      if (inserted !== batch.length) {
        measured.note = `${inserted} of ${batch.length} inserted`;
      }
    }
    return done(measured);
  });
}

export function measureSearch({code, doc, entries}: BenchDoc): OpResult {
  const project = openProject(code, doc);
  const measured = measureCall(
    project,
    {op: `searchEntries ("${SEARCH_QUERY}")`, entries},
    () => project.env.scriptRun(project.fns, 'searchEntries', SEARCH_QUERY),
  );
  if (measured.status === 'ok') {
    measured.detail = {hits: (measured.result as unknown[]).length};
  }
  return done(measured);
}

/**
 * Dry run, then apply (repeated while a run reports itself incomplete), then
 * a second apply that must change nothing; checks the moves against the
 * entries outside a longest ordered subsequence, computed here from the doc.
 */
export function measureReorganize(
  {code, doc, entries}: BenchDoc,
  shape: 'tidy' | 'shuffled',
): OpResult[] {
  const ops = ['dry run', 'apply', 'again'].map(
    step => `reorganize ${step} (${shape})`,
  );
  const project = openProject(code, doc);
  const {env, fns} = project;
  const expected = expectedMoves(doc);
  const results: OpResult[] = [];
  const run = (op: string, dryRun: boolean) => {
    const measured = measureCall(project, {op, entries}, () => {
      const reports: ReorganizeReport[] = [];
      do {
        reports.push(
          env.scriptRun(fns, 'reorganize', {dryRun}) as ReorganizeReport,
        );
      } while (
        !dryRun &&
        !reports[reports.length - 1].complete &&
        reports.length < MAX_REORGANIZE_RUNS
      );
      return reports;
    });
    if (measured.status === 'ok') {
      const reports = measured.result as ReorganizeReport[];
      measured.detail = {
        moves: reports.reduce((sum, r) => sum + r.moves, 0),
        expectedMoves: op.includes('again') ? 0 : expected,
        runs: reports.length,
        complete: reports[reports.length - 1].complete,
        filed: reports.reduce((sum, r) => sum + r.filed.length, 0),
        merged: reports.reduce((sum, r) => sum + r.mergedSections.length, 0),
      };
    }
    results.push(done(measured));
  };
  run(ops[0], true);
  run(ops[1], false);
  if (results[1].detail) {
    results[1].detail.outsideAfter = expectedMoves(env.document.toJSON());
  }
  run(ops[2], false);
  return results;
}
