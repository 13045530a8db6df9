// A local Apps Script: createEnvironment builds the services around one document, loadBundle runs dist/Code.js in it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import type {AnyDocJson, DocJson} from '../src/core/doc-model';
import {
  EmulatorContext,
  type AuthModeName,
  type CallCounter,
  type Execution,
  type VirtualClock,
} from './context';
import {DocumentState, createDocumentApp} from './document';
import type {FaultPlan} from './faults';
import {createBaseServices, type LogEntry} from './services/base';
import {
  createCacheService,
  type CacheItem,
  type EmulatedCache,
} from './services/cache';
import {
  DOCS_SERVICE,
  createDocsService,
  type AdvancedServiceEntry,
  type DocsApiLogEntry,
} from './services/docs';
import {createHtmlService} from './services/html';
import {createLockService, type LockState} from './services/lock';
import {
  createPropertiesService,
  type PropertyStore,
} from './services/properties';
import {createScriptApp, type TriggerRecord} from './services/script-app';
import {createUi, type UiRecord} from './services/ui';
import {
  createUrlFetchApp,
  type FetchHandler,
  type FetchLogEntry,
} from './services/url-fetch';
import {createXmlService} from './services/xml';
import {scriptRun} from './script-run';
import {
  acceptHostErrors,
  bindGlobalsLexically,
  compileBundle,
  installVirtualDate,
} from './compiled-bundle';

export type {AuthModeName, Execution} from './context';
export type {
  FetchHandler,
  FetchLogEntry,
  FetchReply,
  FetchRequest,
} from './services/url-fetch';
export type {LogEntry} from './services/base';
export type {FaultOptions, FaultPlan} from './faults';
export {DEFAULT_FAULT_MESSAGE} from './faults';
export type {DocsApiLogEntry, AdvancedServiceEntry} from './services/docs';
export type {TriggerRecord} from './services/script-app';
export type {
  MenuEntry,
  RecordedDialog,
  RecordedMenu,
  ShownHtml,
  UiRecord,
} from './services/ui';
export {
  checkScriptRunArgs,
  checkScriptRunValue,
  serializeScriptRunResult,
} from './script-run';
export {DocumentState};
export {
  DEFAULT_MAX_CHANGES_BEFORE_SAVE,
  TOO_MANY_CHANGES_MESSAGE,
} from './document';

/** The parts of appsscript.json the emulator enforces. */
export interface Manifest {
  timeZone?: string;
  urlFetchWhitelist?: string[];
  oauthScopes?: string[];
  /** Advanced services: only those listed exist as globals in the bundle. */
  dependencies?: {enabledAdvancedServices?: AdvancedServiceEntry[]};
}

export interface EnvironmentOptions<J extends AnyDocJson = DocJson> {
  /** The document, with `body` or with `tabs`; toJSON gives back the same form. */
  document?: J;
  /** The tab the user has open (default: the first). */
  activeTabId?: string;
  fetch?: FetchHandler;
  /** Virtual start time, ms since the epoch. */
  now?: number;
  /** Virtual ms each counted service call costs (default 0). */
  callLatencyMs?: number;
  /** HTML files by name (without `.html`); default: dist/*.html when built. */
  files?: Record<string, string>;
  /** Default: the repository's appsscript.json. */
  manifest?: Manifest;
  /** Session.getActiveUser().getEmail(). */
  userEmail?: string;
  /** The add-on menu's caption under Extensions. */
  addonName?: string;
  /**
   * Document changes allowed between saves (saveAndClose, or the end of an
   * execution) before "Too many changes applied before saving document".
   * The real number is unknown; the default (2,000) is meant to be stricter.
   * `Infinity` turns the rule off.
   */
  maxChangesBeforeSave?: number;
  /**
   * Virtual ms per byte a Docs.Documents.get answer costs on top of
   * callLatencyMs (default 0): a REST answer's time grows with its size.
   */
  docsApiMsPerByte?: number;
}

