// One emulated project for the bench: dist/Code.js loaded on a generated doc, arXiv and the second sources stood in for, each server call measured.
import * as fs from 'node:fs';
import * as path from 'node:path';
import {performance} from 'node:perf_hooks';
import {
  createEnvironment,
  loadBundle,
  type BundleFunctions,
  type Env,
  type Manifest,
} from '../emulator';
import {
  scholarlyReplay,
  type ScholarlyReplay,
} from '../samples/scholarly-replay';
import type {AnyDocJson, DocJson} from '../src/core/doc-model';
import {buildOutline, summarizeBlocks} from '../src/core/outline';
import {DEFAULT_SETTINGS} from '../src/core/settings';
import type {PreviewResult} from '../src/core/types';
import {summarizeCalls} from './measure';
import {orderReport} from './order';
import {
  requestParams,
  syntheticArxiv,
  syntheticEntry,
  type FetchResponse,
  type SyntheticArxiv,
} from './synthetic-arxiv';
import type {CostModel, OpResult, ReadPath} from './types';

export const ROOT = path.resolve(__dirname, '..');

/** The repository's manifest; without its advanced services for today's DocumentApp-only path. */
export function manifestFor(readPath: ReadPath): Manifest {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(ROOT, 'appsscript.json'), 'utf8'),
  ) as Manifest;
  return readPath === 'docs-api'
    ? manifest
    : {...manifest, dependencies: undefined};
}

/** The first line of an error's message, for a table cell. */
export function firstLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0].slice(0, 160);
}

/** New-scheme ids from a month no generated doc reaches, so previews find nothing already filed. */
export function freshIds(count: number, offset: number): string[] {
  return Array.from(
    {length: count},
    (_, i) => `2612.${String(10001 + offset + i).padStart(5, '0')}`,
  );
}

/** What a user pastes: a list of links copied from open tabs, in the forms people use. */
export function pasteOf(ids: string[]): string {
  const forms = [
    (id: string) => `https://arxiv.org/abs/${id}`,
    (id: string) => `https://arxiv.org/pdf/${id}v2`,
    (id: string) => `arXiv:${id}`,
    (id: string) => `https://www.alphaxiv.org/abs/${id}`,
  ];
  return ids.map((id, i) => forms[i % forms.length](id)).join('\n');
}

function minGapSeconds(times: number[]): number | null {
  if (times.length < 2) return null;
  let gap = Infinity;
  for (let i = 1; i < times.length; i++) {
    gap = Math.min(gap, times[i] - times[i - 1]);
  }
  return gap / 1000;
}

/** A loaded project: its environment, functions, arXiv and second-source stand-ins and the virtual ms spent sleeping. */
export interface Project {
  env: Env;
  fns: BundleFunctions;
  arxiv: SyntheticArxiv;
  /** Semantic Scholar, Crossref and the ACL Anthology from their recorded answers; arXiv ids as the synthetic arXiv has them. */
  scholarly: ScholarlyReplay;
  /** Virtual ms spent in Utilities.sleep (arXiv's spacing), kept out of the call cost. */
  sleptMs(): number;
}

/**
 * A fresh emulated project bound to `doc` (fresh caches and properties, as
 * a new user would have), reading through the given path, under the cost
 * model (default: calls cost no time).
 */
export function openProject(
  code: string,
  doc: AnyDocJson,
  options: {
    readPath?: ReadPath;
    cost?: CostModel;
    /** arXiv's answer to every request instead of papers (a 429: the throttled haul); logged like its other requests. */
    arxivAnswer?: FetchResponse;
    /** The tab the user has open (a tabbed doc). */
    activeTabId?: string;
  } = {},
): Project {
  const clockRef: {env?: Env} = {};
  const now = () => clockRef.env?.clock.now() ?? 0;
  const arxiv = syntheticArxiv({now});
  const scholarly = scholarlyReplay({
    dir: path.join(ROOT, 'test/fixtures/scholarly'),
    arxivEntry: syntheticEntry,
  });
  const forced = options.arxivAnswer;
  const arxivHandler = forced
    ? (request: Parameters<SyntheticArxiv['handler']>[0]) => {
        const ids = (requestParams(request).get('id_list') ?? '')
          .split(',')
          .filter(Boolean);
        arxiv.requests.push({
          method: (request.method ?? 'get').toLowerCase(),
          ids,
          returned: 0,
          status: forced.status,
          at: now(),
        });
        return forced;
      }
    : arxiv.handler;
  const env = createEnvironment<AnyDocJson>({
    document: doc,
    activeTabId: options.activeTabId,
    fetch: request =>
      scholarly.serves(request.url)
        ? scholarly.handle(request)
        : arxivHandler(request),
    manifest: manifestFor(options.readPath ?? 'docs-api'),
    callLatencyMs: options.cost?.callLatencyMs ?? 0,
    docsApiMsPerByte: options.cost?.docsApiMsPerByte ?? 0,
  });
  clockRef.env = env;
  let slept = 0;
  const utilities = env.globals.Utilities;
  // Globals are copied when the bundle loads, so the tally goes in first.
  env.globals.Utilities = Object.assign(Object.create(utilities), {
    sleep: (ms: number) => {
      slept += Number(ms) || 0;
      utilities.sleep(ms);
    },
  }) as GoogleAppsScript.Utilities.Utilities;
  const fns = loadBundle(code, env);
  return {env: env as Env, fns, arxiv, scholarly, sleptMs: () => slept};
}

/** Runs one server call with counting reset before it; never throws. */
export function measureCall(
  project: Project,
  base: Pick<OpResult, 'op' | 'entries'>,
  call: () => unknown,
): OpResult & {result?: unknown} {
  const {env, arxiv} = project;
  const blocks = env.document.toJSON().body.length;
  env.calls.reset();
  const requestsBefore = arxiv.requests.length;
  const clockBefore = env.clock.now();
  const t0 = performance.now();
  try {
    const result = call();
    const wallMs = performance.now() - t0;
    const requests = arxiv.requests.slice(requestsBefore);
    return {
      ...base,
      blocks,
      status: 'ok',
      calls: summarizeCalls(env.calls.byMethod()),
      wallMs,
      arxiv: {
        requests: requests.length,
        virtualSeconds: (env.clock.now() - clockBefore) / 1000,
        idsPerRequest: requests.map(r => r.ids.length),
        minGapSeconds: minGapSeconds(requests.map(r => r.at)),
      },
      result,
    };
  } catch (err) {
    return {
      ...base,
      blocks,
      status: 'error',
      note: firstLine(err),
      calls: summarizeCalls(env.calls.byMethod()),
      wallMs: performance.now() - t0,
    };
  }
}

/** The sections an insert files into: the top suggestion when it names an existing section. */
export function chooseSections(
  preview: PreviewResult,
  ids: string[],
): string[] {
  const sections = preview.sections.length ? preview.sections : ['Inbox'];
  return ids.map((id, i) => {
    const item = preview.items.find(it => it.id === id);
    const top = item?.suggestions?.find(s => !s.isNew);
    return top ? top.section : sections[i % sections.length];
  });
}

/** Entries a minimal sort must move in `doc` (outside a longest ordered subsequence per run). */
export function expectedMoves(doc: DocJson): number {
  const outline = buildOutline(summarizeBlocks(doc.body), {
    sectionLevel: DEFAULT_SETTINGS.sectionLevel,
    inboxName: DEFAULT_SETTINGS.inboxName,
  });
  return orderReport(outline, DEFAULT_SETTINGS.sortOrder).outside;
}
