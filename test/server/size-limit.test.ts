// insertPapers through the bundle refuses an entry that would pass Google Docs' size limit: a plain message, and not one write.
import type {DocJson} from '../../src/core/doc-model';
import type {InsertResult} from '../../src/core/types';
import giant from '../../samples/giant-doc.json';
import {arxivReplay} from '../support/arxiv-replay';
import {loadDist} from '../support/dist-bundle';

test('an insert into a nearly full document is refused and writes nothing', () => {
  const replay = arxivReplay();
  const body = (giant as DocJson).body;
  const used = body.reduce(
    (sum, b) => sum + (b.type === 'table' ? 0 : b.text.length + 1),
    0,
  );
  const document: DocJson = {
    body: [...body, {type: 'paragraph', text: 'x'.repeat(1_019_900 - used)}],
  };
  const {env, fns} = loadDist({document, fetch: r => replay.handle(r)});
  const before = env.document.toJSON();
  env.calls.reset();
  const [result] = env.scriptRun(fns, 'insertPapers', [
    {id: '1707.08567', section: 'NLP'},
  ]) as InsertResult[];
  expect(result.status).toBe('error');
  expect(result.message).toMatch(
    /^Not inserted: this entry would take the document past Google Docs' limit .* Nothing was written\. Set Abstract to "none" in Settings .* or start an archive doc/,
  );
  expect(env.document.toJSON()).toEqual(before);
  const writes = Object.keys(env.calls.byMethod()).filter(m =>
    /^DocumentApp\..*\.(insert|append|set|remove)[A-Z]/.test(m),
  );
  expect(writes).toEqual([]);
});