/** The globals the bundle sees. */
export interface Globals {
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  CacheService: GoogleAppsScript.Cache.CacheService;
  LockService: GoogleAppsScript.Lock.LockService;
  UrlFetchApp: GoogleAppsScript.URL_Fetch.UrlFetchApp;
  XmlService: GoogleAppsScript.XML_Service.XmlService;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Logger: GoogleAppsScript.Base.Logger;
  console: Console;
  /** The Docs advanced service, present only when appsscript.json enables it. */
  Docs?: GoogleAppsScript.Docs;
}

// Loose on purpose: server functions take and return whatever the bundle declares.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type BundleFunctions = Record<string, (...args: any[]) => any>;

/** One emulated Apps Script project bound to one document, for one user. */
export interface Env<J extends AnyDocJson = DocJson> {
  readonly ctx: EmulatorContext;
  readonly globals: Globals;
  readonly document: DocumentState<J>;
  /** Documents the script made with DocumentApp.create, by id. */
  readonly createdDocuments: Map<string, DocumentState<AnyDocJson>>;
  readonly calls: CallCounter;
  /** `faults.failAt(n, {service, method, message})`: the n-th next matching counted call throws. */
  readonly faults: FaultPlan;
  readonly clock: VirtualClock;
  /** Menus, sidebars, dialogs and alerts shown; push to `ui.answers` to script the user's clicks. */
  readonly ui: UiRecord;
  readonly fetchLog: FetchLogEntry[];
  /** Every Docs.Documents.get answered, with its size in bytes. */
  readonly docsApiLog: DocsApiLogEntry[];
  readonly triggers: TriggerRecord[];
  readonly logs: LogEntry[];
  readonly properties: Record<'script' | 'user' | 'document', PropertyStore>;
  readonly caches: Record<'script' | 'user' | 'document', EmulatedCache>;
  readonly manifest: Manifest;
  /** Runs `fn` as one execution of the given kind. */
  runAs<T>(execution: Partial<Execution>, fn: () => T): T;
  /** Calls a server function as google.script.run does (checked arguments, serialized result). */
  scriptRun(fns: BundleFunctions, name: string, ...args: unknown[]): unknown;
  /** Fires a simple trigger (onOpen, onInstall) in the given AuthMode: 30 s limit. */
  simpleTrigger(
    fns: BundleFunctions,
    name: string,
    authMode: AuthModeName,
  ): unknown;
  /**
   * Fires a time-driven trigger's handler. `activeDocument: false` is an
   * add-on's trigger: getActiveDocument(), getDocumentProperties() and
   * getDocumentLock() are null.
   */
  timeTrigger(
    fns: BundleFunctions,
    handler: string,
    options?: {activeDocument?: boolean},
  ): unknown;
  /**
   * Runs `fn` as another user (`email`) of the same document and project:
   * Session's user and key, user properties, user cache and user lock are
   * theirs (kept for their next asUser); document and script state are shared.
   */
  asUser<T>(email: string, fn: () => T): T;
  /** True: another execution holds the document lock until called with false. */
  holdDocumentLock(otherExecution: boolean): void;
  /** The same for any of LockService's locks (the user lock of the one emulated user). */
  holdLock(kind: 'document' | 'script' | 'user', otherExecution: boolean): void;
}

/** One user's own state while another user is active (Env.asUser). */
interface UserState {
  properties: Map<string, string>;
  cache: Map<string, CacheItem>;
  lockHolder: LockState['holder'];
}

const ROOT = path.resolve(__dirname, '..');
const EMPTY_DOCUMENT: DocJson = {body: [{type: 'paragraph', text: ''}]};

function readManifest(): Manifest {
  const file = path.join(ROOT, 'appsscript.json');
  return fs.existsSync(file)
    ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest)
    : {};
}

function readBuiltPages(): Record<string, string> {
  const dist = path.join(ROOT, 'dist');
  if (!fs.existsSync(dist)) return {};
  const files: Record<string, string> = {};
  for (const name of fs.readdirSync(dist)) {
    if (name.endsWith('.html')) {
      files[name.slice(0, -'.html'.length)] = fs.readFileSync(
        path.join(dist, name),
        'utf8',
      );
    }
  }
  return files;
}

