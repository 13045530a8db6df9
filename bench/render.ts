// The bench's report: its results as Markdown tables, for the console and docs/PERFORMANCE.md.
import {formatMs, markdownTable} from './report';
import type {ActionCost, OpResult, Results, UserActionCost} from './types';

function costRow(c: ActionCost): (string | number)[] {
  const note = [
    c.status === 'error' ? `error: ${c.note}` : '',
    c.fallbackReason ? `fell back: ${c.fallbackReason}` : '',
    c.readVia && !c.fallbackReason ? `read via ${c.readVia}, no fallback` : '',
  ]
    .filter(Boolean)
    .join('; ');
  return [
    c.action,
    c.entries,
    c.blocks,
    c.characters,
    c.path,
    c.documentAppReads,
    c.docsApiReads,
    c.writes,
    c.calls,
    c.docsApiBytes,
    c.estimatedSeconds.toFixed(2),
    note,
  ];
}

/** Issue 12's tables: realistic size, cost per action on both read paths, growth per block. */
function actionCostTables(results: Results): string[] {
  const {largestRealistic: big, costModel} = results;
  return [
    "### Per action: Docs API read against today's DocumentApp pass",
    `Largest realistic doc: ${big.entries} entries (${big.characters} characters, ${big.charactersPerEntry} per entry with a gist and the first abstract sentence) fit under Google Docs' 1,020,000. ` +
      `Estimated seconds: ${costModel.callLatencyMs} ms per service call, plus ${costModel.docsApiMsPerByte * 1000} ms per KB a Documents.get returns; arXiv waits left out. ` +
      "*document-app* is today's path (the service not enabled). insert = 1 entry after a preview (warm: the preview's read is cached); insert (cold) = the same with the cache emptied between; preview (warm), search (warm) = after one preview or search of the unchanged doc; reorganize = an apply on the tidy doc.",
    markdownTable(
      [
        'action',
        'entries',
        'blocks',
        'chars',
        'path',
        'DocumentApp reads',
        'Docs API reads',
        'writes',
        'calls',
        'Docs API bytes',
        'est. s',
        'notes',
      ],
      results.actionCosts.map(costRow),
    ),
    '### Calls per extra block as a seed-like doc grows',
    markdownTable(
      ['action (path)', 'from blocks', 'to blocks', 'calls per extra block'],
      results.growth.map(g => [
        g.action,
        g.fromBlocks,
        g.toBlocks,
        g.callsPerBlock,
      ]),
    ),
  ];
}

/** "now / before": today's figure next to the one before issue 27, measured in the same run. */
function pair(now: string | number, before: string | number | undefined) {
  return `${now} / ${before ?? '-'}`;
}

/** Issue 27 item 6: each user action, cold and warm, next to the path before the cached read. */
function userActionTables(results: Results): string[] {
  const rows = results.userActions ?? [];
  if (!rows.length) return [];
  const before = (r: UserActionCost) =>
    rows.find(
      b =>
        b.route === 'before issue 27' &&
        b.action === r.action &&
        b.entries === r.entries,
    );
  const seconds = (r?: UserActionCost) =>
    r ? r.estimatedSeconds.toFixed(3) : undefined;
  return [
    '### Per user action: cold and warm, against the path before the cached read (issue 27)',
    "Each figure is *now / before*: today's path (the cached read under the revision id, Find answered in the page from an index loaded once) next to every call reading the whole body and Find asking the server at each key, as before issue 27, both measured in this run on the Docs API path. " +
      '*cold*: nothing cached for the doc; *warm*: the sidebar read the unchanged doc just before (one getLibrary). Before issue 27 there is no warm: the same figures stand in both rows. ' +
      'A haul is a preview of 20 new ids and their insert; Find types "robustness" a key at a time (now: one getFindIndex, then 10 searches in the page, the slowest key\'s median page ms shown); the undo removes that haul; the reorganize is an apply on the tidy doc. Estimated seconds as above, arXiv waits left out.',
    markdownTable(
      [
        'action',
        'entries',
        'state',
        'server calls',
        'service calls',
        'Docs API bytes',
        'est. s',
        'page ms a key',
        'notes',
      ],
      rows
        .filter(r => r.route === 'cached')
        .map(r => {
          const b = before(r);
          const notes = [r, b]
            .filter(x => x?.status === 'error')
            .map(x => `${x!.route}: error: ${x!.note}`)
            .concat(
              r.pageMsIndexPrepare === undefined
                ? []
                : [`index prepared in ${formatMs(r.pageMsIndexPrepare)} ms`],
            )
            .join('; ');
          return [
            r.action,
            r.entries,
            r.warmth,
            pair(r.serverCalls, b?.serverCalls),
            pair(r.calls, b?.calls),
            pair(r.docsApiBytes, b?.docsApiBytes),
            pair(r.estimatedSeconds.toFixed(3), seconds(b)),
            r.pageMsPerKeystroke === undefined
              ? '-'
              : formatMs(r.pageMsPerKeystroke),
            notes,
          ];
        }),
    ),
  ];
}

