// Find's journey: the ranked hits, the index the page searches per keystroke, gathering abstracts, revealing an entry.
import type {Settings} from '../../core/settings';
import type {FindResult, SearchHit} from '../../core/types';
import type {ArxivClient} from '../shared/arxiv-client';
import * as find from './find';
import type {ClockPort, DocumentPort} from '../shared/ports';

/** The ports Find uses; read lazily. */
export interface FindPorts {
  readonly document: DocumentPort;
  readonly settings: Settings;
  /** Every tab of the open document, each as its own port; one entry without tabs. */
  readonly documentTabs: find.FindTab[];
  readonly clock: ClockPort;
  readonly arxiv: ArxivClient;
}

/** Find's steps, one per server function. */
export function findFlow(s: FindPorts) {
  const flow = {
    /** The hits, and how many abstracts are still being gathered. */
    find(query: string): FindResult {
      return find.findPapers(query, {
        document: s.document,
        settings: s.settings,
        tabs: s.documentTabs,
        cachedPapers: ids => s.arxiv.cachedPapers(ids),
        clock: s.clock,
      });
    },

    /** The document's entries ranked for the query. */
    search(query: string): SearchHit[] {
      return flow.find(query).hits;
    },

    /** The index the page searches keystroke by keystroke. */
    index(): find.FindIndex {
      return find.findIndex({
        document: s.document,
        settings: s.settings,
        tabs: s.documentTabs,
        cachedPapers: ids => s.arxiv.cachedPapers(ids),
      });
    },

    /** Fetches up to 100 abstracts Find lacks, in one arXiv request. */
    gather(): find.GatherResult {
      return find.gatherAbstracts({
        document: s.document,
        settings: s.settings,
        tabs: s.documentTabs,
        arxiv: s.arxiv,
      });
    },

    /** Selects the entry's head in the document, in the hit's tab when the document has tabs. */
    reveal(id: string, tabId?: string): void {
      const {document, settings, documentTabs} = s;
      find.revealEntry(id, {document, settings, tabs: documentTabs}, tabId);
    },
  };
  return flow;
}
