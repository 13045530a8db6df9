// The composition root: builds each port from its Apps Script adapter on first use, never at bundle load.
import type {
  CachePort,
  ClockPort,
  DocumentPort,
  HttpPort,
  KeyValueStore,
  LockPort,
  TriggerPort,
  XmlParserPort,
} from '../app/ports';
import {ArxivClient} from '../app/arxiv-client';
import {cachePort} from '../gas/cache-port';
import {urlFetchHttp} from '../gas/url-fetch-http';
import {xmlServiceParser} from '../gas/xml-service-parser';
import {gasDocument} from '../gas/gas-document';
import {propertiesJournalStore} from '../gas/write-journal';
import {advancedDocs, withDocsApiRead} from '../gas/docs-api-read';
import {gasLock, gasScriptLock} from '../gas/lock';
import {gasTriggers} from '../gas/triggers';
import {gasClock, propertiesStore} from '../gas/properties-store';
import {activeUserKey} from '../gas/user-key';
import {loadSettings} from '../app/settings-store';
import {readTarget, type ScheduleTarget} from '../app/schedule-target';
import {writeLease} from '../app/write-lease';
import {activeTabId, listTabs} from '../gas/tab-body';
import type {Settings} from '../core/settings';

/** The ports an execution uses; each is created on first access. */
export interface Services {
  readonly clock: ClockPort;
  /**
   * The document's properties.
   * @throws Error in a time trigger, which has none (getDocumentProperties() is null)
   */
  readonly documentProperties: KeyValueStore;
  /** False in a time trigger: no document properties to read or write. */
  readonly hasDocumentProperties: boolean;
  readonly scriptProperties: KeyValueStore;
  /** This user's properties: where a schedule trigger finds its document. */
  readonly userProperties: KeyValueStore;
  /**
   * State kept for this document between runs (an unfinished reorganize):
   * document properties, or this user's keyed by the document in a time
   * trigger, which has none.
   */
  readonly documentState: KeyValueStore;
  /** The schedule trigger's stored target (time trigger), or null. */
  readonly scheduleTarget: ScheduleTarget | null;
  /** The document's settings (in a time trigger: the schedule's copy), read once per execution. */
  readonly settings: Settings;
  /** The tab worked on: the user's open tab, or the one the schedule was set up in. */
  readonly tabId: string | null;
  /** The open document's tab, or the schedule target's when there is none (time trigger). */
  readonly document: DocumentPort;
  /** Every tab of the open document, each as its own port (Find); one entry without tabs. */
  readonly documentTabs: {
    id: string | null;
    title: string;
    document: DocumentPort;
  }[];
  /** The write lock every write takes: document lock (when there is one), user lock, document lease. */
  readonly lock: LockPort;
  /** This user's installable triggers in this document (the reorganize schedule). */
  readonly triggers: TriggerPort;
  readonly http: HttpPort;
  readonly xml: XmlParserPort;
  /** The script cache: arXiv's data is the same for every user. */
  readonly cache: CachePort;
  readonly arxiv: ArxivClient;
  /** The active user's key: undo records are kept per user. */
  readonly userKey: string;
}

const NO_DOCUMENT =
  'Paper Haul cannot find its document. Open the document and turn the schedule on again.';

/** Whether `tabId` names the document's first tab (or no tab: the body getBody() gives, which the guard checks). */
function readsFirstTab(
  doc: GoogleAppsScript.Document.Document,
  tabId: string | null,
): boolean {
  if (!tabId) return true;
  const tabs = doc.getTabs();
  return tabs.length > 0 && tabs[0].getId() === tabId;
}

/**
 * The port of one tab of the document, journaling its writes in properties so
 * the next run can finish an interrupted one. The journal is kept per tab:
 * its indices are body indices of that tab.
 */
function journaledDocument(
  doc: GoogleAppsScript.Document.Document,
  tabId: string | null,
): DocumentPort {
  const store = propertiesJournalStore(() => doc.getId());
  const scoped = (key: string) => (tabId ? `${key}.${tabId}` : key);
  const port = gasDocument(doc, {
    tabId,
    journal: {
      get: key => store.get(scoped(key)),
      set: (key, value) => store.set(scoped(key), value),
      delete: key => store.delete(scoped(key)),
    },
  });
  // Documents.get's `body` is the first tab's; another tab is read from its `tabs` (includeTabsContent).
  return withDocsApiRead(port, advancedDocs(), {
    tabId: readsFirstTab(doc, tabId) ? null : tabId,
  });
}

