// The page's link to Apps Script: google.script.run and google.script.host, read from the window at call time.
import type {ScriptRunner, ServerClient} from './server';
import {createServerClient} from './server';

interface GoogleScript {
  run: ScriptRunner;
  host: {close(): void};
}

function googleScript(): GoogleScript | undefined {
  return (window as unknown as {google?: {script?: GoogleScript}}).google
    ?.script;
}

/** The page's one client; the queue must be shared for the 10-call limit to hold. */
export const server: ServerClient = createServerClient(
  () => googleScript()?.run,
);

/** Closes the dialog (a no-op where there is no host, e.g. a page opened by itself). */
export function closeHost(): void {
  googleScript()?.host.close();
}
