// The library's journey: BibTeX out, the version check and its updates, the Library tab's state, how full the document is.
import type {DocumentStatus} from '../../core/doc-size';
import type {Settings} from '../../core/settings';
import type {ArxivClient} from '../shared/arxiv-client';
import * as bibtex from './bibtex-export';
import {documentStatus} from './document-status';
import {lookupElsewhereToo} from '../haul/lookup-elsewhere';
import {undoDeps, type HaulPorts} from '../haul/haul-flow';
import type {
  ClockPort,
  DocumentPort,
  KeyValueStore,
  LockPort,
} from '../shared/ports';
import * as undoHaul from '../haul/undo-haul';
import * as versionSchedule from './version-schedule';
import * as versionWatch from './version-watch';

/** The ports the library uses: a haul's (for the undo on offer) and this user's properties (the schedule's check). */
export interface LibraryPorts extends HaulPorts {
  readonly userProperties: KeyValueStore;
}

/** The version watch's ports: arXiv asked fresh, never from the cache. */
export function versionDeps(s: {
  readonly document: DocumentPort;
  readonly lock: LockPort;
  readonly documentProperties: KeyValueStore;
  readonly clock: ClockPort;
  readonly settings: Settings;
  readonly arxiv: ArxivClient;
}): versionWatch.VersionWatchDeps {
  return {
    document: s.document,
    lock: s.lock,
    store: s.documentProperties,
    clock: s.clock,
    settings: s.settings,
    lookupFresh: ids => s.arxiv.lookup(ids, {fresh: true}),
  };
}

function bibtexDeps(s: LibraryPorts): bibtex.BibtexDeps {
  return {
    document: s.document,
    settings: s.settings,
    // Papers beyond arXiv, and arXiv's when it does not answer, come from Semantic Scholar and Crossref.
    lookup: lookupElsewhereToo(ids => s.arxiv.lookup(ids), s.scholarly),
  };
}

function versionUpdates(s: LibraryPorts): versionWatch.VersionCheck | null {
  return versionSchedule.foldSnapshot({
    ...versionDeps(s),
    userStore: s.userProperties,
  });
}

/** The library's steps, one per server function. */
export function libraryFlow(s: LibraryPorts) {
  return {
    /** BibTeX records for these papers. */
    bibtex(ids: string[]): string {
      return bibtex.getBibtex(ids, bibtexDeps(s));
    },

    /** BibTeX for one section's papers, or the whole document's when `section` is blank. */
    exportSection(section?: string): string {
      return bibtex.exportBibtex(section, bibtexDeps(s));
    },

    /** Asks arXiv which papers have a newer version, a journal ref or a DOI. */
    checkVersions(): Omit<versionWatch.VersionCheck, 'at'> {
      const {updates, more, notChecked} = versionWatch.checkVersions(
        versionDeps(s),
      );
      return {
        updates,
        ...(more ? {more} : {}),
        ...(notChecked ? {notChecked} : {}),
      };
    },

    /** The last check's updates (the schedule's or the user's), or null. */
    versionUpdates(): versionWatch.VersionCheck | null {
      return versionUpdates(s);
    },

    /** Adds the update lines of the last check to these papers' entries. */
    applyVersionUpdates(ids: string[]): {
      applied: string[];
      updates: versionWatch.VersionUpdate[];
    } {
      return versionWatch.applyVersionUpdates(ids, versionDeps(s));
    },

    /** The Library tab: sections to export from, the undo on offer, the last version check. */
    library(): {
      sections: string[];
      undo: undoHaul.UndoState | null;
      versions: versionWatch.VersionCheck | null;
    } {
      return {
        sections: bibtex.exportSections(bibtexDeps(s)),
        undo: undoHaul.lastHaul(undoDeps(s)),
        versions: versionUpdates(s),
      };
    },

    /** How full the document is and whether it was read through the Docs API. */
    status(): DocumentStatus {
      return documentStatus(s.document);
    },
  };
}
