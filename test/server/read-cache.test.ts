// The cached read through the bundle: an unchanged document is not read again, and an edit between two actions is always seen.
import type {DocJson} from '../../src/core/doc-model';
import giant from '../../samples/giant-doc.json';
import {arxivReplay} from '../support/arxiv-replay';
import {loadDist} from '../support/dist-bundle';

const FULL = {authMode: 'FULL', source: 'run'} as const;

function setup() {
  const replay = arxivReplay();
  const {env, fns} = loadDist({
    document: giant as DocJson,
    fetch: r => replay.handle(r),
  });
  const sections = () =>
    (env.scriptRun(fns, 'getLibrary') as {sections: string[]}).sections;
  /** The Docs API reads since the last call: 'token' for a revisionId alone, 'body' for a whole read. */
  const reads = () => {
    const out = env.docsApiLog.map(r =>
      r.fields === 'revisionId' ? 'token' : 'body',
    );
    env.docsApiLog.length = 0;
    return out;
  };
  /** Adds a heading at the end, as the user typing would (an execution of its own, saved when it ends). */
  const addSection = (name: string) =>
    env.runAs(FULL, () => {
      const body = env.globals.DocumentApp.getActiveDocument().getBody();
      body
        .appendParagraph(name)
        .setHeading(env.globals.DocumentApp.ParagraphHeading.HEADING2);
      body.appendParagraph('');
    });
  return {env, fns, sections, reads, addSection};
}

describe('the cached read (bundle, sample giant doc)', () => {
  it('reads the body once, then only the revision while the document is unchanged, with the same answer', () => {
    const {sections, reads} = setup();
    const first = sections();
    expect(reads()).toEqual(['body']);
    expect(sections()).toEqual(first);
    expect(reads()).toEqual(['token']);
    expect(sections()).toEqual(first);
    expect(reads()).toEqual(['token']);
  });

  it("sees the user's edit made between two actions (a new revision: the body is read again)", () => {
    const {sections, reads, addSection} = setup();
    const first = sections();
    reads();
    addSection('Brand new section');
    const after = sections();
    expect(after).toEqual([...first, 'Brand new section']);
    expect(reads()).toEqual(['token', 'body']);
    addSection('Another one');
    expect(sections()).toEqual([...after, 'Another one']);
  });

  it("sees the add-on's own write: the insert's new section is there at the next action", () => {
    const {env, fns, sections, reads} = setup();
    const first = sections();
    reads();
    const [result] = env.scriptRun(fns, 'insertPapers', [
      {id: '1707.08567', section: 'Freshly made'},
    ]) as {status: string}[];
    expect(result.status).toBe('inserted');
    // The insert planned on the cached read: the token only.
    expect(reads()[0]).toBe('token');
    expect(sections()).toEqual(expect.arrayContaining(['Freshly made']));
    expect(sections()).toHaveLength(first.length + 1);
  });

  it('never answers from a cache older than the document, even with the cache holding an older revision', () => {
    const {env, sections, reads, addSection} = setup();
    sections();
    // A cache another execution filled for a revision since replaced stays unused.
    const held = new Map(env.caches.document.items);
    addSection('Edited meanwhile');
    for (const [key, item] of held) env.caches.document.items.set(key, item);
    expect(sections()).toEqual(expect.arrayContaining(['Edited meanwhile']));
    expect(reads()).toContain('body');
  });

  it('an insert right after its preview reads only the revision and the two neighbours of the place (no body pass)', () => {
    const {env, fns, reads} = setup();
    env.scriptRun(fns, 'previewPapers', '1707.08567');
    reads();
    env.calls.reset();
    env.scriptRun(fns, 'insertPapers', [
      {id: '1707.08567', section: 'NLP', note: 'g'},
    ]);
    expect(reads()).toEqual(['token']);
    const calls = env.calls.byMethod();
    expect(calls['DocumentApp.Body.getText']).toBeUndefined();
    expect(calls['DocumentApp.Document.getTabs']).toBeUndefined();
    expect(calls['DocumentApp.Body.getChild']).toBe(2);
  });
});
