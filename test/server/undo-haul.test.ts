// undoLastHaul through the built bundle in the emulator: exact restore, edited entries kept, undo after a reorganize.
import type {Block, DocJson} from '../../src/core/doc-model';
import type {InsertResult} from '../../src/core/types';
import type {UndoResult, UndoState} from '../../src/app/haul/undo-haul';
import type {Env} from '../../emulator';
import giant from '../../samples/giant-doc.json';
import {arxivReplay} from '../support/arxiv-replay';
import {loadDist} from '../support/dist-bundle';

const FULL = {authMode: 'FULL', source: 'run'} as const;

function setup(document: DocJson = giant as DocJson) {
  const replay = arxivReplay();
  const {env, fns} = loadDist({document, fetch: r => replay.handle(r)});
  const run = <T>(name: string, ...args: unknown[]) =>
    env.scriptRun(fns, name, ...args) as T;
  return {
    env,
    run,
    insert: (requests: unknown[], options?: unknown) =>
      options === undefined
        ? run<InsertResult[]>('insertPapers', requests)
        : run<InsertResult[]>('insertPapers', requests, options),
    body: () => env.document.toJSON().body,
  };
}

/** Index of the head block linking to paper `id`. */
function headIndex(body: Block[], id: string): number {
  return body.findIndex(
    b =>
      b.type !== 'table' &&
      (b.links ?? []).some(l => l.url === `https://arxiv.org/abs/${id}`),
  );
}

/** Runs `edit` on the emulated document as the user typing would (outside any server call). */
function editBody(
  env: Env,
  edit: (body: GoogleAppsScript.Document.Body) => void,
) {
  env.runAs(FULL, () =>
    edit(env.globals.DocumentApp.getActiveDocument().getBody()),
  );
}

const THREE = [
  {id: '1707.08567', section: 'NLP', note: 'workshop proceedings'},
  {id: '1605.08386', section: 'Theory'},
  {id: '2104.12255', section: ''},
];

describe('undoLastHaul (bundle, sample giant doc)', () => {
  it('after a haul of three papers, leaves the document exactly as before', () => {
    const {insert, run, body} = setup();
    const before = body();
    expect(insert(THREE).map(r => r.status)).toEqual([
      'inserted',
      'inserted',
      'inserted',
    ]);
    expect(body().length).toBe(before.length + 7);
    expect(run<UndoState>('getLastHaul')).toMatchObject({
      count: 3,
      titles: [
        expect.stringMatching(/^Proceedings of Workshop AEW10/),
        'Heat-bath random walks with Markov bases',
        '0',
      ],
    });

    expect(run<UndoResult>('undoLastHaul')).toEqual({
      removed: ['1707.08567', '1605.08386', '2104.12255'],
      kept: [],
    });
    expect(body()).toEqual(before);
    expect(run('getLastHaul')).toBeNull();
    expect(() => run('undoLastHaul')).toThrow(/There is no haul to undo/);
    expect(body()).toEqual(before);
  });

  it('removes the section heading the haul created, at the end of the doc too, leaving it exactly as before', () => {
    // New sections go before an Inbox that ends the sections: without one, this one ends the doc.
    const blocks = (giant as DocJson).body;
    const inbox = blocks.findIndex(
      b => b.type === 'paragraph' && b.text === 'Inbox' && b.heading,
    );
    expect(inbox).toBeGreaterThan(0);
    const {insert, run, body} = setup({
      body: [...blocks.slice(0, inbox), {type: 'paragraph', text: ''}],
    });
    const before = body();
    expect(before[before.length - 1]).toEqual({type: 'paragraph', text: ''});
    insert([{id: '1605.08386', section: 'Combinatorics'}]);
    expect(body()[before.length]).toEqual({
      type: 'paragraph',
      text: 'Combinatorics',
      heading: 'HEADING2',
    });
    expect(run<UndoResult>('undoLastHaul')).toEqual({
      removed: ['1605.08386'],
      kept: [],
    });
    expect(body()).toEqual(before);
  });

  it('a doc ending in text: the empty paragraph Docs keeps at the end is left, and said', () => {
    const document: DocJson = {
      body: [
        {type: 'paragraph', text: 'Theory', heading: 'HEADING2'},
        {type: 'paragraph', text: 'my last line'},
      ],
    };
    const {insert, run, body} = setup(document);
    insert([{id: '1605.08386', section: 'Combinatorics'}]);
    const result = run<UndoResult>('undoLastHaul');
    expect(result.removed).toEqual(['1605.08386']);
    expect(result.message).toBe(
      'Docs keeps a paragraph at the end of a document, so an empty one is left there.',
    );
    expect(body()).toEqual([...document.body, {type: 'paragraph', text: ''}]);
  });

  it('joins the chunks of one dialog haul (same token) into one undo; another token replaces it', () => {
    const {insert, run, body} = setup();
    const before = body();
    insert([THREE[0]], {haul: 'h1'});
    const afterFirst = body();
    insert([THREE[1]], {haul: 'h2'});
    insert([THREE[2]], {haul: 'h2'});
    expect(run<UndoState>('getLastHaul').count).toBe(2);
    expect(run<UndoResult>('undoLastHaul').removed).toEqual([
      '1605.08386',
      '2104.12255',
    ]);
    expect(body()).toEqual(afterFirst);
    expect(body()).not.toEqual(before);
  });

  it('after a second haul in which the user edited one entry, removes the other and reports the edited one as kept', () => {
    const {insert, run, body, env} = setup();
    insert([THREE[0]]);
    const afterFirst = body();
    insert([
      {id: '2405.13786', section: 'Systems', note: 'search-based SE'},
      {id: 'astro-ph/0601001', section: 'Theory', note: 'galaxy clusters'},
    ]);
    const gist = headIndex(body(), '2405.13786') + 1;
    expect(body()[gist].type === 'listItem' && body()[gist]).toMatchObject({
      text: 'search-based SE',
    });
    editBody(env, b =>
      b.getChild(gist).asListItem().setText('search-based SE, read §3'),
    );
    const edited = body();

    const result = run<UndoResult>('undoLastHaul');
    expect(result).toEqual({
      removed: ['astro-ph/0601001'],
      kept: [
        {
          id: '2405.13786',
          reason: 'Its gist was edited since the haul, so it stays.',
        },
      ],
    });
    // Only the unedited entry's blocks went; the first haul's entry and the edit stand.
    const start = headIndex(edited, 'astro-ph/0601001');
    const count = 3;
    expect(body()).toEqual([
      ...edited.slice(0, start),
      ...edited.slice(start + count),
    ]);
    expect(headIndex(body(), '1707.08567')).toBe(
      headIndex(afterFirst, '1707.08567'),
    );
  });

  it('keeps an entry that is gone or has a note added, saying why, and touches nothing else', () => {
    const {insert, run, body, env} = setup();
    insert([
      {id: '1605.08386', section: 'Theory'},
      {id: '2104.12255', section: ''},
    ]);
    const heat = headIndex(body(), '1605.08386');
    // The user deletes the whole Heat-bath entry (head and abstract line) and adds a note under the other one.
    editBody(env, b => {
      b.getChild(heat + 1).removeFromParent();
      b.getChild(heat).removeFromParent();
    });
    const zero = headIndex(body(), '2104.12255');
    editBody(env, b =>
      b.insertListItem(zero + 2, 'my note').setNestingLevel(1),
    );
    const edited = body();
    expect(run<UndoResult>('undoLastHaul')).toEqual({
      removed: [],
      kept: [
        {
          id: '1605.08386',
          reason: 'It is no longer in the document (moved out or deleted).',
          gone: true,
        },
        {
          id: '2104.12255',
          reason: 'A note was added under it since the haul, so it stays.',
        },
      ],
    });
    expect(body()).toEqual(edited);
  });

  it('after a reorganize in between, removes exactly the haul’s entries wherever they moved', () => {
    const {insert, run, body} = setup();
    insert(THREE);
    const report = run<{moves: number; filed: unknown[]}>('reorganize');
    expect(report.moves).toBeGreaterThan(0);
    const reorganized = body();
    // The haul's blocks in the reorganized doc: each head and the nested lines written under it.
    const written = new Set<number>();
    for (const id of ['1707.08567', '1605.08386', '2104.12255']) {
      const head = headIndex(reorganized, id);
      expect(head).toBeGreaterThanOrEqual(0);
      written.add(head);
      for (let i = head + 1; ; i++) {
        const block = reorganized[i];
        if (block?.type !== 'listItem' || !block.nesting) break;
        written.add(i);
      }
    }
    expect(written.size).toBe(7);

    expect(run<UndoResult>('undoLastHaul')).toEqual({
      removed: ['1707.08567', '1605.08386', '2104.12255'],
      kept: [],
    });
    expect(body()).toEqual(reorganized.filter((_, i) => !written.has(i)));
  });
});

