// Recall of Find on remembered, paraphrased, misspelled, author and date/section queries, shared by `npm run eval:find` and its jest guard.
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';
import giantDoc from '../samples/giant-doc.json';
import {generateDoc} from '../samples/generate-doc';
import {entryBlocks} from '../samples/giant-doc';
import {parseFeed} from '../src/core/atom';
import type {Block, DocJson, Outline} from '../src/core/doc-model';
import {buildOutline, summarizeBlocks} from '../src/core/outline';
import {searchOutline} from '../src/core/search';
import {DEFAULT_SETTINGS} from '../src/core/settings';
import type {Paper, SearchHit} from '../src/core/types';
import {xmldomParser} from './lib/xmldom-parser';
import {baselineSearchOutline} from './find-baseline';

const FIXTURES = join(__dirname, '..', 'test', 'fixtures');
const EVAL_DIR = join(FIXTURES, 'find-eval');

export interface EvalQuery {
  kind: string;
  query: string;
  /** Any of these ids in the top k counts as found. */
  expect: string[];
  /** ISO time the query is asked at (for "last july"); the set's default otherwise. */
  now?: string;
}

export interface KindResult {
  kind: string;
  queries: number;
  baseline: {at1: number; at3: number};
  current: {at1: number; at3: number};
  /** The current search with no cached papers: the doc's text alone. */
  docOnly: {at1: number; at3: number};
}

export interface FindEvaluation {
  entries: number;
  /** Entries whose paper the eval's cache holds (abstract, categories, journal ref). */
  cached: number;
  kinds: KindResult[];
  /** Queries the current search misses in its top 3, for reading. */
  misses: {query: string; kind: string; top: string[]}[];
}

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** Every paper in the recorded arXiv feeds, by id: what the arXiv client's cache would hold after previews. */
export function fixturePapers(): Record<string, Paper> {
  const dir = join(FIXTURES, 'arxiv');
  const parser = xmldomParser();
  const papers: Record<string, Paper> = {};
  for (const file of readdirSync(dir).filter(f => f.endsWith('.xml'))) {
    const feed = parseFeed(parser.parse(readFileSync(join(dir, file), 'utf8')));
    if ('error' in feed) continue;
    for (const paper of feed.papers) papers[paper.id] = paper;
  }
  return papers;
}

/** The section a recorded paper is filed under, from its primary category. */
function sectionOf(paper: Paper): string {
  const archive = paper.primaryCategory.split('.')[0];
  if (/^(astro-ph|cond-mat|hep-|nucl-|physics|gr-qc|quant-ph)/.test(archive)) {
    return 'Physics';
  }
  if (/^(math|stat|econ|q-bio)$/.test(archive)) return 'Statistics';
  if (/^cs\.(IT|DS|CC|DM|CG)$/.test(paper.primaryCategory)) return 'Statistics';
  return 'Software Testing';
}

function headOf(paper: Paper, gist: string) {
  const date = new Date(paper.published);
  const authors =
    paper.authors.length > 3
      ? `${paper.authors.slice(0, 3).join(', ')}, et al.`
      : paper.authors.join(', ');
  return entryBlocks({
    id: paper.id,
    title: paper.title,
    authors,
    date: `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`,
    category: paper.primaryCategory,
    gist,
  });
}

/**
 * The evaluation doc: the sample giant doc, then (before its Inbox) the
 * recorded feeds' papers filed by topic with a one-line gist for most, and
 * two sections of a real speech reading list as its author wrote them.
 */
export function evalDoc(papers = fixturePapers()): DocJson {
  const gists = JSON.parse(
    readFileSync(join(EVAL_DIR, 'gists.json'), 'utf8'),
  ) as Record<string, string>;
  const speech = JSON.parse(
    readFileSync(join(EVAL_DIR, 'speech-sections.json'), 'utf8'),
  ) as {sections: {name: string; blocks: Block[]}[]};
  const bySection = new Map<string, Block[]>();
  for (const paper of Object.values(papers)) {
    const name = sectionOf(paper);
    const blocks = bySection.get(name) ?? [];
    blocks.push(...headOf(paper, gists[paper.id] ?? ''));
    bySection.set(name, blocks);
  }
  const added: Block[] = [];
  for (const [name, blocks] of bySection) {
    added.push({type: 'paragraph', text: name, heading: 'HEADING2'}, ...blocks);
  }
  for (const section of speech.sections) {
    added.push(
      {type: 'paragraph', text: section.name, heading: 'HEADING2'},
      ...section.blocks,
    );
  }
  const body = (giantDoc as DocJson).body;
  const inbox = body.findIndex(
    b =>
      b.type === 'paragraph' && b.heading === 'HEADING2' && b.text === 'Inbox',
  );
  return {
    ...(giantDoc as DocJson),
    body: [...body.slice(0, inbox), ...added, ...body.slice(inbox)],
  };
}

