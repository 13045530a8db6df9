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
import {gasLock, gasScriptLock} from '../gas/lock';
import {gasTriggers} from '../gas/triggers';
import {gasClock, propertiesStore} from '../gas/properties-store';
import {activeUserKey} from '../gas/user-key';
import {loadSettings} from '../app/settings-store';
import type {Settings} from '../core/settings';

/** The ports an execution uses; each is created on first access. */
export interface Services {
  readonly clock: ClockPort;
  readonly documentProperties: KeyValueStore;
  readonly scriptProperties: KeyValueStore;
  /** This user's properties: the one store a time trigger has besides script properties. */
  readonly userProperties: KeyValueStore;
  /** The document's settings, read once per execution. */
  readonly settings: Settings;
  /** The open document, or the one whose id is stored when there is none (time trigger). */
  readonly document: DocumentPort;
  /** The document lock every write takes. */
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

/** Document property holding the document's id, for executions without an active document. */
export const DOCUMENT_ID_KEY = 'paperHaul.documentId';

/**
 * A fresh set of lazily built services for one execution. Lazy, because onOpen
 * runs in AuthMode NONE/LIMITED where touching most services throws.
 */
export function services(): Services {
  const made = new Map<string, unknown>();
  function once<T>(key: string, make: () => T): T {
    if (!made.has(key)) made.set(key, make());
    return made.get(key) as T;
  }
  return {
    get clock() {
      return once('clock', gasClock);
    },
    get documentProperties() {
      return once('documentProperties', () =>
        propertiesStore(PropertiesService.getDocumentProperties()),
      );
    },
    get scriptProperties() {
      return once('scriptProperties', () =>
        propertiesStore(PropertiesService.getScriptProperties()),
      );
    },
    get userProperties() {
      return once('userProperties', () =>
        propertiesStore(PropertiesService.getUserProperties()),
      );
    },
    get settings() {
      return once('settings', () => loadSettings(this.documentProperties));
    },
    get document() {
      return once('document', () => {
        const active = DocumentApp.getActiveDocument();
        if (active) return gasDocument(active);
        const id = this.documentProperties.get(DOCUMENT_ID_KEY);
        if (!id) {
          throw new Error(
            'Paper Haul cannot find its document. Open the document and turn the schedule on again.',
          );
        }
        return gasDocument(DocumentApp.openById(id));
      });
    },
    get lock() {
      return once('lock', gasLock);
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
