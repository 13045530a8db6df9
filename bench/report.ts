// Renders the bench's results as Markdown tables, for the console and for docs/PERFORMANCE.md.

const NUMBER_CELL = /^(-|-?[\d,]+(\.\d+)?)$/;

/** A Markdown table with columns padded to line up in a terminal; columns of numbers (or '-') are right-aligned. */
export function markdownTable(
  headers: string[],
  rows: (string | number)[][],
): string {
  const cells = rows.map(row => row.map(cell => String(cell)));
  const numeric = headers.map(
    (_, col) =>
      rows.length > 0 &&
      rows.every(row => NUMBER_CELL.test(String(row[col] ?? '-'))),
  );
  const widths = headers.map((header, col) =>
    Math.max(header.length, 3, ...cells.map(row => (row[col] ?? '').length)),
  );
  const pad = (text: string, col: number) =>
    numeric[col] ? text.padStart(widths[col]) : text.padEnd(widths[col]);
  const line = (row: string[]) =>
    `| ${row.map((cell, col) => pad(cell ?? '', col)).join(' | ')} |`;
  const rule = `|${widths
    .map((w, col) =>
      numeric[col] ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2),
    )
    .join('|')}|`;
  return [line(headers), rule, ...cells.map(line)].join('\n');
}

/** Milliseconds for a table cell: one decimal below 10 ms, whole numbers above. */
export function formatMs(ms: number | undefined): string {
  if (ms === undefined) return '-';
  return ms < 10 ? ms.toFixed(1) : String(Math.round(ms));
}

/** Bytes as a table shows them: exact, with thousands separators, and KB. */
export function formatBytes(bytes: number): string {
  return `${bytes.toLocaleString('en-US')} B (${(bytes / 1000).toFixed(1)} KB)`;
}

/**
 * Replaces the text between `<!-- bench:NAME:start -->` and
 * `<!-- bench:NAME:end -->` in `doc`, so a hand-written page can carry the
 * latest generated table. Returns `doc` unchanged when the markers are absent.
 */
export function replaceBetweenMarkers(
  doc: string,
  name: string,
  content: string,
): string {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) return doc;
  return `${doc.slice(0, from + start.length)}\n${content.trim()}\n${doc.slice(to)}`;
}
