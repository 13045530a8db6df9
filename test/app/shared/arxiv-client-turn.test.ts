// The arXiv client takes one shared turn per request: one connection at a time across executions.
import {ArxivClient, BUSY} from '../../../src/app/shared/arxiv-client';
import {FakeClock, MemoryCache, loggedHttp} from '../../support/arxiv-fakes';
import {FakeLock, MemoryStore} from '../../support/fakes';
import {arxivReplay} from '../../support/arxiv-replay';
import {parseXml} from '../../../src/core/atom-xml';

function setup(fetchThrows = false) {
  const replay = arxivReplay();
  const clock = new FakeClock();
  const turn = new FakeLock();
  const heldDuringFetch: boolean[] = [];
  const http = loggedHttp(clock, r => {
    heldDuringFetch.push(turn.held);
    if (fetchThrows) throw new Error('Timeout');
    return {headers: {}, ...replay.handle(r)};
  });
  const client = new ArxivClient(
    {
      http,
      clock,
      cache: new MemoryCache(clock),
      spacing: new MemoryStore(),
      xml: {parse: parseXml},
      turn,
    },
    {batchSize: 2, retryDelaysMs: [1000]},
  );
  return {replay, turn, http, client, heldDuringFetch};
}

describe('ArxivClient turn (one connection at a time)', () => {
  it('holds the turn during every request and releases it after each', () => {
    const {replay, turn, http, client, heldDuringFetch} = setup();
    const result = client.lookup(replay.ids.slice(0, 3));
    expect(Object.keys(result.papers)).toHaveLength(3);
    expect(http.sent).toHaveLength(2);
    expect(heldDuringFetch).toEqual([true, true]);
    expect(turn.log).toEqual(['try 30000', 'release', 'try 30000', 'release']);
    expect(turn.held).toBe(false);
  });

  it('releases the turn when the request throws', () => {
    const {replay, turn, client} = setup(true);
    const result = client.lookup(replay.ids.slice(0, 1));
    expect(result.error).toMatch(/did not answer/);
    expect(turn.held).toBe(false);
    expect(turn.log.filter(l => l === 'release')).toHaveLength(2);
  });

  it('sends nothing and says so plainly while another execution holds the turn', () => {
    const {replay, turn, http, client} = setup();
    // Another execution's request is in flight.
    turn.busy = true;
    const result = client.lookup(replay.ids.slice(0, 3));
    expect(http.sent).toHaveLength(0);
    expect(result).toEqual({papers: {}, missing: [], error: BUSY});
  });
});
