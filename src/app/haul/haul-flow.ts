// A haul's journey: preview the pasted ids, insert the papers with their undo and version records, undo the last haul.
import type {Settings} from '../../core/settings';
import type {
  InsertRequest,
  InsertResult,
  PreviewResult,
} from '../../core/types';
import type {ArxivClient} from '../shared/arxiv-client';
import * as haulDraft from './haul-draft';
import * as insert from './insert';
import {lookupElsewhereToo, titleMatcher} from './lookup-elsewhere';
import type {
  ClockPort,
  DocumentPort,
  KeyValueStore,
  LockPort,
} from '../shared/ports';
import * as preview from './preview';
import type {ScholarlyClient} from '../shared/scholarly-client';
import * as undoHaul from './undo-haul';
import * as versionWatch from '../library/version-watch';
import {versionDeps} from '../library/library-flow';

/** The ports a haul uses; read lazily, each when a step first needs it. */
export interface HaulPorts {
  readonly document: DocumentPort;
  readonly lock: LockPort;
  readonly clock: ClockPort;
  readonly settings: Settings;
  /** The document's properties: undo records, known versions, filed entries' metadata. */
  readonly documentProperties: KeyValueStore;
  /** The active user's key: undo records are kept per user. */
  readonly userKey: string;
  /** The tab `document` works on (the user's open tab): the undo record names it. */
  readonly tabId: string | null;
  /** Every tab of the document, each as its own port: undo opens the haul's own tab. */
  readonly documentTabs: undoHaul.HaulTab[];
  readonly arxiv: ArxivClient;
  readonly scholarly: ScholarlyClient;
  /** The user's properties: the dialog's unsent haul. */
  readonly userProperties: KeyValueStore;
}

/** The undo use case's ports. */
export function undoDeps(s: HaulPorts): undoHaul.UndoDeps {
  return {
    document: s.document,
    get tabId() {
      return s.tabId;
    },
    // Listing the tabs costs Docs calls: only an undo from another tab than the haul's asks.
    tabs: () => s.documentTabs,
    lock: s.lock,
    store: s.documentProperties,
    userKey: s.userKey,
    clock: s.clock,
    settings: s.settings,
  };
}

/** The haul's steps, one per server function. */
export function haulFlow(s: HaulPorts) {
  return {
    /** This user's unsent haul in this document, or null. */
    draft(): haulDraft.HaulDraft | null {
      return haulDraft.readHaulDraft(s);
    },

    /** Keeps the unsent haul as the user types; null (Discard) forgets it. */
    saveDraft(draft: haulDraft.HaulDraftInput | null): void {
      haulDraft.saveHaulDraft(s, draft);
    },

    /** Every arXiv id in the pasted text with its paper or why there is none. */
    preview(input: string): PreviewResult {
      return preview.previewPapers(input, {
        arxiv: s.arxiv,
        document: s.document,
        settings: s.settings,
        properties: s.documentProperties,
        scholarly: s.scholarly,
      });
    },

    /**
     * Writes the papers, then records the haul for undo (`haul` joins the
     * dialog's chunks into one undo) and the versions written.
     */
    insert(
      requests: InsertRequest[],
      options?: {haul?: string},
    ): InsertResult[] {
      const written: insert.WrittenEntry[] = [];
      let writeFailed = false;
      const results = insert.insertPapers(requests, {
        document: s.document,
        lock: s.lock,
        // Papers whose cards Semantic Scholar filled while arXiv throttled can be inserted too.
        lookup: lookupElsewhereToo(ids => s.arxiv.lookup(ids), s.scholarly),
        // A titled link Semantic Scholar knows by its title is filed as that paper.
        matchTitle: titleMatcher(s.scholarly),
        settings: s.settings,
        clock: s.clock,
        onWritten: w => written.push(w),
        onWriteFailed: () => {
          writeFailed = true;
        },
      });
      // The dialog's token joins the chunks of one haul into one undo.
      const haul = typeof options?.haul === 'string' ? options.haul : undefined;
      const undoNote = undoHaul.recordHaul(
        written,
        haul,
        undoDeps(s),
        writeFailed,
      );
      // Nothing that worked goes silently: each inserted paper's result says undo is off.
      if (undoNote) {
        for (const r of results) {
          if (r.status === 'inserted' && !r.message) r.message = undoNote;
        }
      }
      versionWatch.recordWritten(written, versionDeps(s));
      return results;
    },

    /** Removes exactly the entries this user's last haul wrote. */
    undo(): undoHaul.UndoResult {
      return undoHaul.undoLastHaul(undoDeps(s));
    },

    /** This user's haul that undo would remove, or null. */
    last(): undoHaul.UndoState | null {
      return undoHaul.lastHaul(undoDeps(s));
    },
  };
}
