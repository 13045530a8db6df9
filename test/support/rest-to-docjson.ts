// Test helper: a recorded Docs REST `documents.get` answer turned into the DocJson the emulator loads, and the projection we compare.
//
// REST shapes: https://developers.google.com/docs/api/reference/rest/v1/documents
// DocJson cannot hold what Paper Haul never reads (images, chips, footnote
// references, page breaks, rules): each such paragraph element becomes
// U+FFFC repeated over its UTF-16 length, so indices stay where they were
// and the text shows where it stood. `normalizeRecorded` does the same to
// the recorded answer before the two are compared.
import type {
  AnyDocJson,
  Block,
  DocTab,
  LinkRange,
  Span,
} from '../../src/core/doc-model';
import {REST_HEADINGS} from '../../src/gas/docs-api-read';

// Loose on purpose: recorded answers carry many fields the emulator does not model.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Rest = any;

/** What stands for a paragraph element that is not a text run (one per UTF-16 index it takes). */
export const OBJECT_MARK = '\ufffc';

/** A paragraph element's UTF-16 length, from its own indices. */
function span(element: Rest): number {
  return element.endIndex - (element.startIndex ?? 0);
}

/** A copy of a structural element list with every non-text paragraph element made a text run of OBJECT_MARKs. */
export function normalizeRecorded(content: Rest[]): Rest[] {
  return content.map((element: Rest) => {
    const out = {...element};
    if (element.paragraph) {
      out.paragraph = {
        ...element.paragraph,
        elements: element.paragraph.elements.map((pe: Rest) =>
          pe.textRun
            ? pe
            : {
                startIndex: pe.startIndex,
                endIndex: pe.endIndex,
                textRun: {content: OBJECT_MARK.repeat(span(pe)), textStyle: {}},
              },
        ),
      };
    }
    if (element.table) {
      out.table = {
        ...element.table,
        tableRows: element.table.tableRows.map((row: Rest) => ({
          ...row,
          tableCells: row.tableCells.map((cell: Rest) => ({
            ...cell,
            content: normalizeRecorded(cell.content),
          })),
        })),
      };
    }
    if (element.tableOfContents) {
      out.tableOfContents = {
        content: normalizeRecorded(element.tableOfContents.content),
      };
    }
    return out;
  });
}

/** A paragraph's DocJson text (no closing "\n", soft breaks as DocumentApp's "\r"), links, bold and italic. */
function paragraphParts(paragraph: Rest): {
  text: string;
  links: LinkRange[];
  bold: Span[];
  italic: Span[];
} {
  let text = '';
  const links: LinkRange[] = [];
  const bold: Span[] = [];
  const italic: Span[] = [];
  for (const pe of paragraph.elements) {
    const start = text.length;
    if (!pe.textRun) {
      text += OBJECT_MARK.repeat(span(pe));
      continue;
    }
    text += pe.textRun.content;
    const end = start + pe.textRun.content.replace(/\n$/, '').length;
    if (end <= start) continue;
    const style = pe.textRun.textStyle ?? {};
    const url = style.link?.url;
    if (url) {
      const last = links[links.length - 1];
      if (last && last.end === start && last.url === url) last.end = end;
      else links.push({start, end, url});
    }
    if (style.bold) bold.push({start, end});
    if (style.italic) italic.push({start, end});
  }
  if (text.endsWith('\n')) text = text.slice(0, -1);
  return {text: text.split('\u000b').join('\r'), links, bold, italic};
}

/** A cell's or a table of contents' text: its paragraphs joined by "\n". */
function contentText(content: Rest[]): string {
  return content
    .filter((e: Rest) => e.paragraph)
    .map((e: Rest) => paragraphParts(e.paragraph).text)
    .join('\n');
}

/**
 * The DocJson blocks of a REST body: one per structural element, section
 * breaks left out (DocJson has none; the comparison accounts for the index
 * a section break after the first one takes).
 */
export function blocksFromRest(content: Rest[]): Block[] {
  const blocks: Block[] = [];
  for (const element of content) {
    if (element.paragraph) {
      const {text, links, bold, italic} = paragraphParts(element.paragraph);
      const styles = {
        ...(links.length ? {links} : {}),
        ...(bold.length ? {bold} : {}),
        ...(italic.length ? {italic} : {}),
      };
      const heading =
        REST_HEADINGS[element.paragraph.paragraphStyle?.namedStyleType] ??
        'NORMAL';
      const headingField = heading !== 'NORMAL' ? {heading} : {};
      const bullet = element.paragraph.bullet;
      if (bullet) {
        blocks.push({
          type: 'listItem',
          text,
          ...(bullet.nestingLevel ? {nesting: bullet.nestingLevel} : {}),
          ...headingField,
          ...styles,
        });
      } else {
        blocks.push({type: 'paragraph', text, ...headingField, ...styles});
      }
    } else if (element.table) {
      blocks.push({
        type: 'table',
        rows: element.table.tableRows.map((row: Rest) =>
          row.tableCells.map((cell: Rest) => contentText(cell.content)),
        ),
      });
    } else if (element.tableOfContents) {
      // The emulator's own block (emulator/document/nodes.ts), outside the DocJson contract's Block union.
      blocks.push({
        type: 'tableOfContents',
        entries: element.tableOfContents.content
          .filter((e: Rest) => e.paragraph)
          .map((e: Rest) => paragraphParts(e.paragraph).text),
      } as unknown as Block);
    }
  }
  return blocks;
}

/** One recorded tab with its body as DocJson, children nested. */
function tabFromRest(tab: Rest): DocTab {
  return {
    tabId: tab.tabProperties.tabId,
    title: tab.tabProperties.title,
    body: blocksFromRest(tab.documentTab.body.content),
    ...(tab.childTabs?.length
      ? {childTabs: tab.childTabs.map(tabFromRest)}
      : {}),
  };
}

/** The DocJson of a whole recorded answer: `tabs` when it was fetched with includeTabsContent, else `body`. */
export function docJsonFromRest(doc: Rest): AnyDocJson {
  if (Array.isArray(doc.tabs)) {
    return {title: doc.title, tabs: doc.tabs.map(tabFromRest)};
  }
  return {title: doc.title, body: blocksFromRest(doc.body.content)};
}