/** Without a handler the emulator has no network, like a failed DNS lookup. */
const offline: FetchHandler = request => {
  throw new Error(`Address unavailable: ${request.url}`);
};

/**
 * Builds a fresh environment: its document, services, call counter and
 * virtual clock.
 */
export function createEnvironment<J extends AnyDocJson = DocJson>(
  options: EnvironmentOptions<J> = {},
): Env<J> {
  const manifest = options.manifest ?? readManifest();
  const ctx = new EmulatorContext({
    now: options.now,
    callLatencyMs: options.callLatencyMs,
    oauthScopes: manifest.oauthScopes,
  });
  const files = options.files ?? readBuiltPages();
  const document = new DocumentState<J>(
    options.document ?? (EMPTY_DOCUMENT as J),
    {activeTabId: options.activeTabId},
  );
  if (options.maxChangesBeforeSave !== undefined) {
    document.unsavedChanges.limit = options.maxChangesBeforeSave;
  }
  const createdDocuments = new Map<string, DocumentState<AnyDocJson>>();
  const logs: LogEntry[] = [];
  const fetchLog: FetchLogEntry[] = [];
  const docsApiLog: DocsApiLogEntry[] = [];
  const triggers: TriggerRecord[] = [];

  const {getUi, record: ui} = createUi(ctx, options.addonName ?? 'Paper Haul');
  const properties = createPropertiesService(ctx);
  const caches = createCacheService(ctx);
  const locks = createLockService(ctx);
  // Read at each call, so asUser can change who the active user is.
  const session = {
    userEmail: options.userEmail ?? 'researcher@example.com',
    timeZone: manifest.timeZone ?? 'Etc/UTC',
    logs,
  };
  const base = createBaseServices(ctx, session);
  /** What belongs to each user but the one active now: their properties, cache and user lock. */
  const otherUsers = new Map<string, UserState>();
  const docs = manifest.dependencies?.enabledAdvancedServices?.find(
    service =>
      service.serviceId === DOCS_SERVICE.serviceId &&
      service.version === DOCS_SERVICE.version,
  );
  // Every document the script can open, by id: this one and those it created.
  const docsService = docs
    ? createDocsService(
        ctx,
        id =>
          id === document.id
            ? (document as DocumentState<AnyDocJson>)
            : (createdDocuments.get(id) ?? null),
        docsApiLog,
        options.docsApiMsPerByte ?? 0,
      )
    : null;
  docsService?.track(document as DocumentState<AnyDocJson>);
  const globals: Globals = {
    DocumentApp: createDocumentApp(
      ctx,
      document,
      getUi,
      createdDocuments,
      made => docsService?.track(made),
    ),
    ScriptApp: createScriptApp(ctx, triggers),
    PropertiesService: properties.service,
    CacheService: caches.service,
    LockService: locks.service,
    UrlFetchApp: createUrlFetchApp(
      ctx,
      options.fetch ?? offline,
      manifest.urlFetchWhitelist,
      fetchLog,
    ),
    XmlService: createXmlService(ctx),
    HtmlService: createHtmlService(ctx, files, () => ({...globals})),
    ...base,
  };
  if (docs && docsService) {
    // The script sees the service under the manifest's userSymbol ("Docs" unless renamed).
    Object.assign(globals, {
      [docs.userSymbol]: {Documents: docsService.Documents},
    });
  }

  const trigger = (
    fns: BundleFunctions,
    name: string,
    execution: Execution,
    event: object,
  ): unknown => {
    const fn = fns[name];
    if (typeof fn !== 'function') {
      throw new Error(`Script function not found: ${name}`);
    }
    return ctx.runAs(execution, () => fn(event));
  };

  return {
    ctx,
    globals,
    document,
    createdDocuments,
    calls: ctx.calls,
    faults: ctx.faults,
    clock: ctx.clock,
    ui,
    fetchLog,
    docsApiLog,
    triggers,
    logs,
    properties: properties.stores,
    caches: caches.caches,
    manifest,
    runAs: (execution, fn) => ctx.runAs(execution, fn),
    scriptRun: (fns, name, ...args) => scriptRun(fns, name, args),
    simpleTrigger: (fns, name, authMode) =>
      trigger(
        fns,
        name,
        {authMode, source: 'simple', hasActiveDocument: true},
        {authMode},
      ),
    timeTrigger: (fns, handler, {activeDocument = true} = {}) => {
      const now = new Date(ctx.clock.now());
      const installed = triggers.find(t => t.handler === handler);
      return trigger(
        fns,
        handler,
        {authMode: 'FULL', source: 'time', hasActiveDocument: activeDocument},
        {
          authMode: 'FULL',
          triggerUid: installed?.id,
          year: now.getUTCFullYear(),
          month: now.getUTCMonth() + 1,
          'day-of-month': now.getUTCDate(),
          hour: now.getUTCHours(),
          minute: now.getUTCMinutes(),
          second: now.getUTCSeconds(),
          timezone: 'UTC',
        },
      );
    },
    asUser: (email, fn) => {
      const me = session.userEmail;
      if (email === me) return fn();
      const swapTo = (from: string, to: string) => {
        otherUsers.set(from, {
          properties: new Map(properties.stores.user.values),
          cache: new Map(caches.caches.user.items),
          lockHolder: locks.locks.user.holder,
        });
        const next = otherUsers.get(to);
        otherUsers.delete(to);
        properties.stores.user.values.clear();
        caches.caches.user.items.clear();
        for (const [k, v] of next?.properties ?? []) {
          properties.stores.user.values.set(k, v);
        }
        for (const [k, v] of next?.cache ?? [])
          caches.caches.user.items.set(k, v);
        locks.locks.user.holder = next?.lockHolder ?? null;
        session.userEmail = to;
      };
      swapTo(me, email);
      try {
        return fn();
      } finally {
        swapTo(email, me);
      }
    },
    holdDocumentLock: otherExecution => {
      locks.locks.document.holder = otherExecution ? 'other' : null;
    },
    holdLock: (kind, otherExecution) => {
      locks.locks[kind].holder = otherExecution ? 'other' : null;
    },
  };
}

