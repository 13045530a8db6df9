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

/** Text as HTML text or a quoted attribute value: nothing in it can become markup. */
function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Copies the report: the clipboard API where the dialog's frame may use it,
 * else the selected text box and execCommand, else the text stays selected
 * and the status says to press Ctrl+C. Fixed code: the report is only data.
 */
const COPY_SCRIPT = `(function(){
var box=document.getElementById('report-text'),status=document.getElementById('report-status');
function say(ok){status.textContent=ok?'Copied.':'The text is selected: press Ctrl+C (⌘+C) to copy it.';}
function fallback(){document.getElementById('report-details').open=true;box.focus();box.select();var ok=false;try{ok=document.execCommand('copy');}catch(e){}say(ok);}
document.getElementById('report-copy').onclick=function(){var c=navigator.clipboard;if(c&&c.writeText)c.writeText(box.value).then(function(){say(true);},fallback);else fallback();};
document.getElementById('report-close').onclick=function(){var g=window.google;if(g&&g.script&&g.script.host)g.script.host.close();};
})();`;

/**
 * The report as a small page for a dialog: the one-line summary first, every
 * fact and the scratch document's note on request (<details>), a Copy button
 * for the whole text and Close. Everything the report says is escaped; the
 * page loads nothing.
 */
export function selfTestPage(report: SelfTestReport, at: string): string {
  const text = describeSelfTest(report, at);
  const [summary, ...rest] = text.split('\n');
  const failed = report.facts.some(f => f.outcome === 'fail');
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><base target="_top">
<style>
body{font:14px Arial,sans-serif;margin:12px 16px}
#report-summary{font-weight:bold}
.failed{color:#b3261e}
textarea{width:100%;height:220px;font:12px monospace;white-space:pre}
.row{display:flex;gap:8px;margin-top:12px}
#report-status{flex:1}
</style></head>
<body>
<p id="report-summary" class="${failed ? 'failed' : ''}" role="status">${escapeHtml(summary)}</p>
<details id="report-details">
<summary>Details (${report.facts.length} facts)</summary>
<textarea id="report-text" readonly aria-label="The self-test report">${escapeHtml(`${summary}\n${rest.join('\n')}`)}</textarea>
</details>
<div class="row">
<span id="report-status" role="status"></span>
<button type="button" id="report-copy" class="primary">Copy</button>
<button type="button" id="report-close">Close</button>
</div>
<script>${COPY_SCRIPT}</script>
</body></html>`;
}
