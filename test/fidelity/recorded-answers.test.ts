// The emulated Docs.Documents.get against 17 real answers (test/fixtures/docs-api, see its SOURCES.md), on everything Paper Haul reads.
//
// Each answer is loaded as DocJson (test/support/rest-to-docjson.ts) and
// the emulator's answer compared with the recorded one: element kinds,
// startIndex/endIndex in UTF-16 units, paragraph text, named style, list
// nesting, link URLs, table rows and cells, tables of contents, tabs, and
// the block summaries src/gas/docs-api-read.ts makes of them.
import {readFileSync, readdirSync} from 'fs';
import {join} from 'path';
import {createEnvironment, type Manifest} from '../../emulator';
import {summariesFromRest} from '../../src/gas/docs-api-read';
import {
  type Rest,
  docJsonFromRest,
  normalizeRecorded,
} from '../support/rest-to-docjson';

const ROOT = join(__dirname, '..', 'fixtures', 'docs-api');

const DOCS_ENABLED: Manifest = {
  oauthScopes: ['https://www.googleapis.com/auth/documents'],
  dependencies: {
    enabledAdvancedServices: [
      {userSymbol: 'Docs', serviceId: 'docs', version: 'v1'},
    ],
  },
};

/**
 * Elements edited by hand in the recorded repository (SOURCES.md): their
 * indices disagree with their own text, so no emulator could match them.
 * Keyed by file, then by position in body.content (the section break is 0).
 */
const HAND_EDITED: Record<string, number[]> = {
  'gatsby-source-google-docs/texts.json': [18, 21, 22],
  'gatsby-source-google-docs/links.json': [8],
  'gatsby-source-google-docs/empty.json': [2],
};

function recordedFiles(): string[] {
  return readdirSync(ROOT, {withFileTypes: true})
    .filter(entry => entry.isDirectory())
    .flatMap(dir =>
      readdirSync(join(ROOT, dir.name))
        .filter(name => name.endsWith('.json'))
        .map(name => `${dir.name}/${name}`),
    )
    .sort();
}

function span(element: Rest): number {
  return element.endIndex - (element.startIndex ?? 0);
}

/** Links by index, touching runs of one URL merged (run boundaries follow styles the add-on does not read). */
function links(paragraph: Rest, shift: number): Rest[] {
  const out: Rest[] = [];
  for (const pe of paragraph.elements) {
    const url = pe.textRun?.textStyle?.link?.url;
    if (!url) continue;
    const start = (pe.startIndex ?? 0) - shift;
    // The closing "\n" is never part of a link.
    const end =
      pe.endIndex - shift - (pe.textRun.content.endsWith('\n') ? 1 : 0);
    const last = out[out.length - 1];
    if (last && last.end === start && last.url === url) last.end = end;
    else if (end > start) out.push({start, end, url});
  }
  return out;
}

/** What the add-on reads of one structural element, its indices moved down by `shift`. */
function project(element: Rest, shift: number, nested = false): Rest {
  const at = {
    start: (element.startIndex ?? 0) - shift,
    end: element.endIndex - shift,
  };
  if (element.paragraph) {
    const p = element.paragraph;
    const text = p.elements
      .map((pe: Rest) => pe.textRun?.content ?? '')
      .join('');
    const runsContiguous = p.elements.every(
      (pe: Rest, k: number) =>
        span(pe) === pe.textRun.content.length &&
        (k === 0 ? (pe.startIndex ?? 0) : p.elements[k - 1].endIndex) ===
          (pe.startIndex ?? 0),
    );
    if (nested) return {...at, text, runsContiguous};
    return {
      ...at,
      text,
      runsContiguous,
      style: p.paragraphStyle?.namedStyleType,
      nesting: p.bullet ? (p.bullet.nestingLevel ?? 0) : null,
      links: links(p, shift),
    };
  }
  if (element.table) {
    return {
      ...at,
      table: {
        rows: element.table.rows,
        columns: element.table.columns,
        tableRows: element.table.tableRows.map((row: Rest) => ({
          start: row.startIndex - shift,
          end: row.endIndex - shift,
          cells: row.tableCells.map((cell: Rest) => ({
            start: cell.startIndex - shift,
            end: cell.endIndex - shift,
            content: cell.content.map((e: Rest) => project(e, shift, true)),
          })),
        })),
      },
    };
  }
  if (element.tableOfContents) {
    return {
      ...at,
      tableOfContents: element.tableOfContents.content.map((e: Rest) =>
        project(e, shift, true),
      ),
    };
  }
  return {...at, sectionBreak: Boolean(element.sectionBreak)};
}

