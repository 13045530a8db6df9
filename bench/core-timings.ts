// The bundle's bytes and load time, and the pure core's timings (feed parsing, outline, suggestions, reorganize plan) on a big doc.
import * as fs from 'node:fs';
import * as path from 'node:path';
import {createEnvironment, loadBundle} from '../emulator';
import {generateDoc} from '../samples/generate-doc';
import {parseFeed} from '../src/core/atom';
import {buildClassifier, suggestSections} from '../src/core/classify';
import {buildOutline, summarizeBlocks} from '../src/core/outline';
import {planReorganize} from '../src/core/reorganize';
import {DEFAULT_SETTINGS} from '../src/core/settings';
import {xmldomParser} from '../scripts/lib/xmldom-parser';
import {parseXml} from '../src/core/atom-xml';
import {timeIt, timeOnce} from './measure';
import {ROOT, firstLine} from './project';
import {syntheticEntry} from './synthetic-arxiv';
import type {CoreResult, Results} from './types';

/** arXiv's real 100-entry answer, copied into the repository (test/fixtures/arxiv/PROVENANCE.md). */
const FEED_FIXTURE = path.join(
  ROOT,
  'test/fixtures/arxiv/arxivpy-2026_search_all-testing_100-entries_with-doi.xml',
);

export function measureBundle(code: string): Results['bundle'] {
  const dist = path.join(ROOT, 'dist');
  const pages: Record<string, number> = {};
  for (const file of fs.readdirSync(dist).sort()) {
    if (file.endsWith('.html')) {
      pages[file] = fs.statSync(path.join(dist, file)).size;
    }
  }
  // Each load gets a fresh environment, as every Apps Script execution loads the bundle anew.
  const samples: number[] = [];
  for (let i = 0; i < 21; i++) {
    const env = createEnvironment({});
    samples.push(timeOnce(() => loadBundle(code, env)).ms);
  }
  const measured = samples.slice(1).sort((a, b) => a - b);
  return {
    codeBytes: Buffer.byteLength(code),
    pages,
    loadMs: {
      medianMs: measured[Math.floor(measured.length / 2)],
      minMs: measured[0],
      runs: measured.length,
    },
  };
}

function timeCore(
  name: string,
  targeted: boolean,
  fn: () => unknown,
): CoreResult {
  try {
    return {name, targeted, status: 'ok', timing: timeIt(fn)};
  } catch (err) {
    return {name, targeted, status: 'error', note: firstLine(err)};
  }
}

/** Median wall times of the pure core on a doc of `size` entries (tidy, and shuffled for the plan). */
export function measureCore(size: number, seed: number): CoreResult[] {
  const feedXml = fs.readFileSync(FEED_FIXTURE, 'utf8');
  const xml = xmldomParser();
  const root = xml.parse(feedXml);
  const tidy = generateDoc(size, {seed});
  const blocks = summarizeBlocks(tidy.body);
  const outline = buildOutline(blocks, {});
  const shuffledBlocks = summarizeBlocks(
    generateDoc(size, {seed, shuffled: true}).body,
  );
  const feed = parseFeed(
    xml.parse(
      `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">${syntheticEntry('2612.10001')}</feed>`,
    ),
  );
  if (!('papers' in feed)) throw new Error('the synthetic feed did not parse');
  const paper = feed.papers[0];
  const classifier = buildClassifier(outline, DEFAULT_SETTINGS);
  return [
    timeCore('parseFeed: 100-entry feed (XML already parsed)', true, () =>
      parseFeed(root),
    ),
    timeCore('XML parse (xmldom) + parseFeed: 100-entry feed', false, () =>
      parseFeed(xml.parse(feedXml)),
    ),
    // The production parser (no service calls), next to xmldom for scale.
    timeCore('XML parse (atom-xml) + parseFeed: 100-entry feed', false, () =>
      parseFeed(parseXml(feedXml)),
    ),
    timeCore(`summarizeBlocks: ${size}-entry doc`, false, () =>
      summarizeBlocks(tidy.body),
    ),
    timeCore(`buildOutline: ${size}-entry doc`, true, () =>
      buildOutline(blocks, {}),
    ),
    timeCore(`suggestSections: one paper, ${size}-entry doc`, true, () =>
      suggestSections(paper, outline, DEFAULT_SETTINGS),
    ),
    timeCore(
      `classifier.suggest: one paper, classifier of a ${size}-entry doc already built`,
      false,
      () => classifier.suggest(paper, 3),
    ),
    timeCore(`planReorganize: ${size}-entry shuffled doc`, true, () =>
      planReorganize(shuffledBlocks, DEFAULT_SETTINGS),
    ),
  ];
}
