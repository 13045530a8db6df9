// What a preview's Atom feed costs in service calls through the built bundle: parsed in plain TypeScript, none.
import {arxivReplay} from '../support/arxiv-replay';
import {loadDist} from '../support/dist-bundle';

describe('previewPapers parses the feed without XmlService (bundle)', () => {
  it('a 20-id preview makes fewer than 50 service calls and none to XmlService', () => {
    const replay = arxivReplay();
    const {env, fns} = loadDist({fetch: r => replay.handle(r)});
    const ids = replay.ids.slice(0, 20);
    expect(ids).toHaveLength(20);
    env.calls.reset();
    const result = env.scriptRun(fns, 'previewPapers', ids.join('\n')) as {
      items: {status: string}[];
    };
    expect(result.items.map(i => i.status)).toEqual(Array(20).fill('ready'));
    const calls = env.calls.byMethod();
    // Printed for docs/PERFORMANCE.md: the figure before and after.
    console.log(`20-id preview: ${env.calls.total()} calls`, calls);
    expect(Object.keys(calls).filter(m => m.startsWith('XmlService'))).toEqual(
      [],
    );
    expect(env.calls.total()).toBeLessThan(50);
  });

  it('a 100-id preview (one 100-entry feed) costs no more calls than a 20-id one', () => {
    const replay = arxivReplay();
    const {env, fns} = loadDist({fetch: r => replay.handle(r)});
    const ids = replay.ids.slice(0, 100);
    expect(ids).toHaveLength(100);
    env.calls.reset();
    const result = env.scriptRun(fns, 'previewPapers', ids.join('\n')) as {
      items: {status: string}[];
    };
    expect(result.items.map(i => i.status)).toEqual(Array(100).fill('ready'));
    expect(replay.requests).toHaveLength(1);
    expect(env.calls.total()).toBeLessThan(50);
  });
});
