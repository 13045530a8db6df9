// The Docs advanced service (`Docs.Documents.get`), answering from the document's saved version, counted like every call.
//
// Reference: https://developers.google.com/docs/api/reference/rest/v1/documents/get
// (documentId, fields, includeTabsContent) and
// https://developers.google.com/apps-script/guides/services/advanced (an
// advanced service exists only when the manifest enables it).
import type {EmulatorContext} from '../context';
import type {AnyDocJson} from '../../src/core/doc-model';
import type {DocumentState as AnyDocumentState} from '../document';
import {
  type FieldMask,
  checkKnownFields,
  maskedJson,
  parseFieldMask,
  sameJsonValue,
} from './docs-fields';
import type {TabState} from '../document/tab';
import {frozenTabs, sameFrozen} from './docs-frozen';
import {type RestDocument, type RestTab, restContent} from './docs-structure';

/** Documents.get answers for the first tab without includeTabsContent, for every tab with it. */
type DocumentState = AnyDocumentState<AnyDocJson>;

/** One Documents.get answered: what the bench weighs (the bytes of the JSON sent back). */
export interface DocsApiLogEntry {
  documentId: string;
  fields?: string;
  bytes: number;
}

/** appsscript.json's `dependencies.enabledAdvancedServices` entry. */
export interface AdvancedServiceEntry {
  userSymbol: string;
  serviceId: string;
  version: string;
}

/** The Docs service's id and version in a manifest (what the Apps Script editor writes). */
export const DOCS_SERVICE = {serviceId: 'docs', version: 'v1'};

/** Every field name the emulator produces: a mask naming another is refused (see docs-fields.ts). */
const KNOWN_FIELDS: ReadonlySet<string> = new Set(
  (
    'documentId title revisionId body content startIndex endIndex paragraph elements ' +
    'textRun textStyle bold italic link url foregroundColor color rgbColor red green blue ' +
    'paragraphStyle namedStyleType direction headingId bullet listId nestingLevel ' +
    'table rows columns tableRows tableCells tableOfContents sectionBreak sectionStyle ' +
    'columnSeparatorStyle contentDirection lists listProperties nestingLevels glyphSymbol ' +
    'glyphType tabs tabProperties tabId index documentTab childTabs parentTabId title'
  ).split(' '),
);

const KNOWN_OPTIONS = new Set(['fields', 'includeTabsContent']);

/** What Documents.get answers from: every tab's content, the first tab's standing for the document's body. */
interface Snapshot {
  /** The frozen tabs it is made from (restTabs of them, a pure function, gives `tabs`). */
  readonly frozen: TabState[];
  readonly tabs: RestTab[];
}

/**
 * Every tab as the REST Tab resource gives it: id, title, index among its
 * siblings (0 written out, unlike most zeros, in real answers), parentTabId
 * and nestingLevel for a nested tab, its body, its child tabs (recorded real
 * answers: test/fixtures/docs-api).
 */
function restTabs(tabs: TabState[], parent?: TabState, level = 0): RestTab[] {
  return tabs.map((tab, index) => {
    const out: RestTab = {
      tabProperties: {
        tabId: tab.id,
        title: tab.title,
        index,
        ...(parent ? {parentTabId: parent.id, nestingLevel: level} : {}),
      },
      documentTab: restContent(tab.body),
    };
    if (tab.childTabs.length) {
      out.childTabs = restTabs(tab.childTabs, tab, level + 1);
    }
    return out;
  });
}

/**
 * The saved version kept at the first change after a save: a copy of the
 * tree, turned into REST only if Documents.get reads it before the next
 * save. Why lazily: a big reorganize saves every 200 blocks, and building
 * the REST form of a 5,000-entry document at each save was most of its
 * time under test, while few of those versions are ever read. A read of
 * the saved content itself goes through one too: unchanged blocks keep
 * their frozen copies, so revisionOf can tell nothing changed cheaply.
 */
function savedSnapshot(state: DocumentState): Snapshot {
  const frozen = frozenTabs(state.tabs);
  let tabs: RestTab[] | undefined;
  return {
    frozen,
    get tabs() {
      tabs ??= restTabs(frozen);
      return tabs;
    },
  };
}

/** One REST Document (all fields) around a snapshot of its tabs, as of `revisionId`. */
function restDocument(
  state: DocumentState,
  saved: Snapshot,
  revisionId: string,
  includeTabsContent: boolean,
): RestDocument {
  const content = saved.tabs[0].documentTab;
  const doc: RestDocument = {
    documentId: state.id,
    title: state.name,
    revisionId,
  };
  // With includeTabsContent the text lives in tabs[].documentTab and body, lists are left out (REST reference).
  if (includeTabsContent) {
    doc.tabs = saved.tabs;
  } else {
    doc.body = content.body;
    if (content.lists) doc.lists = content.lists;
  }
  return doc;
}

/**
 * The Docs advanced service over one document. DocumentApp's changes are
 * invisible to it until saved (saveAndClose, or the end of the execution
 * that made them), as documented for Apps Script: the first change after a
 * save keeps a copy of the saved version, which Documents.get answers from.
 *
 * `revisionId` changes exactly when the saved content changes, per document
 * (docs/PLATFORM.md): an edit becomes a new revision once saved (an
 * execution's DocumentApp edits after saveAndClose or its end, the user's at
 * once), a save with nothing changed keeps it, and so does an edit undone
 * before the save. Google documents only that the id changes with the
 * document; reading it this leniently is the case a cache keyed by it must
 * survive (the same id, the same content).
 */
