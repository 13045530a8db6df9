// The user's own Semantic Scholar API key through the built bundle: saved for the user, shown back only masked, sent only to Semantic Scholar.
import {arxivReplay} from '../support/arxiv-replay';
import {loadDist} from '../support/dist-bundle';
import {scholarlyReplay} from '../support/scholarly-replay';

const KEY = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789wxyz';

function setup() {
  const arxiv = arxivReplay();
  const scholarly = scholarlyReplay();
  const {env, fns} = loadDist({
    fetch: r =>
      scholarly.serves(r.url) ? scholarly.handle(r) : arxiv.handle(r),
  });
  const run = <T>(name: string, ...args: unknown[]) =>
    env.scriptRun(fns, name, ...args) as T;
  return {env, run};
}

describe('Semantic Scholar API key setting (bundle)', () => {
  it('saves the key for the user, shows only its last four characters, and sends it to Semantic Scholar alone', () => {
    const {env, run} = setup();
    expect(run<string>('getScholarlyKey')).toBe('');
    expect(run<string>('saveScholarlyKey', `  ${KEY} `)).toBe('••••wxyz');
    expect(run<string>('getScholarlyKey')).toBe('••••wxyz');
    expect(env.properties.user.values.get('scholarly.s2ApiKey')).toBe(KEY);
    expect([...env.properties.document.values.values()]).not.toContain(KEY);
    expect(JSON.stringify(run('getSettings'))).not.toContain(KEY);
    run('previewPapers', '10.1038/s42256-024-00832-8 2106.15590');
    const s2 = env.fetchLog.filter(r =>
      r.url.startsWith('https://api.semanticscholar.org/'),
    );
    expect(s2.length).toBeGreaterThan(0);
    for (const r of s2) expect(r.headers?.['x-api-key']).toBe(KEY);
    const others = env.fetchLog.filter(
      r => !r.url.startsWith('https://api.semanticscholar.org/'),
    );
    for (const r of others) {
      expect(JSON.stringify(r)).not.toContain(KEY);
    }
  });

  it('removes the key when saved blank, and refuses text that cannot be a key', () => {
    const {run} = setup();
    run('saveScholarlyKey', KEY);
    expect(() => run('saveScholarlyKey', 'two words')).toThrow(
      /does not look like a Semantic Scholar API key/,
    );
    expect(run<string>('getScholarlyKey')).toBe('••••wxyz');
    expect(run<string>('saveScholarlyKey', '')).toBe('');
    expect(run<string>('getScholarlyKey')).toBe('');
  });
});
