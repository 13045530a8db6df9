// The body read in one Docs.Documents.get call, checked against DocumentApp before use, with DocumentApp's pass as the fallback.
//
// REST shapes: https://developers.google.com/docs/api/reference/rest/v1/documents
// (StructuralElement, Paragraph, TextRun, Bullet, Table, TableOfContents).
// Writes stay on DocumentApp: the indices the use cases compute are body
// child indices, and body child i is the i-th structural element once the
// section breaks are left out.
import type {DocumentPort, ReadSource} from '../app/shared/ports';
import type {ReadCache} from '../app/shared/read-cache';
import type {BlockSummary, HeadingName, LinkRange} from '../core/doc-model';

type Body = GoogleAppsScript.Document.Body;
type Structural = GoogleAppsScript.Docs.Schema.StructuralElement;

/** The structural elements' fields the outline needs: kinds, texts, links, headings, nesting. */
const CONTENT_FIELDS =
  'content(' +
  'sectionBreak,' +
  'paragraph(elements/textRun(content,textStyle/link/url),paragraphStyle/namedStyleType,bullet(listId,nestingLevel)),' +
  'table/tableRows/tableCells/content/paragraph/elements/textRun/content,' +
  'tableOfContents/content/paragraph/elements/textRun/content)';

/** What the outline needs of the first tab (Documents.get's `body`), and nothing more, with the revision it is of. */
export const DOCS_READ_FIELDS = `revisionId,body/${CONTENT_FIELDS}`;

/** The change token alone: a few bytes (issue 27). */
export const DOCS_REVISION_FIELDS = 'revisionId';

/** Docs nests tabs at most three deep (a tab, its child, its grandchild). */
const TAB_DEPTH = 3;

/** The same for every tab, with includeTabsContent: each tab's id, body and child tabs. */
export const DOCS_TABS_READ_FIELDS = (() => {
  let mask = `tabProperties/tabId,documentTab/body/${CONTENT_FIELDS}`;
  for (let depth = 1; depth < TAB_DEPTH; depth++) {
    mask = `tabProperties/tabId,documentTab/body/${CONTENT_FIELDS},childTabs(${mask})`;
  }
  return `revisionId,tabs(${mask})`;
})();

/** A REST Tab as far as the read needs it (the typings predate tabs). */
interface RestTab {
  tabProperties?: {tabId?: string};
  documentTab?: {body?: {content?: Structural[]}};
  childTabs?: RestTab[];
}

/** The tab with this id in an includeTabsContent answer, at any depth. */
function findRestTab(
  tabs: RestTab[] | undefined,
  tabId: string,
): RestTab | null {
  for (const tab of tabs ?? []) {
    if (tab.tabProperties?.tabId === tabId) return tab;
    const child = findRestTab(tab.childTabs, tabId);
    if (child) return child;
  }
  return null;
}

/** DocumentApp's getText() shows a soft line break as "\r" where the REST API has U+000B. */
const SOFT_BREAK = '\u000b';

/** The REST API's named styles as our heading names (the test's REST -> DocJson converter reads them too). */
export const REST_HEADINGS: Record<string, HeadingName> = {
  NORMAL_TEXT: 'NORMAL',
  TITLE: 'TITLE',
  SUBTITLE: 'SUBTITLE',
  HEADING_1: 'HEADING1',
  HEADING_2: 'HEADING2',
  HEADING_3: 'HEADING3',
  HEADING_4: 'HEADING4',
  HEADING_5: 'HEADING5',
  HEADING_6: 'HEADING6',
};

/** A paragraph's text without its closing "\n", and its links with touching runs of one URL merged. */
function paragraphText(paragraph: GoogleAppsScript.Docs.Schema.Paragraph): {
  text: string;
  links: LinkRange[];
} {
  let text = '';
  const links: LinkRange[] = [];
  for (const element of paragraph.elements ?? []) {
    const run = element.textRun;
    if (!run?.content) continue;
    const start = text.length;
    text += run.content;
    const url = run.textStyle?.link?.url;
    if (!url) continue;
    const end = start + run.content.replace(/\n$/, '').length;
    const last = links[links.length - 1];
    if (last && last.end === start && last.url === url) last.end = end;
    else if (end > start) links.push({start, end, url});
  }
  if (text.endsWith('\n')) text = text.slice(0, -1);
  return {text: text.split(SOFT_BREAK).join('\r'), links};
}

