// What every emulated service shares within one environment: call counts, the virtual clock, the execution's mode.

import {FaultPlan} from './faults';

export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

/** What a piece of service code asks permission for; checked against the execution's AuthMode. */
export type Capability =
  | 'menu' // add menu items (allowed in every mode)
  | 'document' // read or write the active document
  | 'properties'
  | 'cache'
  | 'lock'
  | 'fetch'
  | 'dialog' // sidebar, dialogs, alerts
  | 'triggers'
  | 'openById'
  | 'docsApi' // the Docs advanced service (a REST call: never in a simple trigger)
  | 'utility'; // Utilities, XmlService, HtmlService, Session, Logger: available in every mode

/** Where the current execution came from, as Apps Script would see it. */
export interface Execution {
  authMode: AuthModeName;
  /** 'simple' for onOpen/onInstall, 'time' for a time-driven trigger, 'run' for google.script.run or a menu item. */
  source: 'simple' | 'time' | 'run' | 'menu';
  /** False emulates a time trigger where getActiveDocument() returns null. */
  hasActiveDocument: boolean;
  /** Set by runAs: which execution this is (0: code run outside any execution, e.g. a test poking a service). */
  id?: number;
  /** Virtual ms at which the execution started; with `limitMs`, the deadline checked at each service call. */
  startedAt?: number;
  limitMs?: number;
}

/** Apps Script's limits: 30 s for simple triggers, 6 min for everything else. */
export const SIMPLE_TRIGGER_LIMIT_MS = 30_000;
export const EXECUTION_LIMIT_MS = 6 * 60_000;

/** Counts every emulated service call, per method ("DocumentApp.Body.getChild"). */
export class CallCounter {
  private counts = new Map<string, number>();

  record(method: string): void {
    this.counts.set(method, (this.counts.get(method) ?? 0) + 1);
  }
  total(): number {
    let sum = 0;
    for (const n of this.counts.values()) sum += n;
    return sum;
  }
  byMethod(): Record<string, number> {
    return Object.fromEntries(
      [...this.counts.entries()].sort((a, b) => b[1] - a[1]),
    );
  }
  reset(): void {
    this.counts.clear();
  }
}

/** Virtual milliseconds: Utilities.sleep and each service call's latency advance it; nothing waits for real. */
export class VirtualClock {
  constructor(private ms: number) {}
  now(): number {
    return this.ms;
  }
  advance(ms: number): void {
    if (ms > 0) this.ms += ms;
  }
}

const ALLOWED: Record<AuthModeName, ReadonlySet<Capability>> = {
  // docs/PLATFORM.md: onOpen of an add-on not yet used in this doc may only add menu items.
  NONE: new Set<Capability>(['menu', 'utility']),
  // onOpen otherwise: menus, read the current doc, properties; no UrlFetch, no sidebar or dialog.
  LIMITED: new Set<Capability>(['menu', 'document', 'properties', 'utility']),
  FULL: new Set<Capability>([
    'menu',
    'document',
    'properties',
    'cache',
    'lock',
    'fetch',
    'dialog',
    'triggers',
    'openById',
    'docsApi',
    'utility',
  ]),
  CUSTOM_FUNCTION: new Set<Capability>(['utility']),
};

const SCOPE = 'https://www.googleapis.com/auth/';

/** Scopes any one of which lets a capability through (docs/PLATFORM.md, "Manifest"); unlisted capabilities need none. */
const SCOPES_FOR: Partial<Record<Capability, string[]>> = {
  document: [`${SCOPE}documents.currentonly`, `${SCOPE}documents`],
  openById: [`${SCOPE}documents`],
  // documents.get accepts these (REST reference); `documents.currentonly` does not reach the REST API.
  docsApi: [
    `${SCOPE}documents.readonly`,
    `${SCOPE}drive`,
    `${SCOPE}drive.readonly`,
    `${SCOPE}drive.file`,
    `${SCOPE}documents`,
  ],
  fetch: [`${SCOPE}script.external_request`],
  menu: [`${SCOPE}script.container.ui`],
  dialog: [`${SCOPE}script.container.ui`],
  triggers: [`${SCOPE}script.scriptapp`],
};

/** Shared state of one emulated Apps Script project bound to one document. */
export class EmulatorContext {
  readonly calls = new CallCounter();
  /** Faults tests armed (Env.faults): consulted after each call is counted. */
  readonly faults = new FaultPlan();
  readonly clock: VirtualClock;
  /** Virtual ms each counted service call costs (0: calls are free in time). */
  callLatencyMs: number;
  execution: Execution = {
    authMode: 'FULL',
    source: 'run',
    hasActiveDocument: true,
    id: 0,
  };
  private executionCount = 0;
  private readonly running = new Set<number>([0]);
  /** The manifest's explicit oauthScopes; undefined: Apps Script detects what the code needs, so all are granted. */
  private readonly scopes: ReadonlySet<string> | undefined;

  constructor(
    options: {
      now?: number;
      callLatencyMs?: number;
      oauthScopes?: string[];
    } = {},
  ) {
    this.clock = new VirtualClock(
      options.now ?? Date.UTC(2026, 10, 26, 9, 0, 0),
    );
    this.callLatencyMs = options.callLatencyMs ?? 0;
    this.scopes = options.oauthScopes && new Set(options.oauthScopes);
  }

  /**
   * Records one service call and checks the execution may make it.
   * @throws Error with Apps Script's wording when the AuthMode forbids it or
   * the manifest's oauthScopes lack the scope it needs.
   */
  call(method: string, capability: Capability): void {
    this.calls.record(method);
    this.clock.advance(this.callLatencyMs);
    this.checkDeadline();
    if (!ALLOWED[this.execution.authMode].has(capability)) {
      throw new Error(
        `Exception: You do not have permission to call ${method} in AuthMode.${this.execution.authMode}. ` +
          'Required permissions are not granted in this context.',
      );
    }
    const needed = SCOPES_FOR[capability];
    const scopes = this.scopes;
    if (needed && scopes && !needed.some(scope => scopes.has(scope))) {
      throw new Error(
        `Exception: You do not have permission to call ${method}. Required permissions: ${needed[needed.length - 1]}`,
      );
    }
    this.faults.check(method, this.execution.id ?? 0);
  }

  /**
   * Stops the execution once the virtual clock has passed its time limit, as Apps Script kills it.
   * @throws Error `Exceeded maximum execution time`.
   */
  checkDeadline(): void {
    const {startedAt, limitMs} = this.execution;
    if (startedAt === undefined || limitMs === undefined) return;
    if (this.clock.now() - startedAt > limitMs) {
      throw new Error('Exceeded maximum execution time');
    }
  }

  /** True while `fn` of some runAs is on the stack (calls then join that execution). */
  inExecution(): boolean {
    return this.running.size > 1;
  }

  /** False once the execution has ended: whatever it held (locks) is free again. */
  isRunning(executionId: number): boolean {
    return this.running.has(executionId);
  }

  /**
   * Runs `fn` as a new execution of the given kind (own id, start time and time
   * limit), restoring the previous one afterwards.
   */
  runAs<T>(execution: Partial<Execution>, fn: () => T): T {
    const saved = this.execution;
    const id = ++this.executionCount;
    const source = execution.source ?? saved.source;
    this.execution = {
      ...saved,
      startedAt: this.clock.now(),
      limitMs:
        source === 'simple' ? SIMPLE_TRIGGER_LIMIT_MS : EXECUTION_LIMIT_MS,
      ...execution,
      id,
    };
    this.running.add(id);
    try {
      return fn();
    } finally {
      this.running.delete(id);
      this.execution = saved;
    }
  }
}
