// The self-test's report: what each fact saw, as text a user can copy into a bug report.

/**
 * One fact's outcome. `pass`/`fail` for what Paper Haul relies on and is
 * documented; `observed` where real Docs' answer is not known: the value is
 * recorded, not judged.
 */
export interface SelfTestFact {
  name: string;
  outcome: 'pass' | 'fail' | 'observed';
  detail: string;
}

export interface SelfTestReport {
  scratchDocumentId: string;
  scratchDocumentName: string;
  facts: SelfTestFact[];
}

const MARK: Record<SelfTestFact['outcome'], string> = {
  pass: 'PASS',
  fail: 'FAIL',
  observed: 'SEEN',
};

/** The report as plain text: a summary line, one line per fact, and what to do with the scratch document. */
export function describeSelfTest(report: SelfTestReport, at: string): string {
  const failed = report.facts.filter(f => f.outcome === 'fail').length;
  const lines = [
    `Paper Haul self-test, ${at}: ${failed ? `${failed} failed` : 'nothing failed'} (${report.facts.length} facts).`,
    ...report.facts.map(f => `${MARK[f.outcome]} ${f.name}: ${f.detail}`),
    '',
    `It created the scratch document "${report.scratchDocumentName}" (id ${report.scratchDocumentId}) in your Drive; you may delete it.`,
    'To report a problem, copy this text into your bug report.',
  ];
  return lines.join('\n');
}

/** What the report dialog (src/ui/pages/report.html, a template) shows; HtmlService escapes each value it prints. */
export interface SelfTestView {
  /** The summary line, in bold and red when a fact failed. */
  summary: string;
  failed: boolean;
  count: number;
  /** The whole report, for the text box and Copy. */
  text: string;
}

/**
 * The report as the dialog's values: the one-line summary first, every
 * fact and the scratch document's note on request. The page itself is
 * dist/Report.html, out of the server bundle that every execution loads.
 */
export function selfTestView(report: SelfTestReport, at: string): SelfTestView {
  const text = describeSelfTest(report, at);
  return {
    summary: text.split('\n')[0],
    failed: report.facts.some(f => f.outcome === 'fail'),
    count: report.facts.length,
    text,
  };
}
