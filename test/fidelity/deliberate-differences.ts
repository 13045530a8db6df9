// The list of deliberate differences from gas-fakes' live expectations (deliberate-differences.json): checking a run against it, and its table in docs/PLATFORM.md.
import {readFileSync} from 'fs';
import {join} from 'path';
import type {SectionResult} from './gas-fakes-harness';

/** Why the emulator differs: stricter than live, or a method Paper Haul does not use. */
export type DifferenceKind = 'stricter' | 'unused';

interface Listed {
  kind: DifferenceKind;
  why: string;
}

/** One section's listed differences. */
export interface ListedSection {
  file: string;
  section: string;
  /** Failed assertions, by their description. */
  failed?: (Listed & {assertion: string})[];
  /** Where the section stops: the error's exact message. */
  stopped?: Listed & {at: string};
}

/** deliberate-differences.json. */
export interface DeliberateDifferences {
  source: string;
  kinds: Record<DifferenceKind, string>;
  sections: ListedSection[];
}

/** Reads test/fidelity/deliberate-differences.json. */
export function readDeliberateDifferences(): DeliberateDifferences {
  return JSON.parse(
    readFileSync(join(__dirname, 'deliberate-differences.json'), 'utf8'),
  ) as DeliberateDifferences;
}

/** The figures of one run. */
export interface Counts {
  sections: number;
  run: number;
  passed: number;
  failedListed: number;
  stoppedListed: number;
}

const key = (file: string, section: string) => `${file} › ${section}`;

/**
 * Compares a run with the list. Returns the problems (empty when every
 * failure and stop is listed and every listed one happened) and the counts.
 */
export function checkAgainstList(
  results: SectionResult[],
  list: DeliberateDifferences,
): {problems: string[]; counts: Counts} {
  const problems: string[] = [];
  const byKey = new Map<string, ListedSection>();
  for (const entry of list.sections) {
    const k = key(entry.file, entry.section);
    if (byKey.has(k)) problems.push(`listed twice: ${k}`);
    byKey.set(k, entry);
  }
  const seen = new Set<string>();
  const counts: Counts = {
    sections: results.length,
    run: 0,
    passed: 0,
    failedListed: 0,
    stoppedListed: 0,
  };
  for (const result of results) {
    const k = key(result.file, result.section);
    seen.add(k);
    const listed = byKey.get(k);
    const listedFailures = new Set(
      (listed?.failed ?? []).map(f => f.assertion),
    );
    const failedHere = new Set<string>();
    for (const a of result.assertions) {
      counts.run++;
      if (a.passed) {
        counts.passed++;
        continue;
      }
      failedHere.add(a.description);
      if (listedFailures.has(a.description)) counts.failedListed++;
      else
        problems.push(
          `${k}: assertion ${a.number} "${a.description}" failed (actual ${show(a.actual)}, live expects ${show(a.expect)}) and is not listed`,
        );
    }
    for (const listedFailure of listedFailures) {
      if (!failedHere.has(listedFailure)) {
        problems.push(
          `${k}: "${listedFailure}" is listed but did not fail: take it off the list`,
        );
      }
    }
    if (result.stopped !== null) {
      if (listed?.stopped?.at === result.stopped) counts.stoppedListed++;
      else
        problems.push(
          `${k}: stopped at "${result.stopped}", not listed${listed?.stopped ? ` (listed: "${listed.stopped.at}")` : ''}`,
        );
    } else if (listed?.stopped) {
      problems.push(
        `${k}: listed as stopping at "${listed.stopped.at}" but ran to its end: take it off the list`,
      );
    }
  }
  for (const k of byKey.keys()) {
    if (!seen.has(k)) problems.push(`listed but no such section ran: ${k}`);
  }
  return {problems, counts};
}

function show(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** The markers around the generated table in docs/PLATFORM.md. */
export const TABLE_BEGIN =
  '<!-- gas-fakes differences: generated from test/fidelity/deliberate-differences.json by test/fidelity/gas-fakes.test.ts (UPDATE_PLATFORM_TABLE=1 rewrites it) -->';
export const TABLE_END = '<!-- end of gas-fakes differences -->';

const KIND_LABEL: Record<DifferenceKind, string> = {
  stricter: 'stricter',
  unused: 'not used by Paper Haul',
};

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The table of every section as it ran, with its listed differences, and the counts. */
export function renderTable(
  results: SectionResult[],
  list: DeliberateDifferences,
  counts: Counts,
): string {
  const byKey = new Map(list.sections.map(s => [key(s.file, s.section), s]));
  const rows = [
    '| section (file) | assertions run / passed | deliberate difference: failed assertion, or where the section stops | why |',
    '|---|---|---|---|',
  ];
  for (const result of results) {
    const listed = byKey.get(key(result.file, result.section));
    const passed = result.assertions.filter(a => a.passed).length;
    const head = `${cell(result.section)} (\`${result.file}\`) | ${result.assertions.length} / ${passed}`;
    const entries: [string, Listed][] = [
      ...(listed?.failed ?? []).map(
        f => [`fails: "${f.assertion}"`, f] as [string, Listed],
      ),
      ...(listed?.stopped
        ? [
            [`stops: \`${listed.stopped.at}\``, listed.stopped] as [
              string,
              Listed,
            ],
          ]
        : []),
    ];
    if (!entries.length) {
      rows.push(`| ${head} | none: all pass | |`);
      continue;
    }
    entries.forEach(([what, why], i) => {
      rows.push(
        `| ${i === 0 ? head : ' | '} | ${cell(what)} | ${KIND_LABEL[why.kind]}: ${cell(why.why)} |`,
      );
    });
  }
  const total = counts.failedListed + counts.stoppedListed;
  return [
    TABLE_BEGIN,
    `${counts.sections} sections; ${counts.run} assertions run, ${counts.passed} passed, ${counts.failedListed} failed and listed below; ${counts.stoppedListed} sections stop early, each listed below (${total} listed differences in all).`,
    '',
    ...rows,
    TABLE_END,
  ].join('\n');
}