describe('undo near the document properties quota (bundle)', () => {
  /** Fills the document's store until `free` bytes of its 500 KB are left. */
  function fill(env: Env, free: number) {
    const store = env.properties.document;
    let k = 0;
    while (500 * 1024 - store.size() > free) {
      const key = `filler.${k++}`;
      const room = 500 * 1024 - store.size() - free - key.length;
      store.values.set(key, 'x'.repeat(Math.max(0, Math.min(9000, room))));
    }
  }

  it('says undo is not available when the store is full, never "There is no haul to undo"', () => {
    const {env, insert, run} = setup();
    insert([THREE[1]]);
    expect(run<UndoState>('getLastHaul')).toMatchObject({count: 1});
    fill(env, 40);
    const results = insert([THREE[0], THREE[2]]);
    expect(results.map(r => r.status)).toEqual(['inserted', 'inserted']);
    for (const r of results) {
      expect(r.message).toBe(
        "Undo is not available for this haul: this document's add-on storage is full.",
      );
    }
    expect(run('getLastHaul')).toBeNull();
    expect(() => run('undoLastHaul')).toThrow(
      "Undo is not available for this haul: this document's add-on storage is full.",
    );
  });
});

describe('undo after a haul whose write failed (bundle)', () => {
  it("never removes yesterday's entries: the record is replaced by what was written", () => {
    const {env, insert, run, body} = setup();
    insert([THREE[1]]);
    expect(run<UndoState>('getLastHaul')).toMatchObject({count: 1});
    const yesterday = headIndex(body(), '1605.08386');
    expect(yesterday).toBeGreaterThan(0);

    env.faults.failAt(1, {service: 'DocumentApp', method: 'insertListItem'});
    const [result] = insert([THREE[0]]);
    expect(result).toMatchObject({id: '1707.08567', status: 'error'});
    expect(run('getLastHaul')).toBeNull();
    expect(() => run('undoLastHaul')).toThrow(
      "There is nothing to undo: the last haul's writes failed before any paper was written.",
    );
    expect(headIndex(body(), '1605.08386')).toBeGreaterThan(0);
  });
});
