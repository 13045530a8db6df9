// A reorganize call from start to end: strict options, the run with Inbox filing, and its record for the sidebar.
import type {ReorganizeReport} from '../../core/types';
import {inboxSuggester} from './inbox-suggester';
import {reorganize, type ReorganizeDeps} from './reorganize';

/** The options reorganize takes, checked. */
export interface ReorganizeOptions {
  /** Only say what would change. */
  dryRun: boolean;
  /** The plan a dry run showed, for applying exactly that plan. */
  expectPlan?: string;
}

const OPTION_NAMES = ['dryRun', 'expectPlan'];

/**
 * Checks reorganize's options strictly: a misspelled or mistyped option
 * (`{dryRun: 'true'}`, `{dryrun: true}`) must never turn a preview into a
 * real run, so anything but the known options with their types is refused.
 * @param options undefined or null for a real run with no options
 * @throws Error naming the option that is wrong
 */
export function parseReorganizeOptions(options: unknown): ReorganizeOptions {
  if (options === undefined || options === null) return {dryRun: false};
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new Error(
      'Reorganize options must be an object such as {dryRun: true}.',
    );
  }
  const given = options as Record<string, unknown>;
  const unknown = Object.keys(given).filter(k => !OPTION_NAMES.includes(k));
  if (unknown.length) {
    throw new Error(
      `Unknown reorganize option “${unknown[0].slice(0, 40)}”; the options are dryRun and expectPlan. Nothing was changed.`,
    );
  }
  if (given.dryRun !== undefined && typeof given.dryRun !== 'boolean') {
    throw new Error(
      'The reorganize option dryRun must be true or false. Nothing was changed.',
    );
  }
  if (given.expectPlan !== undefined && typeof given.expectPlan !== 'string') {
    throw new Error(
      'The reorganize option expectPlan must be text. Nothing was changed.',
    );
  }
  const out: ReorganizeOptions = {dryRun: given.dryRun === true};
  if (given.expectPlan !== undefined) out.expectPlan = given.expectPlan;
  return out;
}

export interface ReorganizeRunDeps extends Omit<ReorganizeDeps, 'suggester'> {
  /**
   * Keeps the last real run for the sidebar: in the document's properties
   * (schedule.recordReport), or in user properties for a time trigger,
   * which has none. May throw (a full store).
   */
  record: (report: ReorganizeReport) => void;
}

/**
 * One reorganize run with Inbox filing; a real run is recorded for the
 * sidebar (a stale one, which changed nothing, is not). A record that cannot
 * be saved (a full property store) does not turn what the run did into an
 * error: the report says so instead.
 */
export function runReorganize(
  options: ReorganizeOptions,
  deps: ReorganizeRunDeps,
): ReorganizeReport {
  const report = reorganize(options, {
    ...deps,
    suggester: inboxSuggester(deps.settings),
  });
  if (!options.dryRun && !report.stale) {
    // The caller sees every line; the record keeps what fits.
    record(deps.record, report, linesWithin(report, HELD_LINES_BYTES));
  }
  return report;
}

/** Room for a recorded report's lines, a held plan's or a run's (one property value holds 9 KB, the report at most 8 KB). */
const HELD_LINES_BYTES = 5000;

/**
 * Cuts a recorded report's lines at a whole line to fit its record; for a
 * held plan the sidebar's Review shows the whole plan again (a fresh preview),
 * so the last line says so.
 */
function linesWithin(
  report: ReorganizeReport,
  maxChars: number,
): ReorganizeReport {
  const lines = report.planLines ?? [];
  let used = 0;
  let keep = 0;
  while (keep < lines.length && used + lines[keep].length * 3 <= maxChars) {
    used += lines[keep].length * 3;
    keep++;
  }
  if (keep === lines.length) return report;
  return {
    ...report,
    planLines: [
      ...lines.slice(0, keep),
      report.held
        ? `${lines.length - keep} more lines: Review the plan to see every move.`
        : `${lines.length - keep} more lines are left out of this record.`,
    ],
  };
}

/** The report of a run that applied nothing and says why (a failure, a schedule that stopped itself). */
export function unappliedReport(at: number, message: string): ReorganizeReport {
  return {
    dryRun: false,
    complete: false,
    moves: 0,
    sortedSections: [],
    mergedSections: [],
    filed: [],
    duplicates: [],
    at: new Date(at).toISOString(),
    message,
  };
}

/**
 * Records a run that failed with `error` (the scheduled run, for the
 * sidebar); a record that cannot be saved is left out, the error stands.
 */
export function recordFailedRun(
  recordTo: (report: ReorganizeReport) => void,
  at: number,
  error: unknown,
): void {
  const message = error instanceof Error ? error.message : String(error);
  try {
    recordTo(
      unappliedReport(at, `The scheduled reorganize failed: ${message}`),
    );
  } catch {
    // The execution log gets the error itself; there is nowhere else to put the record.
  }
}

/** Records `kept` (the report as its record can hold it); a failure is told in `report`. */
function record(
  recordTo: (report: ReorganizeReport) => void,
  report: ReorganizeReport,
  kept: ReorganizeReport,
): void {
  try {
    recordTo(kept);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    const done = report.complete ? 'The run finished' : 'The run ended';
    report.message = [
      report.message,
      `${done}, but its record for the sidebar could not be saved (${why.slice(0, 200)}).`,
    ]
      .filter(Boolean)
      .join(' ');
  }
}
