// The daily run's version check: asks arXiv without document properties, kept in user properties until the sidebar opens.
import {STORED, chunksFor} from '../../core/stored-state';
import type {Paper} from '../../core/types';
import type {PaperVersion} from '../../core/version-note';
import {ChunkedJson} from '../shared/chunked-store';
import type {ClockPort, DocumentPort, KeyValueStore} from '../shared/ports';
import type {Settings} from '../../core/settings';
import {
  entriesById,
  pendingUpdates,
  savePending,
  updatesFor,
  type VersionCheck,
} from './version-watch';
import type {ArxivLookup} from '../shared/arxiv-client';

/** arXiv's answer as kept: only papers that could be news (a later version, a journal ref or a DOI). */
interface Snapshot {
  at: string;
  papers: Record<string, PaperVersion>;
}

/** 12 pieces of 8 KB of the user's 500 KB: some 1,000 papers with a journal ref. */
const MAX_SNAPSHOT_CHUNKS = chunksFor('arxivSnapshot');

export interface ScheduledCheckDeps {
  /** The document, opened by id: a time trigger has no active one. */
  document: DocumentPort;
  settings: Settings;
  clock: ClockPort;
  /**
   * User properties: a time trigger has no document properties (PLATFORM.md),
   * so the answer waits here, keyed by the document's id.
   */
  userStore: KeyValueStore;
  lookupFresh: (ids: string[]) => ArxivLookup;
}

function snapshotStore(userStore: KeyValueStore, documentId: string) {
  return new ChunkedJson<Snapshot>(
    userStore,
    `${STORED.arxivSnapshot.key}${documentId}`,
    MAX_SNAPSHOT_CHUNKS,
  );
}

/** Only what can differ from any baseline: a v1 paper with no journal ref and no DOI is never news. */
function newsworthy(
  papers: Record<string, Paper>,
): Record<string, PaperVersion> {
  const kept: Record<string, PaperVersion> = {};
  for (const id of Object.keys(papers)) {
    const {version, journalRef, doi} = papers[id];
    if (Number(version) > 1 || journalRef || doi) {
      kept[id] = {
        version,
        ...(journalRef ? {journalRef} : {}),
        ...(doi ? {doi} : {}),
      };
    }
  }
  return kept;
}

/**
 * The scheduled run's half: asks arXiv (fresh) about every paper in the
 * document and keeps the answer in user properties. Comparing it with what
 * each entry was written from needs document properties, so that half runs
 * when the sidebar next opens (foldSnapshot). A failure (arXiv down, the
 * answer too big to keep) leaves the previous state as it was.
 */
export function scheduledCheck(deps: () => ScheduledCheckDeps): void {
  try {
    const d = deps();
    const ids = [...entriesById(d).keys()];
    if (!ids.length) return;
    const looked = d.lookupFresh(ids);
    if (looked.error) return;
    snapshotStore(d.userStore, d.document.id()).write({
      at: new Date(d.clock.now()).toISOString(),
      papers: newsworthy(looked.papers),
    });
  } catch {
    // A trigger has no one to tell: the sidebar shows the date of the last check that worked.
  }
}

/**
 * In the document's context (the sidebar): turns a scheduled answer newer
 * than the last check into the pending updates, then drops it.
 * @returns the pending updates, as pendingUpdates would after the fold
 */
export function foldSnapshot(deps: {
  document: DocumentPort;
  settings: Settings;
  store: KeyValueStore;
  userStore: KeyValueStore;
}): VersionCheck | null {
  const pending = pendingUpdates(deps);
  const snapshots = snapshotStore(deps.userStore, deps.document.id());
  const snapshot = snapshots.read();
  if (!snapshot) return pending;
  snapshots.clear();
  if (pending && pending.at >= snapshot.at) return pending;
  return savePending(deps.store, {
    at: snapshot.at,
    updates: updatesFor(entriesById(deps), snapshot.papers, deps.store),
  });
}