/** The text of a cell or table of contents: its paragraphs joined by "\n". */
function contentText(content: Structural[] | undefined): string {
  return (content ?? [])
    .map(e => (e.paragraph ? paragraphText(e.paragraph).text : ''))
    .join('\n');
}

/**
 * Block summaries from a REST body: one per structural element, section
 * breaks left out. A table's text is its cells joined by "\n", within a
 * row as between rows, as live DocumentApp's Table.getText() gives it (and
 * so Body.getText() around a table; docs/PLATFORM.md): the same text the
 * DocumentApp read gives, so mismatch() accepts a multi-cell table.
 */
export function summariesFromRest(content: Structural[]): BlockSummary[] {
  const out: BlockSummary[] = [];
  for (const element of content) {
    if (element.sectionBreak) continue;
    const index = out.length;
    if (element.paragraph) {
      const {text, links} = paragraphText(element.paragraph);
      const bullet = element.paragraph.bullet;
      const style = element.paragraph.paragraphStyle?.namedStyleType ?? '';
      // A list item can carry a heading style: numbered headings ("1. Vision").
      const heading = REST_HEADINGS[style] ?? 'NORMAL';
      if (bullet) {
        out.push({
          index,
          kind: 'listItem',
          heading,
          text,
          links,
          nesting: bullet.nestingLevel ?? 0,
        });
      } else {
        out.push({index, kind: 'paragraph', heading, text, links});
      }
    } else if (element.table) {
      const text = (element.table.tableRows ?? [])
        .flatMap(row =>
          (row.tableCells ?? []).map(cell => contentText(cell.content)),
        )
        .join('\n');
      out.push({index, kind: 'table', heading: 'NORMAL', text, links: []});
    } else {
      const text = contentText(element.tableOfContents?.content);
      out.push({index, kind: 'other', heading: 'NORMAL', text, links: []});
    }
  }
  return out;
}

/**
 * Why the REST summaries cannot stand for the body DocumentApp writes to,
 * or null when they can: the same number of children and the same text
 * (Body.getText(), the children joined by "\n"), so every index the use
 * case writes at names the child it read. This catches another tab than the
 * first (the REST body is the first tab's), unsaved changes, and elements
 * we map differently.
 */
export function mismatch(blocks: BlockSummary[], body: Body): string | null {
  const children = body.getNumChildren();
  if (children !== blocks.length) {
    return `the Docs API showed ${blocks.length} body elements where DocumentApp has ${children}`;
  }
  const text = body.getText();
  const expected = blocks.map(b => b.text).join('\n');
  if (text !== expected) {
    let at = 0;
    while (at < text.length && text[at] === expected[at]) at++;
    const child = expected.slice(0, at).split('\n').length - 1;
    return `the Docs API's text differs from DocumentApp's at body element ${child}`;
  }
  return null;
}

/** The DocumentPort's DocumentApp side that the fast read needs. */
export interface DocumentAppSide extends DocumentPort {
  /** The body DocumentApp writes to (a fresh handle after a flush). */
  body(): Body;
  /** Today's pass over the body, one DocumentApp call per child and more. */
  readWithDocumentApp(): BlockSummary[];
  /** Takes a checked Docs API read as the body's state (the write journal keys its blocks from it). */
  adoptRead?(blocks: BlockSummary[]): void;
  /** The body's length as just proven (the revision unchanged since a checked read): the next write takes it instead of asking. */
  lengthIs?(length: number): void;
}

/**
 * The port with `read()` through Docs.Documents.get when it can be trusted
 * (of the port's tab: `options.tabId`, the first tab without one),
 * else DocumentApp's pass; `readSource()` says which the last read used and
 * why it fell back. Writes go to DocumentApp; after one, until the next
 * flush, reads use DocumentApp (the Docs API sees only saved content).
 * @param docs the advanced service, undefined when the manifest does not enable it
 */