function outlineOf(doc: DocJson): Outline {
  return buildOutline(summarizeBlocks(doc.body), {
    inboxName: DEFAULT_SETTINGS.inboxName,
  });
}

/** The query set of test/fixtures/find-eval/queries.json, each with its time. */
export function evalQueries(): {queries: EvalQuery[]; now: string} {
  return JSON.parse(readFileSync(join(EVAL_DIR, 'queries.json'), 'utf8'));
}

function rankOf(hits: SearchHit[], expect: string[]): number {
  const at = hits.findIndex(h => expect.includes(h.id));
  return at < 0 ? Infinity : at + 1;
}

/** Recall@1 and @3 per kind of query, for the search before issue 18 and the current one. */
export function evaluateFind(): FindEvaluation {
  const papers = fixturePapers();
  const outline = outlineOf(evalDoc(papers));
  const {queries, now} = evalQueries();
  const ids = new Set(outline.sections.flatMap(s => s.entries.map(e => e.id)));
  const tally = new Map<
    string,
    {
      n: number;
      b1: number;
      b3: number;
      c1: number;
      c3: number;
      d1: number;
      d3: number;
    }
  >();
  const misses: FindEvaluation['misses'] = [];
  for (const q of queries) {
    const t = tally.get(q.kind) ?? {
      n: 0,
      b1: 0,
      b3: 0,
      c1: 0,
      c3: 0,
      d1: 0,
      d3: 0,
    };
    tally.set(q.kind, t);
    const baseline = rankOf(baselineSearchOutline(outline, q.query), q.expect);
    const hits = searchOutline(outline, q.query, {
      papers,
      now: new Date(q.now ?? now),
    });
    const current = rankOf(hits, q.expect);
    const docOnly = rankOf(
      searchOutline(outline, q.query, {now: new Date(q.now ?? now)}),
      q.expect,
    );
    if (docOnly <= 1) t.d1++;
    if (docOnly <= 3) t.d3++;
    t.n++;
    if (baseline <= 1) t.b1++;
    if (baseline <= 3) t.b3++;
    if (current <= 1) t.c1++;
    if (current <= 3) t.c3++;
    if (current > 3) {
      misses.push({
        query: q.query,
        kind: q.kind,
        top: hits.slice(0, 3).map(h => h.id),
      });
    }
  }
  return {
    entries: ids.size,
    cached: [...ids].filter(id => papers[id]).length,
    kinds: [...tally].map(([kind, t]) => ({
      kind,
      queries: t.n,
      baseline: {at1: t.b1 / t.n, at3: t.b3 / t.n},
      current: {at1: t.c1 / t.n, at3: t.c3 / t.n},
      docOnly: {at1: t.d1 / t.n, at3: t.d3 / t.n},
    })),
    misses,
  };
}

/** Median wall and CPU milliseconds of `runs` calls of `run`. */
function medianTimes(runs: number, run: () => void): Timing {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    run();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  const middle = (list: number[]) =>
    list.sort((a, b) => a - b)[Math.floor(runs / 2)];
  return {wallMs: middle(wall), cpuMs: middle(cpu)};
}

/**
 * Wall time, and CPU time (what the search itself costs when other
 * processes share the cores), both medians.
 */
export interface Timing {
  wallMs: number;
  cpuMs: number;
}

/**
 * One keystroke's search (outline and cached papers already read: the
 * service reads are the bench's) on a generated doc of `size` entries,
 * every paper cached with a real recorded abstract, beside the search
 * before issue 18.
 */
export function timeFind(
  size: number,
  query: string,
  runs = 9,
): {entries: number; current: Timing; baseline: Timing} {
  const outline = outlineOf(generateDoc(size, {seed: 3}));
  const entries = outline.sections.flatMap(s => s.entries);
  const recorded = Object.values(fixturePapers());
  const papers: Record<string, Paper> = {};
  entries.forEach((entry, i) => {
    papers[entry.id] = {...recorded[i % recorded.length], id: entry.id};
  });
  const now = new Date('2026-12-01T12:00:00Z');
  return {
    entries: entries.length,
    current: medianTimes(runs, () =>
      searchOutline(outline, query, {papers, now}),
    ),
    baseline: medianTimes(runs, () => baselineSearchOutline(outline, query)),
  };
}