/**
 * A fresh set of lazily built services for one execution. Lazy, because onOpen
 * runs in AuthMode NONE/LIMITED where touching most services throws.
 * @param triggerUid the time trigger's id (its event's triggerUid): without
 * an active document, its stored target says which document and tab to open
 */
export function services(triggerUid?: string): Services {
  const made = new Map<string, unknown>();
  function once<T>(key: string, make: () => T): T {
    if (!made.has(key)) made.set(key, make());
    return made.get(key) as T;
  }
  // Asked once per execution: it is null all through a time trigger.
  const activeDocument = () =>
    once('activeDocument', () => DocumentApp.getActiveDocument());
  return {
    get clock() {
      return once('clock', gasClock);
    },
    get documentProperties(): KeyValueStore {
      const store = once('documentProperties', () => {
        const properties = PropertiesService.getDocumentProperties();
        return properties ? propertiesStore(properties) : null;
      });
      if (!store) {
        throw new Error('Paper Haul has no document properties here.');
      }
      return store;
    },
    get hasDocumentProperties() {
      try {
        return Boolean(this.documentProperties);
      } catch {
        return false;
      }
    },
    get documentState() {
      return once('documentState', () =>
        propertiesJournalStore(() => this.document.id()),
      );
    },
    get userProperties() {
      return once('userProperties', () =>
        propertiesStore(PropertiesService.getUserProperties()),
      );
    },
    get scheduleTarget() {
      return once('scheduleTarget', () =>
        readTarget(this.userProperties, triggerUid),
      );
    },
    get scriptProperties() {
      return once('scriptProperties', () =>
        propertiesStore(PropertiesService.getScriptProperties()),
      );
    },
    get settings() {
      return once('settings', () => {
        if (this.hasDocumentProperties) {
          return loadSettings(this.documentProperties);
        }
        const target = this.scheduleTarget;
        if (!target) throw new Error(NO_DOCUMENT);
        return target.settings;
      });
    },
    get tabId() {
      return once('tabId', () => {
        const active = activeDocument();
        if (active) return activeTabId(active);
        return this.scheduleTarget?.tabId ?? null;
      });
    },
    get document() {
      return once('document', () => {
        const active = activeDocument();
        if (active) return journaledDocument(active, this.tabId);
        const target = this.scheduleTarget;
        if (!target) throw new Error(NO_DOCUMENT);
        return journaledDocument(
          DocumentApp.openById(target.documentId),
          target.tabId,
        );
      });
    },
    get documentTabs() {
      return once('documentTabs', () => {
        const active = activeDocument();
        const tabs = active ? listTabs(active) : [];
        if (!active || tabs.length < 2) {
          return [{id: this.tabId, title: '', document: this.document}];
        }
        return tabs.map(tab => ({
          ...tab,
          document:
            tab.id === this.tabId
              ? this.document
              : journaledDocument(active, tab.id),
        }));
      });
    },
    get lock() {
      return once('lock', () =>
        writeLease({
          inner: gasLock(),
          turn: gasScriptLock(),
          store: this.scriptProperties,
          clock: this.clock,
          documentId: () => this.document.id(),
          owner: Utilities.getUuid(),
        }),
      );
    },
    get triggers() {
      return once('triggers', gasTriggers);
    },
    get http() {
      return once('http', urlFetchHttp);
    },
    get xml() {
      return once('xml', xmlServiceParser);
    },
    get cache() {
      return once('cache', () => cachePort());
    },
    get userKey() {
      return once('userKey', activeUserKey);
    },
    get arxiv() {
      // The 3 s spacing stamp lives in script properties, not the cache: it must
      // survive cache eviction and be seen by every execution of every user at
      // once, since all of them reach arXiv from the same Apps Script project.
      return once(
        'arxiv',
        () =>
          new ArxivClient({
            http: this.http,
            clock: this.clock,
            cache: this.cache,
            spacing: this.scriptProperties,
            xml: this.xml,
            turn: gasScriptLock(),
          }),
      );
    },
  };
}