export function withDocsApiRead(
  port: DocumentAppSide,
  docs: GoogleAppsScript.Docs | undefined,
  options: {
    /**
     * The tab the port works on when it is not the first: read with
     * includeTabsContent. A function is asked on the first body read only
     * (a cached read needs no REST mask, so no tab lookup either).
     */
    tabId?: string | null | (() => string | null);
    /**
     * Where checked reads are kept under the document's revision id, made
     * on the first read (null: none, as in a time trigger); its key for the
     * tab is `cacheTabId`, the port's own tab.
     */
    cache?: () => ReadCache | null;
    cacheTabId?: string | null;
  } = {},
): DocumentPort {
  const tabOption = options.tabId ?? null;
  let restTabId: string | null | undefined =
    typeof tabOption === 'function' ? undefined : tabOption;
  const cacheTabId =
    options.cacheTabId ?? (typeof tabOption === 'function' ? null : tabOption);
  /** The REST body of the port's tab and its revision: Documents.get's `body` is the first tab's, another is found in `tabs`. */
  const restBody = (): {content: Structural[]; revision?: string} => {
    if (restTabId === undefined) restTabId = (tabOption as () => string)();
    const tabId = restTabId;
    if (!tabId) {
      const doc = docs!.Documents.get(port.id(), {fields: DOCS_READ_FIELDS});
      return {content: doc.body?.content ?? [], revision: doc.revisionId};
    }
    const doc = docs!.Documents.get(port.id(), {
      fields: DOCS_TABS_READ_FIELDS,
      includeTabsContent: true,
    } as object);
    const tab = findRestTab((doc as {tabs?: RestTab[]}).tabs, tabId);
    if (!tab) throw new Error(`no tab ${tabId} in the answer`);
    return {
      content: tab.documentTab?.body?.content ?? [],
      revision: doc.revisionId,
    };
  };
  let unsavedWrites = false;
  /** True once this execution wrote through the port: no cached read is used after a write of its own. */
  let wrote = false;
  let source: ReadSource = {via: 'document-app'};
  let cache: ReadCache | null | undefined;
  const getCache = (): ReadCache | null => {
    if (cache === undefined) cache = options.cache ? options.cache() : null;
    return cache;
  };
  /** A cached read's revision that liveIsRead found the document no longer at. */
  let replaced: string | null = null;
  /**
   * The read cached under the document's current revision, or null. The
   * token is asked for only when the cache holds a read of this tab, so a
   * cold read stays one Documents.get.
   */
  const cachedRead = (): {
    blocks: BlockSummary[];
    revision: string;
  } | null => {
    const store = wrote ? null : getCache();
    if (!store) return null;
    const held = store.revision(port.id(), cacheTabId);
    // A revision liveIsRead just saw replaced needs no second token to say so.
    if (!held || held === replaced) return null;
    const now = revisionNow();
    const blocks = now === held ? store.get(port.id(), cacheTabId, now) : null;
    return blocks && now ? {blocks, revision: now} : null;
  };
  const revisionNow = (): string | undefined =>
    docs!.Documents.get(port.id(), {fields: DOCS_REVISION_FIELDS}).revisionId;
  /**
   * The last read() or readUnproven() and the revision it is of, while
   * nothing is written: what liveIsRead compares. `unproven` until a
   * revision read shows the document still at that revision.
   */
  let last: {
    blocks: BlockSummary[];
    revision: string;
    unproven?: boolean;
  } | null = null;
  /** Keeps a checked read under its revision; a cache that refuses it costs only the next read. */
  const keep = (revision: string | undefined, blocks: BlockSummary[]) => {
    const store = getCache();
    if (!store || !revision) return;
    try {
      store.put(port.id(), cacheTabId, revision, blocks);
    } catch {
      // Nothing to do: the next read reads the body again.
    }
  };

  const fallback = (reason: string): BlockSummary[] => {
    source = {via: 'document-app', fallbackReason: reason};
    return port.readWithDocumentApp();
  };
  const read = (): BlockSummary[] => {
    last = null;
    if (!docs) return fallback('the Docs advanced service is not enabled');
    if (unsavedWrites) {
      return fallback('the Docs API cannot see changes not yet saved');
    }
    let blocks: BlockSummary[];
    let revision: string | undefined;
    try {
      const cached = cachedRead();
      if (cached) {
        // Checked against DocumentApp when it was read, at this very revision; the guard before writes stays.
        source = {via: 'docs-api', cached: true};
        if (port.adoptRead) port.adoptRead(cached.blocks);
        last = cached;
        return cached.blocks;
      }
      const rest = restBody();
      blocks = summariesFromRest(rest.content);
      revision = rest.revision;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      return fallback(`Documents.get failed: ${message}`);
    }
    const why = mismatch(blocks, port.body());
    if (why) return fallback(why);
    source = {via: 'docs-api'};
    if (port.adoptRead) port.adoptRead(blocks);
    keep(revision, blocks);
    if (revision) last = {blocks, revision};
    return blocks;
  };
  /**
   * The cached read taken on trust for planning (DocumentPort.readUnproven):
   * no revision read, so the guard's one revision read before the write is
   * the only token the insert asks for. Not adopted as the body's state (the
   * journal's keys) until liveIsRead proves it.
   */
  const readUnproven = (): BlockSummary[] | null => {
    last = null;
    if (!docs || unsavedWrites || wrote) return null;
    try {
      const store = getCache();
      const held = store?.revision(port.id(), cacheTabId);
      const blocks = held ? store!.get(port.id(), cacheTabId, held) : null;
      if (!held || !blocks) return null;
      last = {blocks, revision: held, unproven: true};
      source = {via: 'docs-api', cached: true};
      return blocks;
    } catch {
      return null;
    }
  };
  /**
   * The guard before a write (DocumentPort.liveIsRead): one revision read
   * instead of the neighbours' getters. Only for the array the last read
   * returned, that read checked at a revision (a Docs API read checked
   * against DocumentApp, or the cache of one), and before this execution
   * writes: DocumentApp's writes reach the revision only when saved.
   */
  const liveIsRead = (blocks: BlockSummary[]): boolean => {
    if (!last || wrote || unsavedWrites || last.blocks !== blocks) {
      return false;
    }
    try {
      if (revisionNow() !== last.revision) {
        replaced = last.revision;
        return false;
      }
    } catch {
      return false;
    }
    if (last.unproven) {
      // Proven now: the read stands for the body, as a checked read does.
      last.unproven = false;
      if (port.adoptRead) port.adoptRead(blocks);
    }
    // The body's length is the read's: the journal need not ask for it before this write.
    if (port.lengthIs) port.lengthIs(blocks.length);
    return true;
  };
  const writing =
    <A extends unknown[]>(write: (...args: A) => void) =>
    (...args: A): void => {
      unsavedWrites = true;
      wrote = true;
      write(...args);
    };
  return {
    ...port,
    read,
    readUnproven,
    liveIsRead,
    insertBlocks: writing(port.insertBlocks),
    moveRange: writing(port.moveRange),
    removeRange: writing(port.removeRange),
    // A replace writes too (version notes): until then it escaped the unsaved-writes rule.
    ...(port.replaceBlocks ? {replaceBlocks: writing(port.replaceBlocks)} : {}),
    flush: () => {
      port.flush();
      unsavedWrites = false;
    },
    // Finishing an interrupted write writes too, unseen by the Docs API until the next save.
    ...(port.recover
      ? {
          recover: () => {
            const recovered = port.recover!();
            if (recovered) unsavedWrites = wrote = true;
            return recovered;
          },
        }
      : {}),
    readSource: () => source,
  };
}

/** The Docs advanced service, or undefined when appsscript.json does not enable it (then `Docs` is not defined). */
export function advancedDocs(): GoogleAppsScript.Docs | undefined {
  return typeof Docs === 'undefined' ? undefined : Docs;
}
