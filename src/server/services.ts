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
} from '../app/shared/ports';
import {ArxivClient} from '../app/shared/arxiv-client';
import {parseXml} from '../core/atom-xml';
import {
  S2_API_KEY_PROPERTY,
  ScholarlyClient,
} from '../app/shared/scholarly-client';
import {TimeBudget} from '../app/shared/time-budget';
import {cachePort} from '../gas/cache-port';
import {urlFetchHttp} from '../gas/url-fetch-http';
import {gasDocument} from '../gas/gas-document';
import {propertiesJournalStore} from '../gas/write-journal';
import {advancedDocs, withDocsApiRead} from '../gas/docs-api-read';
import {readCache} from '../app/shared/read-cache';
import {gasLock, gasScriptLock} from '../gas/lock';
import {gasTriggers} from '../gas/triggers';
import {gasClock, propertiesStore} from '../gas/properties-store';
import {activeUserKey} from '../gas/user-key';
import {loadSettings} from '../app/settings/settings-store';
import {
  readTarget,
  type ScheduleTarget,
  type TargetGone,
} from '../app/schedule/schedule-target';
import {writeLease} from '../app/shared/write-lease';
import {activeTab, listTabs} from '../gas/tab-body';
import type {Settings} from '../core/settings';
import {findFlow} from '../app/find/find-flow';
import {haulFlow} from '../app/haul/haul-flow';
import {libraryFlow} from '../app/library/library-flow';
import {reorganizeFlow} from '../app/reorganize/reorganize-flow';
import {scheduleFlow} from '../app/schedule/schedule-flow';
import {settingsFlow} from '../app/settings/settings-flow';
import {alerts} from './menu';

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
   * script properties keyed by the document, which every kind of execution
   * and every user reads (write-journal.ts, propertiesJournalStore).
   */
  readonly documentState: KeyValueStore;
  /** The schedule trigger's stored target (time trigger), or null. */
  readonly scheduleTarget: ScheduleTarget | null;
  /** What of the schedule's target is gone (its tab, its document), or null when it is there or there is none. */
  readonly scheduleTargetGone: TargetGone | null;
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
  /** Semantic Scholar, Crossref and the ACL Anthology, within SCHOLARLY_BUDGET_MS of the execution's start. */
  readonly scholarly: ScholarlyClient;
  /** The active user's key: undo records are kept per user. */
  readonly userKey: string;
}

/**
 * How long into an execution the second sources may still retry: a minute
 * short of Apps Script's 6 minutes, after arXiv's own back-off (about 40 s).
 */
export const SCHOLARLY_BUDGET_MS = 5 * 60_000;

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
 * The port of one tab of the document, journaling its writes in script
 * properties (keyed by document and tab) so the next run of any kind can
 * finish an interrupted one. The journal is kept per tab: its indices are
 * body indices of that tab.
 */
function journaledDocument(
  doc: GoogleAppsScript.Document.Document,
  tabId: string | null,
  tab?: GoogleAppsScript.Document.Tab | null,
): DocumentPort {
  // The port's id, not doc.getId(): `doc` is closed after the port's first save.
  const store = propertiesJournalStore(() => port.id());
  const scoped = (key: string) => (tabId ? `${key}.${tabId}` : key);
  const port = gasDocument(doc, {
    tabId,
    tab,
    journal: {
      get: key => store.get(scoped(key)),
      set: (key, value) => store.set(scoped(key), value),
      delete: key => store.delete(scoped(key)),
    },
  });
  // Documents.get's `body` is the first tab's; another tab is read from its `tabs` (includeTabsContent).
  return withDocsApiRead(port, advancedDocs(), {
    // Asked on the first body read only; `doc` is closed after a save: then read the tab from `tabs`, right for any tab.
    tabId: () => {
      try {
        return readsFirstTab(doc, tabId) ? null : tabId;
      } catch {
        return tabId;
      }
    },
    cache: documentReadCache,
    cacheTabId: tabId,
  });
}

/**
 * The cache of checked reads: the document's own cache, which only
 * executions in this document reach (the script cache is shared by every
 * document's executions, and a read holds the document's text). None in a
 * time trigger, which has no document cache: it reads the body.
 */