export function createDocsService(
  ctx: EmulatorContext,
  documents: (id: string) => DocumentState | null,
  log: DocsApiLogEntry[],
  msPerByte: number,
): GoogleAppsScript.Docs & {track(state: DocumentState): void} {
  /** Revision ids are numbered across documents, so no two documents ever share one. */
  let nextRevision = 1;
  /** Each fields mask parsed (and found known) once. */
  const masks = new Map<string, FieldMask>();
  /** Per document, the saved content last answered and its revision id. */
  const revisions = new Map<DocumentState, {id: string; saved: Snapshot}>();
  /**
   * Per snapshot, its answers as JSON by everything else they depend on
   * (document id and title, revision id, includeTabsContent, fields): a
   * read of content already answered only parses the answer again.
   */
  const answers = new WeakMap<
    Snapshot,
    Map<string, {json: string; bytes: number}>
  >();
  /**
   * The content to answer from and its revision id: a new id when the
   * content differs from the last answered. The same frozen blocks as last
   * time answer from the last snapshot, unbuilt and unserialized again
   * (a revisionId-only read of an unchanged big document stays cheap).
   */
  const revisionOf = (
    state: DocumentState,
    saved: Snapshot,
  ): {id: string; saved: Snapshot} => {
    const last = revisions.get(state);
    if (last && sameFrozen(last.saved.frozen, saved.frozen)) return last;
    // Compared, not serialized: an edit is told at its first difference.
    if (last && sameJsonValue(last.saved.tabs, saved.tabs)) {
      revisions.set(state, {id: last.id, saved});
      return {id: last.id, saved};
    }
    const id = `emu-revision-${nextRevision++}`;
    revisions.set(state, {id, saved});
    return {id, saved};
  };
  /** Per document, the saved version, kept from the first change after a save until the next save. */
  const savedVersions = new Map<
    DocumentState,
    {executionId: number; content: Snapshot} | null
  >();
  /** Starts keeping a document's saved version; every document must be tracked before it changes. */
  const track = (state: DocumentState): void => {
    if (savedVersions.has(state)) return;
    savedVersions.set(state, null);
    state.unsavedChanges.onFirstChange(() => {
      savedVersions.set(state, {
        executionId: ctx.execution.id ?? 0,
        content: savedSnapshot(state),
      });
    });
  };

  const get = (documentId: unknown, options: unknown = {}): RestDocument => {
    ctx.call('Docs.Documents.get', 'docsApi');
    const state = typeof documentId === 'string' ? documents(documentId) : null;
    if (!state) {
      throw new Error(
        'GoogleJsonResponseException: API call to docs.documents.get failed with error: Requested entity was not found.',
      );
    }
    const opts = (options ?? {}) as Record<string, unknown>;
    for (const key of Object.keys(opts)) {
      if (!KNOWN_OPTIONS.has(key)) {
        throw new Error(
          `GoogleJsonResponseException: API call to docs.documents.get failed with error: Invalid JSON payload received. Unknown name "${key}": Cannot bind query parameter.`,
        );
      }
    }
    const tabs = opts.includeTabsContent === true;
    // Changes of an execution that has ended are saved; only the current one's may still be pending.
    const current = ctx.execution.id ?? 0;
    const saved = savedVersions.get(state) ?? null;
    const visible =
      saved &&
      saved.executionId === current &&
      state.unsavedChanges.pending(current) > 0
        ? saved.content
        : savedSnapshot(state);
    const revision = revisionOf(state, visible);
    const fields =
      typeof opts.fields === 'string' && opts.fields !== ''
        ? opts.fields
        : null;
    let mask: FieldMask | null = null;
    if (fields !== null) {
      mask = masks.get(fields) ?? null;
      if (!mask) {
        mask = parseFieldMask(fields);
        checkKnownFields(mask, KNOWN_FIELDS);
        masks.set(fields, mask);
      }
    }
    let kept = answers.get(revision.saved);
    if (!kept) {
      kept = new Map();
      answers.set(revision.saved, kept);
    }
    const key = JSON.stringify([
      state.id,
      state.name,
      revision.id,
      tabs,
      fields,
    ]);
    let answer = kept.get(key);
    if (!answer) {
      const full = restDocument(state, revision.saved, revision.id, tabs);
      const json = maskedJson(full, mask);
      answer = {json, bytes: Buffer.byteLength(json)};
      kept.set(key, answer);
    }
    const {json, bytes} = answer;
    log.push({
      documentId: state.id,
      ...(typeof opts.fields === 'string' ? {fields: opts.fields} : {}),
      bytes,
    });
    ctx.clock.advance(bytes * msPerByte);
    ctx.checkDeadline();
    // A copy, as a REST answer is parsed anew: the caller cannot reach the saved version.
    return JSON.parse(json) as RestDocument;
  };

  return {Documents: {get}, track} as unknown as GoogleAppsScript.Docs & {
    track(state: DocumentState): void;
  };
}