/** The notes column: what the call reported that the targets look at. */
function describeDetail(detail: Record<string, unknown>): string {
  const parts: string[] = [];
  if ('moves' in detail) {
    parts.push(
      `moves ${String(detail.moves)}, outside LIS ${String(detail.expectedMoves ?? '?')}`,
    );
  }
  if ('outsideAfter' in detail) {
    parts.push(`outside LIS after ${String(detail.outsideAfter)}`);
  }
  if (typeof detail.runs === 'number' && detail.runs > 1) {
    parts.push(`${detail.runs} runs`);
  }
  if ('ready' in detail) parts.push(`${String(detail.ready)} ready`);
  if ('s2Requests' in detail) {
    parts.push(
      `${String(detail.fromSemanticScholar)} from Semantic Scholar in ${String(detail.s2Requests)} request(s), est. ${Number(detail.estimatedSeconds).toFixed(1)} s`,
    );
  }
  if ('inserted' in detail) parts.push(`${String(detail.inserted)} inserted`);
  if ('hits' in detail) parts.push(`${String(detail.hits)} hits`);
  return parts.join(', ');
}

function callsCell(r: OpResult): (string | number)[] {
  if (!r.calls) return ['-', '-', '-', '-', '-', '-', r.note ?? r.status];
  const top = r.calls.top
    .map(([m, n]) => `${m.replace(/^DocumentApp\./, '')} ${n}`)
    .join(', ');
  const arxiv =
    r.arxiv && r.arxiv.requests
      ? `${r.arxiv.requests} req, ${r.arxiv.virtualSeconds.toFixed(1)} s`
      : '-';
  const detail = r.detail ? describeDetail(r.detail) : '';
  const note = [r.status === 'error' ? `error: ${r.note}` : r.note, detail]
    .filter(Boolean)
    .join('; ');
  return [
    r.calls.total,
    r.calls.reads,
    r.calls.writes,
    formatMs(r.wallMs),
    arxiv,
    top,
    note,
  ];
}

/** The whole report as Markdown: per-action costs, service calls per doc size, arXiv, bundle, core timings, targets. */
export function render(results: Results): string {
  const parts: string[] = [];
  parts.push(
    `Measured ${results.generatedAt} on ${results.machine.cpus} × ${results.machine.cpuModel}, Node ${results.machine.node}; bench took ${results.totalSeconds?.toFixed(0) ?? '?'} s.`,
  );
  parts.push(...actionCostTables(results));
  parts.push(...userActionTables(results));
  parts.push('### Service calls per server function');
  parts.push(
    markdownTable(
      [
        'operation',
        'entries',
        'blocks',
        'calls',
        'reads',
        'writes',
        'wall ms',
        'arXiv',
        'top methods',
        'notes',
      ],
      results.operations.map(r => [
        r.op,
        r.entries ?? '-',
        r.blocks ?? '-',
        ...callsCell(r).slice(0, 6),
        callsCell(r)[6],
      ]),
    ),
  );
  parts.push('### arXiv requests');
  const previewRows = results.operations.filter(
    r => r.op.startsWith('previewPapers') || r.op.startsWith('insertPapers'),
  );
  parts.push(
    markdownTable(
      [
        'operation',
        'entries',
        'requests',
        'ids per request',
        'virtual s',
        'min gap s',
      ],
      previewRows.map(r => [
        r.op,
        r.entries ?? '-',
        r.arxiv ? r.arxiv.requests : '-',
        r.arxiv ? r.arxiv.idsPerRequest.join(' + ') || '-' : (r.note ?? '-'),
        r.arxiv ? r.arxiv.virtualSeconds : '-',
        r.arxiv?.minGapSeconds ?? '-',
      ]),
    ),
  );
  parts.push('### Bundle');
  const b = results.bundle;
  parts.push(
    markdownTable(
      ['file', 'bytes', 'note'],
      [
        ['dist/Code.js', b.codeBytes ?? '-', b.note ?? ''],
        ...(b.parts ?? []).map(part => [
          `  of which ${part.source}`,
          part.bytes,
          '',
        ]),
        ...Object.entries(b.pages).map(([f, n]) => [`dist/${f}`, n, '']),
        [
          'load dist/Code.js (median ms)',
          b.loadMs ? formatMs(b.loadMs.medianMs) : '-',
          b.loadMs
            ? `min ${formatMs(b.loadMs.minMs)} ms over ${b.loadMs.runs} fresh environments`
            : '',
        ],
      ],
    ),
  );
  parts.push('### Pure core');
  parts.push(
    markdownTable(
      ['computation', 'median ms', 'min ms', 'runs', 'note'],
      results.core.map(c => [
        c.name,
        c.timing ? formatMs(c.timing.medianMs) : '-',
        c.timing ? formatMs(c.timing.minMs) : '-',
        c.timing ? c.timing.runs : '-',
        c.status === 'ok'
          ? c.targeted
            ? ''
            : 'context, not a target'
          : (c.note ?? c.status),
      ]),
    ),
  );
  parts.push('### Targets');
  parts.push(
    markdownTable(
      ['target', 'measured', 'met'],
      results.targets.map(t => [
        t.target,
        t.measured,
        t.met === null ? 'not measured' : t.met ? 'yes' : 'NO',
      ]),
    ),
  );
  return parts.join('\n\n');
}