function documentReadCache() {
  const cache = CacheService.getDocumentCache();
  return cache ? readCache(cachePort(cache)) : null;
}

/**
 * A fresh set of lazily built services for one execution. Lazy, because onOpen
 * runs in AuthMode NONE/LIMITED where touching most services throws.
 * @param triggerUid the time trigger's id (its event's triggerUid): without
 * an active document, its stored target says which document and tab to open
 */
export function services(triggerUid?: string): Services {
  const made = new Map<string, unknown>();
  // The execution's start, for the time budget of retries.
  const startedAt = Date.now();
  function once<T>(key: string, make: () => T): T {
    if (!made.has(key)) made.set(key, make());
    return made.get(key) as T;
  }
  // Asked once per execution: it is null all through a time trigger.
  const activeDocument = () =>
    once('activeDocument', () => DocumentApp.getActiveDocument());
  // The open tab, asked once: its id keys the execution's work, its object opens the body.
  const openTab = (active: GoogleAppsScript.Document.Document) =>
    once('activeTab', () => activeTab(active));
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
    get scheduleTargetGone() {
      return once('scheduleTargetGone', (): TargetGone | null => {
        const target = this.scheduleTarget;
        if (!target) return null;
        let doc: GoogleAppsScript.Document.Document;
        try {
          doc = DocumentApp.openById(target.documentId);
        } catch (err) {
          // Apps Script's words for a deleted or unshared document; any other failure is the run's to report.
          const gone = /missing|deleted|access/i.test(String(err));
          if (gone) return 'document';
          return null;
        }
        if (!target.tabId) return null;
        return listTabs(doc).some(t => t.id === target.tabId) ? null : 'tab';
      });
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
        if (active) return openTab(active)?.id ?? null;
        return this.scheduleTarget?.tabId ?? null;
      });
    },
    get document() {
      return once('document', () => {
        const active = activeDocument();
        if (active) {
          return journaledDocument(active, this.tabId, openTab(active)?.tab);
        }
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
          // The one tab by its listed id: a getActiveTab that failed (tabId null) must not make the tab look gone.
          const id = tabs.length ? tabs[0].id : this.tabId;
          return [{id, title: '', document: this.document}];
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
      // Plain TypeScript: XmlService cost ~1,700 calls for a 20-id feed (issue 27).
      return once('xml', () => ({parse: parseXml}));
    },
    get cache() {
      return once('cache', () => cachePort());
    },
    get userKey() {
      return once('userKey', activeUserKey);
    },
    get scholarly() {
      return once('scholarly', () => {
        const budget = new TimeBudget(
          this.clock,
          startedAt,
          SCHOLARLY_BUDGET_MS,
        );
        return new ScholarlyClient({
          http: this.http,
          clock: this.clock,
          fits: ms => budget.fits(ms),
          // The user's own key, if they saved one: read only when a request goes out.
          apiKey: () => this.userProperties.get(S2_API_KEY_PROPERTY),
        });
      });
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

/*
 * One builder per journey: the execution's lazy services, seen through the
 * journey's ports, handed to the app flow that owns the journey. main.ts's
 * exports each call one of these and one step.
 */

/** A haul: preview, insert (with its undo and version records), undo. */
export const haul = () => haulFlow(services());

/** Reorganizing from the sidebar or the menu (the menu's alerts are asked for lazily). */
export const reorganizing = () =>
  reorganizeFlow(services(), alerts('Reorganize'));
/** Reorganizing, its alerts titled for the menu's undo. */
export const undoingReorganize = () =>
  reorganizeFlow(services(), alerts('Undo last reorganize'));

/**
 * The schedule and the daily run. In a time trigger there is no active
 * document: the trigger's id (its event's triggerUid) says which stored
 * target to open.
 */
export const daily = (e?: GoogleAppsScript.Events.TimeDriven) => {
  const uid = e && e.triggerUid ? String(e.triggerUid) : undefined;
  return scheduleFlow(services(uid), uid);
};

/** The settings: read, check, save (the schedule's copy follows). */
export const settingsJourney = () => settingsFlow(services());

/** Find: hits, the keystroke index, gathering abstracts, revealing an entry. */
export const finding = () => findFlow(services());

/** The Library tab: BibTeX, versions, the undo on offer, the document's size. */
export const library = () => libraryFlow(services());
