// The one wording of a reorganize report, for the sidebar and the menu alike: its summary, and the plan or what was done line by line.
import {shortTitle} from './reorganize-file';
import type {ReorganizeReport} from './types';

/** Said when a run stopped at its time budget. */
export const STOPPED_AT_BUDGET =
  'Stopped before the time limit; the next run continues where this one ended.';

/** "1 entry", "3 entries". */
function counted(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The items, or the first `most` of them and how many more. */
function listed(items: readonly string[], most?: number): string {
  if (most === undefined || items.length <= most) return items.join(', ');
  return `${items.slice(0, most).join(', ')} and ${items.length - most} more`;
}

/** The first `most` lines of a per-paper list, then one line for the rest. */
function capped(
  lines: string[],
  most: number | undefined,
  rest: (n: number) => string,
): string[] {
  if (most === undefined || lines.length <= most) return lines;
  return [...lines.slice(0, most), rest(lines.length - most)];
}

/** Options of a summary. */
export interface SummaryOptions {
  /** Shorten each list to this many items ("and 3 more"): the menu's dialog, which cannot scroll far. */
  most?: number;
}

/**
 * A report's summary, one sentence a line: how many entries move (or
 * moved), the sections sorted and merged, each paper filed from the Inbox
 * (by title when the report has it), the papers that stand twice, whether
 * the run finished, and its notes. A dry run speaks in the conditional, a
 * run in the past.
 */
export function summaryLines(
  report: ReorganizeReport,
  options: SummaryOptions = {},
): string[] {
  const would = report.dryRun;
  const {most} = options;
  const lines: string[] = [];
  // The server's one rule (core/plan-changes); a report stored before it existed reads as "moved 0".
  if (report.changesNothing === true) {
    lines.push(
      would
        ? 'Everything is already in order: nothing would move.'
        : 'Everything was already in order: nothing moved.',
    );
  } else {
    lines.push(
      `${would ? 'Would move' : 'Moved'} ${counted(report.moves, 'entry', 'entries')}.`,
    );
  }
  if (report.sortedSections.length) {
    lines.push(
      `${would ? 'Would sort' : 'Sorted'}: ${listed(report.sortedSections, most)}.`,
    );
  }
  if (report.mergedSections.length) {
    lines.push(
      `${would ? 'Would merge' : 'Merged'} duplicate headings: ${listed(report.mergedSections, most)}.`,
    );
  }
  const fileVerb = would ? 'Would file' : 'Filed';
  lines.push(
    ...capped(
      report.filed.map(
        f =>
          `${fileVerb} ${f.title ? `“${shortTitle(f.title)}”` : f.id} from ${f.from} to ${f.to}.`,
      ),
      most,
      n =>
        `${fileVerb} ${counted(n, 'more paper', 'more papers')} from the Inbox.`,
    ),
  );
  lines.push(
    ...capped(
      report.duplicates.map(
        d => `${d.id} appears more than once: ${d.sections.join(', ')}.`,
      ),
      most,
      n =>
        `${counted(n, 'more paper appears', 'more papers appear')} more than once.`,
    ),
  );
  if (!report.complete) lines.push(STOPPED_AT_BUDGET);
  if (report.message) lines.push(report.message);
  return lines;
}

/**
 * What a report shows: a preview is its plan line by line (after why it is
 * shown again, when the document changed) and its move count; a run is
 * what was done, the count and merges first, then each move by title; a
 * report without plan lines, or with nothing to change, is its summary.
 */
export function reportLines(report: ReorganizeReport): string[] {
  if (report.changesNothing || !report.planLines?.length) {
    return summaryLines(report);
  }
  if (report.dryRun) {
    const lines = report.stale && report.message ? [report.message] : [];
    lines.push(...report.planLines);
    lines.push(`In all: ${counted(report.moves, 'move', 'moves')}.`);
    return lines;
  }
  const done = [`Moved ${counted(report.moves, 'entry', 'entries')}.`];
  if (report.mergedSections.length) {
    done.push(
      `Merged duplicate headings: ${report.mergedSections.join(', ')}.`,
    );
  }
  done.push(...report.planLines);
  if (!report.complete) done.push(STOPPED_AT_BUDGET);
  if (report.message) done.push(report.message);
  return done;
}