/** The summary src/gas/docs-api-read.ts makes of one element, without its position. */
function summary(element: Rest): Rest {
  const [{index, ...rest}] = summariesFromRest([element]);
  void index;
  return rest;
}

/** How many elements were compared and left out, after asserting that every other one matches. */
function compareBodies(
  recorded: Rest[],
  emulated: Rest[],
  leftOut: number[],
): {compared: number; leftOut: number} {
  const normalized = normalizeRecorded(recorded);
  expect(emulated[0].sectionBreak).toBeDefined();
  expect(emulated[0].endIndex).toBe(normalized[0].endIndex);
  let shift = 0;
  let e = 1;
  let compared = 0;
  let skipped = 0;
  for (let r = 1; r < normalized.length; r++) {
    const element = normalized[r];
    if (element.sectionBreak) {
      // A section break after the first: DocJson has none, it takes its own index.
      shift += span(element);
      skipped++;
      continue;
    }
    if (leftOut.includes(r)) {
      // Their indices are the recorded repository's, not their text's: take up from where each ends.
      shift = element.endIndex - emulated[e].endIndex;
      e++;
      skipped++;
      continue;
    }
    const where = `body.content[${r}]`;
    expect({where, ...project(emulated[e], 0)}).toEqual({
      where,
      ...project(element, shift),
    });
    expect({where, ...summary(emulated[e])}).toEqual({
      where,
      ...summary(element),
    });
    e++;
    compared++;
  }
  expect(e).toBe(emulated.length);
  return {compared, leftOut: skipped};
}

function emulatedAnswer(recorded: Rest): Rest {
  const env = createEnvironment({
    files: {},
    document: docJsonFromRest(recorded),
    manifest: DOCS_ENABLED,
  });
  const tabs = Array.isArray(recorded.tabs);
  return env.globals.Docs!.Documents.get(
    env.document.id,
    tabs ? {includeTabsContent: true} : {},
  );
}

/** Every recorded tab against the emulated tab of the same place in the tree. */
function compareTabs(
  recorded: Rest[],
  emulated: Rest[],
): {compared: number; leftOut: number} {
  const ids = (tabs: Rest[]) =>
    tabs.map(t => ({
      tabId: t.tabProperties.tabId,
      title: t.tabProperties.title,
      index: t.tabProperties.index,
      parentTabId: t.tabProperties.parentTabId,
      nestingLevel: t.tabProperties.nestingLevel,
      children: (t.childTabs ?? []).length,
    }));
  expect(ids(emulated)).toEqual(ids(recorded));
  let compared = 0;
  let leftOut = 0;
  recorded.forEach((tab, k) => {
    const body = compareBodies(
      tab.documentTab.body.content,
      emulated[k].documentTab.body.content,
      [],
    );
    const children = compareTabs(
      tab.childTabs ?? [],
      emulated[k].childTabs ?? [],
    );
    compared += body.compared + children.compared;
    leftOut += body.leftOut + children.leftOut;
  });
  return {compared, leftOut};
}

describe('Docs.Documents.get against recorded real answers', () => {
  const files = recordedFiles();

  it('finds all 17 recorded answers', () => {
    expect(files).toHaveLength(17);
  });

  const check = (file: string): void => {
    const recorded = JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
    const emulated = emulatedAnswer(recorded);
    const counts = Array.isArray(recorded.tabs)
      ? compareTabs(recorded.tabs, emulated.tabs)
      : compareBodies(
          recorded.body.content,
          emulated.body.content,
          HAND_EDITED[file] ?? [],
        );
    expect(counts.compared).toBeGreaterThan(0);
    const laterSectionBreaks = (recorded.body?.content ?? [])
      .slice(1)
      .filter((e: Rest) => e.sectionBreak).length;
    expect(counts.leftOut).toBe(
      (HAND_EDITED[file] ?? []).length + laterSectionBreaks,
    );
  };
  it.each(files)(
    '%s: the emulated answer matches on what the add-on reads',
    check,
  );
});
