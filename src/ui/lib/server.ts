// A typed promise client over google.script.run: a queue of at most 10 calls in flight and errors in plain words.
import type * as Api from '../../server/main';

/** The server functions the pages call, with their real signatures. */
export type ServerApi = Pick<
  typeof Api,
  | 'previewPapers'
  | 'insertPapers'
  | 'searchEntries'
  | 'findPapers'
  | 'gatherAbstracts'
  | 'showHelp'
  | 'getFindIndex'
  | 'revealEntry'
  | 'getSettings'
  | 'checkSettings'
  | 'saveSettings'
  | 'setSchedule'
  | 'getSchedule'
  | 'getDocumentStatus'
  | 'reorganize'
  | 'undoLastHaul'
  | 'getLibrary'
  | 'getBibtex'
  | 'exportBibtex'
  | 'checkVersions'
  | 'applyVersionUpdates'
  | 'saveHaulDraft'
  | 'getHaulDraft'
  | 'undoLastReorganize'
  | 'getReorganizeUndo'
  | 'getScholarlyKey'
  | 'saveScholarlyKey'
>;
export type ServerName = keyof ServerApi;

/** The parts of google.script.run the client uses; each with* call returns a new runner. */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
}

/** google.script.run allows this many calls at once. */
export const MAX_CONCURRENT_CALLS = 10;

export const AUTHORIZATION_MESSAGE =
  'Google could not confirm your account. If you are signed in to several Google accounts, sign out of the others or open the document in a private window, then try again.';
export const NETWORK_MESSAGE =
  'Could not reach Google. Check your internet connection, then try again.';
const UNKNOWN_MESSAGE = 'Something went wrong. Please try again.';

// What google.script.run reports when the signed-in accounts confuse it (docs/PLATFORM.md's known limit).
const AUTHORIZATION_PATTERN =
  /authori[sz]ation is required|authori[sz]ation error|PERMISSION_DENIED|We're sorry, a server error|You do not have permission|access denied/i;
// What the browser reports when the call never reached Google; the server's messages never start like this.
const NETWORK_PATTERN = /^NetworkError|Failed to fetch|net::ERR_|HTTP 0\b/i;

/**
 * Turns whatever google.script.run's failure handler received into a sentence
 * a person can act on. The server's own messages are already written for
 * people (docs/PLATFORM.md), so they are shown as they are.
 */
export function describeError(error: unknown): string {
  const raw =
    error instanceof Error
      ? error.message
      : typeof error === 'string'
        ? error
        : error && typeof (error as {message?: unknown}).message === 'string'
          ? (error as {message: string}).message
          : '';
  const message = raw.trim();
  if (!message) return UNKNOWN_MESSAGE;
  if (AUTHORIZATION_PATTERN.test(message)) return AUTHORIZATION_MESSAGE;
  if (NETWORK_PATTERN.test(message)) return NETWORK_MESSAGE;
  return message.replace(/^(Exception|Error|ScriptError):\s*/, '');
}

/** An error whose message is already fit to show. */
export class ServerError extends Error {
  constructor(
    message: string,
    readonly cause: unknown,
  ) {
    super(message);
    this.name = 'ServerError';
  }
}

type Call = {
  name: string;
  args: unknown[];
  resolve: (value: unknown) => void;
  reject: (error: ServerError) => void;
};

/** The typed client the pages use: `await client.call('previewPapers', text)`. */
export interface ServerClient {
  call<K extends ServerName>(
    name: K,
    ...args: Parameters<ServerApi[K]>
  ): Promise<ReturnType<ServerApi[K]>>;
  /** Calls waiting for a free slot plus calls in flight. */
  pending(): number;
}

/**
 * A client over `getRunner()` (google.script.run in a page, a fake in tests).
 * The runner is read on each call so a page can load before the bridge does.
 */
export function createServerClient(
  getRunner: () => ScriptRunner | undefined,
  maxConcurrent = MAX_CONCURRENT_CALLS,
): ServerClient {
  const queue: Call[] = [];
  let inFlight = 0;

  function pump(): void {
    while (inFlight < maxConcurrent && queue.length) {
      start(queue.shift()!);
    }
  }

  function start(call: Call): void {
    inFlight++;
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      inFlight--;
      outcome();
      pump();
    };
    const fail = (error: unknown) =>
      finish(() => call.reject(new ServerError(describeError(error), error)));
    const runner = getRunner();
    if (!runner) {
      fail(new Error('Failed to fetch: google.script.run is not available.'));
      return;
    }
    try {
      const ready = runner
        .withSuccessHandler(value => finish(() => call.resolve(value)))
        .withFailureHandler(fail) as unknown as Record<
        string,
        (...args: unknown[]) => void
      >;
      ready[call.name](...call.args);
    } catch (error) {
      // google.script.run throws at once on arguments it cannot send (a Date, a function).
      fail(error);
    }
  }

  return {
    call(name, ...args) {
      return new Promise((resolve, reject) => {
        queue.push({
          name,
          args,
          resolve: resolve as (value: unknown) => void,
          reject,
        });
        pump();
      });
    },
    pending() {
      return inFlight + queue.length;
    },
  };
}
