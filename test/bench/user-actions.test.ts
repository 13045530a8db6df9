// The per-user-action report (issue 27 item 6): today's figures next to the path before the cached read, and the targets read from them.
import {render} from '../../bench/render';
import {checkTargets} from '../../bench/targets';
import type {Results, UserActionCost} from '../../bench/types';

function row(over: Partial<UserActionCost>): UserActionCost {
  return {
    action: 'find, 10 keystrokes',
    entries: 3900,
    blocks: 7956,
    characters: 1003348,
    route: 'cached',
    warmth: 'warm',
    status: 'ok',
    serverCalls: 1,
    calls: 17,
    docsApiReads: 1,
    docsApiBytes: 31,
    estimatedSeconds: 0.003,
    ...over,
  };
}

function results(userActions: UserActionCost[]): Results {
  return {
    generatedAt: 'now',
    machine: {node: 'v20', cpus: 2, cpuModel: 'cpu'},
    sizes: [3900],
    largestRealistic: {
      entries: 3900,
      characters: 1003348,
      charactersPerEntry: 257,
    },
    costModel: {callLatencyMs: 0.2, docsApiMsPerByte: 0.001},
    bundle: {pages: {}},
    operations: [],
    actionCosts: [],
    userActions,
    growth: [],
    core: [],
    targets: [],
  };
}

const BEFORE = row({
  route: 'before issue 27',
  warmth: 'cold',
  serverCalls: 10,
  calls: 230,
  docsApiReads: 10,
  docsApiBytes: 27000000,
  estimatedSeconds: 27,
});

describe('per user action', () => {
  it('shows each cached row next to the same action before issue 27', () => {
    const table = render(
      results([row({pageMsPerKeystroke: 12.4}), row({warmth: 'cold'}), BEFORE]),
    );
    expect(table).toContain('### Per user action');
    expect(table).toMatch(
      /\| find, 10 keystrokes \|\s+3900 \| warm\s+\| 1 \/ 10\s+\| 17 \/ 230\s+\| 31 \/ 27000000\s+\| 0\.003 \/ 27\.000 \|\s+12 \|/,
    );
    // The route before issue 27 has no row of its own: it stands beside both states.
    expect(table.match(/find, 10 keystrokes/g)).toHaveLength(2);
  });

  it('meets the Find target with one server call and fast keys, and misses it otherwise', () => {
    const find = (rows: UserActionCost[]) =>
      checkTargets(results(rows)).find(t =>
        t.target.startsWith('a Find session'),
      )!;
    expect(find([row({pageMsPerKeystroke: 12}), BEFORE]).met).toBe(true);
    expect(find([row({pageMsPerKeystroke: 80}), BEFORE]).met).toBe(false);
    expect(find([row({serverCalls: 10, pageMsPerKeystroke: 1})]).met).toBe(
      false,
    );
    expect(find([BEFORE]).met).toBeNull();
  });

  it('flags a cold action slower than before issue 27', () => {
    const cold = (seconds: number) =>
      checkTargets(
        results([row({warmth: 'cold', estimatedSeconds: seconds}), BEFORE]),
      ).find(t => t.target.startsWith('every user action, cold'))!;
    expect(cold(2.7).met).toBe(true);
    const worse = cold(28);
    expect(worse.met).toBe(false);
    expect(worse.measured).toContain('28.000 s against 27.000 s');
  });
});
