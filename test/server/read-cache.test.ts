// The cached read through the bundle: an unchanged document is not read again, and an edit between two actions is always seen.
import type {DocJson} from '../../src/core/doc-model';
import giant from '../../samples/giant-doc.json';
import {arxivReplay} from '../support/arxiv-replay';
import {loadDist} from '../support/dist-bundle';
import {classifyCall} from '../../bench/measure';

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

  it('an insert right after its preview reads the revision once (the guard, right before the write) and nothing of the body: at most 5 document reads', () => {
    const {env, fns, reads} = setup();
    env.scriptRun(fns, 'previewPapers', '1707.08567');
    reads();
    env.calls.reset();
    const [result] = env.scriptRun(fns, 'insertPapers', [
      {id: '1707.08567', section: 'NLP', note: 'g'},
    ]) as {status: string}[];
    expect(result.status).toBe('inserted');
    // Planned on the cached read taken on trust; the guard's token proves it: the live document is still that read.
    expect(reads()).toEqual(['token']);
    const calls = env.calls.byMethod();
    // Counted as the bench counts (bench/measure.ts): every get/is/find of DocumentApp and every Docs call, opening aside.
    const documentReads = Object.entries(calls)
      .filter(
        ([method]) =>
          method.startsWith('Docs.') ||
          (classifyCall(method) === 'read' &&
            !/^DocumentApp\.(getActiveDocument|openById)$/.test(method)),
      )
      .reduce((sum, [, n]) => sum + n, 0);
    // 1 revision read; the active tab and its id, the document's id, the tab's body (was 16: 10 of them the neighbours' getters; 6 with a token to plan).
    expect(documentReads).toBeLessThanOrEqual(5);
    expect(calls['DocumentApp.Body.getText']).toBeUndefined();
    expect(calls['DocumentApp.Body.getChild']).toBeUndefined();
    expect(calls['DocumentApp.Body.getNumChildren']).toBeUndefined();
    expect(calls['DocumentApp.Document.getTab']).toBeUndefined();
  });

  it("still places an entry right when a collaborator's edit is saved while arXiv answers: the revision differs, the body is read again", () => {
    const id = '1605.08386';
    const edit = (env: ReturnType<typeof setup>['env']) =>
      env.runAs(FULL, () => {
        const body = env.globals.DocumentApp.getActiveDocument().getBody();
        // Two lines at the top: every index the insert planned on moves.
        body.insertParagraph(0, 'To read first');
        body.insertParagraph(0, 'And this');
      });
    const texts = (env: ReturnType<typeof setup>['env']) =>
      env.runAs(FULL, () =>
        env.globals.DocumentApp.getActiveDocument().getBody().getText(),
      );

    // The same edit, then the insert: where the entry belongs.
    const serial = setup();
    serial.sections();
    edit(serial.env);
    serial.env.scriptRun(serial.fns, 'insertPapers', [
      {id, section: 'NLP', note: 'g'},
    ]);

    // The edit saved by another execution while this insert waits for arXiv, after it planned on the cached read.
    const replay = arxivReplay();
    let edited = false;
    const {env, fns} = loadDist({
      document: giant as DocJson,
      fetch: r => {
        if (!edited) {
          edited = true;
          edit(env);
        }
        return replay.handle(r);
      },
    });
    env.scriptRun(fns, 'getLibrary');
    env.docsApiLog.length = 0;
    const [result] = env.scriptRun(fns, 'insertPapers', [
      {id, section: 'NLP', note: 'g'},
    ]) as {status: string}[];
    expect(edited).toBe(true);
    expect(result.status).toBe('inserted');
    // Planned on the cache on trust; the guard's token differed, so it read the body again (no second token) and planned on that.
    expect(
      env.docsApiLog.map(r => (r.fields === 'revisionId' ? 'token' : 'body')),
    ).toEqual(['token', 'body']);
    expect(texts(env)).toBe(texts(serial.env));
  });
  it("places an entry right when the document changed after the preview cached its read: the guard's token differs, the body is read again", () => {
    const id = '1605.08386';
    const topLines = (env: ReturnType<typeof setup>['env']) =>
      env.runAs(FULL, () => {
        const body = env.globals.DocumentApp.getActiveDocument().getBody();
        body.insertParagraph(0, 'To read first');
        body.insertParagraph(0, 'And this');
      });
    const texts = (env: ReturnType<typeof setup>['env']) =>
      env.runAs(FULL, () =>
        env.globals.DocumentApp.getActiveDocument().getBody().getText(),
      );
    const serial = setup();
    topLines(serial.env);
    serial.env.scriptRun(serial.fns, 'insertPapers', [
      {id, section: 'NLP', note: 'g'},
    ]);

    // The cache holds the read of the revision before the edit; the insert plans on it on trust.
    const {env, fns, reads} = setup();
    env.scriptRun(fns, 'previewPapers', id);
    topLines(env);
    reads();
    const [result] = env.scriptRun(fns, 'insertPapers', [
      {id, section: 'NLP', note: 'g'},
    ]) as {status: string}[];
    expect(result.status).toBe('inserted');
    expect(reads()).toEqual(['token', 'body']);
    expect(texts(env)).toBe(texts(serial.env));
  });

  it('inserts a paper whose entry was deleted after the cache read it: no duplicate answered from an unproven read', () => {
    const id = '1707.08567';
    const {env, fns, sections, reads} = setup();
    const [first] = env.scriptRun(fns, 'insertPapers', [
      {id, section: 'NLP', note: 'g'},
    ]) as {status: string}[];
    expect(first.status).toBe('inserted');
    // The next action caches the read with the entry in it.
    sections();
    const [again] = env.scriptRun(fns, 'insertPapers', [
      {id, section: 'NLP', note: 'g'},
    ]) as {status: string}[];
    expect(again.status).toBe('duplicate');
    // The user deletes the entry (its line and its gist) in an execution of their own.
    const at = env.document
      .toJSON()
      .body.findIndex(
        b =>
          b.type !== 'table' &&
          (b.links ?? []).some(l => l.url === `https://arxiv.org/abs/${id}`),
      );
    expect(at).toBeGreaterThan(-1);
    env.runAs(FULL, () => {
      const body = env.globals.DocumentApp.getActiveDocument().getBody();
      body.getChild(at + 1).removeFromParent();
      body.getChild(at).removeFromParent();
    });
    reads();
    const [result] = env.scriptRun(fns, 'insertPapers', [
      {id, section: 'NLP', note: 'g'},
    ]) as {status: string}[];
    expect(result.status).toBe('inserted');
    // The cached read showed the entry: proven before answering (its token differed: the body read again), then the guard's token before the write.
    expect(reads()).toEqual(['token', 'body', 'token']);
  });
});