/**
 * Runs the bundle's code in a fresh vm context holding env's globals, as
 * Apps Script loads a project, and returns its public top-level functions
 * (names ending in `_` stay private). Each call from outside an execution
 * runs as a FULL execution, as a menu item or google.script.run would.
 * @throws Error when the code is not ES2019 or loading it calls a service.
 */
export function loadBundle(
  code: string,
  env: Env<AnyDocJson>,
): BundleFunctions {
  const compiled = compileBundle(code);
  const context = vm.createContext({...env.globals});
  installVirtualDate(context, () => env.clock.now());
  acceptHostErrors(context);
  bindGlobalsLexically(context, compiled);

  const before = env.calls.byMethod();
  let failure: unknown;
  try {
    // Top-level statements run on every open, like onOpen in AuthMode NONE.
    env.runAs({authMode: 'NONE', source: 'simple'}, () => {
      compiled.script ??= new vm.Script(code, {filename: 'Code.js'});
      return compiled.script.runInContext(context);
    });
  } catch (err) {
    failure = err;
  }
  const after = env.calls.byMethod();
  const touched = Object.keys(after).filter(
    method => after[method] !== (before[method] ?? 0),
  );
  if (touched.length) {
    throw new Error(
      `Loading the bundle called Apps Script services (${touched.join(', ')}): top-level code must be side-effect free.`,
    );
  }
  if (failure !== undefined) {
    throw new Error(
      `Loading the bundle failed: ${(failure as Error).message ?? String(failure)}`,
    );
  }

  const functions: BundleFunctions = {};
  for (const name of compiled.functionNames) {
    if (name.endsWith('_')) continue;
    functions[name] = (...args: unknown[]) => {
      const fn = (context as Record<string, (...a: unknown[]) => unknown>)[
        name
      ];
      if (env.ctx.inExecution()) return fn(...args);
      return env.runAs(
        {authMode: 'FULL', source: 'run', hasActiveDocument: true},
        () => fn(...args),
      );
    };
  }
  return functions;
}
