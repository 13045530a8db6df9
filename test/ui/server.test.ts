// The promise client over google.script.run: typed calls, the 10-call limit, and errors in plain words.
import {
  AUTHORIZATION_MESSAGE,
  MAX_CONCURRENT_CALLS,
  NETWORK_MESSAGE,
  ScriptRunner,
  ServerError,
  createServerClient,
  describeError,
} from '../../src/ui/lib/server';

/** A fake google.script.run: records calls and lets the test answer each one. */
function fakeRun() {
  const calls: {
    name: string;
    args: unknown[];
    succeed: (v: unknown) => void;
    fail: (e: unknown) => void;
  }[] = [];
  function runner(
    succeed: (v: unknown) => void = () => {},
    fail: (e: unknown) => void = () => {},
  ): ScriptRunner {
    return new Proxy({} as ScriptRunner, {
      get(_target, prop: string) {
        if (prop === 'withSuccessHandler')
          return (h: (v: unknown) => void) => runner(h, fail);
        if (prop === 'withFailureHandler')
          return (h: (e: unknown) => void) => runner(succeed, h);
        return (...args: unknown[]) => {
          if (args.some(a => a instanceof Date)) {
            throw new Error('Failed due to illegal value in argument 0.');
          }
          calls.push({name: prop, args, succeed, fail});
        };
      },
    });
  }
  return {runner: runner(), calls};
}

describe('createServerClient', () => {
  test('resolves with the server value and passes the arguments', async () => {
    const run = fakeRun();
    const client = createServerClient(() => run.runner);
    const result = client.call('searchEntries', 'florence');
    expect(run.calls).toHaveLength(1);
    expect(run.calls[0].name).toBe('searchEntries');
    expect(run.calls[0].args).toEqual(['florence']);
    run.calls[0].succeed([{id: '2111.11432'}]);
    await expect(result).resolves.toEqual([{id: '2111.11432'}]);
  });

  test('keeps at most 10 calls in flight and starts queued ones as others finish', async () => {
    const run = fakeRun();
    const client = createServerClient(() => run.runner);
    const results = Array.from({length: 25}, (_, i) =>
      client.call('searchEntries', `q${i}`),
    );
    expect(run.calls).toHaveLength(MAX_CONCURRENT_CALLS);
    expect(client.pending()).toBe(25);
    run.calls[0].succeed([]);
    run.calls[1].fail(new Error('boom'));
    await Promise.resolve();
    expect(run.calls).toHaveLength(12);
    expect(run.calls[11].args).toEqual(['q11']);
    for (let i = 2; i < 25; i++) {
      while (run.calls.length <= i) await Promise.resolve();
      run.calls[i].succeed(i);
    }
    const settled = await Promise.allSettled(results);
    expect(settled.filter(s => s.status === 'fulfilled')).toHaveLength(24);
    expect(client.pending()).toBe(0);
  });

  test('a failure reaches the caller as a ServerError in plain words', async () => {
    const run = fakeRun();
    const client = createServerClient(() => run.runner);
    const result = client.call('getSettings');
    run.calls[0].fail(
      new Error(
        'ScriptError: Authorization is required to perform that action.',
      ),
    );
    await expect(result).rejects.toBeInstanceOf(ServerError);
    await expect(result).rejects.toThrow(AUTHORIZATION_MESSAGE);
  });

  test('an argument google.script.run refuses rejects instead of throwing, and frees its slot', async () => {
    const run = fakeRun();
    const client = createServerClient(() => run.runner, 1);
    const bad = client.call('searchEntries', new Date() as unknown as string);
    await expect(bad).rejects.toThrow('illegal value');
    const good = client.call('searchEntries', 'ok');
    expect(run.calls).toHaveLength(1);
    run.calls[0].succeed([]);
    await expect(good).resolves.toEqual([]);
  });

  test('without google.script.run the call fails with the network sentence', async () => {
    const client = createServerClient(() => undefined);
    await expect(client.call('getSchedule')).rejects.toThrow(NETWORK_MESSAGE);
  });
});

describe('describeError', () => {
  test.each([
    [
      'ScriptError: Authorization is required to perform that action.',
      AUTHORIZATION_MESSAGE,
    ],
    [
      "ScriptError: We're sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED.",
      AUTHORIZATION_MESSAGE,
    ],
    ['NetworkError: Connection failure due to HTTP 0', NETWORK_MESSAGE],
    ['TypeError: Failed to fetch', NETWORK_MESSAGE],
    [
      'arXiv is rate-limiting requests; try again in a minute.',
      'arXiv is rate-limiting requests; try again in a minute.',
    ],
    ['Exception: The Inbox needs a name.', 'The Inbox needs a name.'],
  ])('%s', (raw, expected) => {
    expect(describeError(new Error(raw))).toBe(expected);
  });

  test('reads plain strings and objects with a message, and never returns an empty sentence', () => {
    expect(describeError('Sort order must be newest, oldest or title.')).toBe(
      'Sort order must be newest, oldest or title.',
    );
    expect(describeError({message: 'Rule 1 needs a section name.'})).toBe(
      'Rule 1 needs a section name.',
    );
    expect(describeError(undefined)).toMatch(/went wrong/);
    expect(describeError(new Error('   '))).toMatch(/went wrong/);
  });
});
