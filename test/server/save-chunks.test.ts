// Big inserts and reorganizes through the bundle save in chunks: no "Too many changes applied before saving document".
import type {Block, DocJson} from '../../src/core/doc-model';
import type {Settings} from '../../src/core/settings';
import type {InsertResult, ReorganizeReport} from '../../src/core/types';
import giant from '../../samples/giant-doc.json';
import {generateDoc} from '../../samples/generate-doc';
import {DEFAULT_MAX_CHANGES_BEFORE_SAVE} from '../../emulator';
import {arxivReplay} from '../support/arxiv-replay';
import {loadDist} from '../support/dist-bundle';
import {expectSameJson} from '../support/same-json';

/** Runs `act` on a fresh bundle under the emulator's default limit and with none; returns both outcomes. */
function underLimitAndWithout<T>(
  document: DocJson,
  act: (run: (name: string, ...args: unknown[]) => unknown) => T,
) {
  const outcome = (maxChangesBeforeSave?: number) => {
    const replay = arxivReplay();
    const {env, fns} = loadDist({
      document,
      fetch: r => replay.handle(r),
      maxChangesBeforeSave,
    });
    const result = act((name, ...args) => env.scriptRun(fns, name, ...args));
    return {
      result,
      body: env.document.toJSON().body,
      saves: env.calls.byMethod()['DocumentApp.Document.saveAndClose'] ?? 0,
      peak: env.document.unsavedChanges.peak,
    };
  };
  return {limited: outcome(), unlimited: outcome(Infinity)};
}

describe('saving in chunks keeps big edits under the unsaved-changes limit', () => {
  it('inserts 100 papers with full abstracts in one call, saving every 20 entries', () => {
    const ids = arxivReplay().ids.slice(0, 100);
    expect(ids).toHaveLength(100);
    const {limited, unlimited} = underLimitAndWithout(giant as DocJson, run => {
      const settings = run('getSettings') as Settings;
      run('saveSettings', {
        ...settings,
        entryFormat: {...settings.entryFormat, abstract: 'full'},
      });
      return run(
        'insertPapers',
        ids.map(id => ({id, section: 'Reading pile', note: 'to read'})),
      ) as InsertResult[];
    });
    expect(limited.result.map(r => r.status)).toEqual(
      ids.map(() => 'inserted'),
    );
    expectSameJson(limited.body, unlimited.body);
    expect(limited.saves).toBe(100 / 20);
    expect(limited.peak).toBeLessThanOrEqual(DEFAULT_MAX_CHANGES_BEFORE_SAVE);
  });

  it('reorganizes a shuffled 5,000-entry doc, saving every 200 moved blocks', () => {
    const {limited, unlimited} = underLimitAndWithout(
      generateDoc(5000, {seed: 11, shuffled: true}),
      run => run('reorganize') as ReorganizeReport,
    );
    expect(limited.result).toMatchObject({complete: true});
    expect(limited.result.moves).toBeGreaterThan(4000);
    expectSameJson(limited.body, unlimited.body);
    expect(limited.saves).toBeGreaterThan(limited.result.moves / 200);
    expect(limited.peak).toBeLessThanOrEqual(DEFAULT_MAX_CHANGES_BEFORE_SAVE);
  });

  it('merges a duplicate section of thousands of blocks, saving within the one move', () => {
    const document = generateDoc(5000, {seed: 3, sections: 4, shuffled: true});
    const isSection = (block: Block) =>
      block.type === 'paragraph' && block.heading === 'HEADING2';
    const starts = document.body.flatMap((b, i) => (isSection(b) ? [i] : []));
    // The third section takes the first one's name: merging moves all its blocks in one step.
    const [first, third] = [starts[0], starts[2]].map(i => {
      const heading = document.body[i];
      return heading.type === 'paragraph' ? heading : null;
    });
    expect(starts[3] - starts[2]).toBeGreaterThan(
      DEFAULT_MAX_CHANGES_BEFORE_SAVE,
    );
    const body = document.body.map(block =>
      block === third ? {...third, text: first!.text} : block,
    );
    const {limited, unlimited} = underLimitAndWithout(
      {...document, body},
      run => run('reorganize') as ReorganizeReport,
    );
    // Nothing stopped it; a move of thousands of blocks is too big to record for undo, and says so.
    expect([
      undefined,
      'Undo is not available for this reorganize: it made too many moves to record.',
    ]).toContain(limited.result.message);
    expect(limited.result).toMatchObject({complete: true});
    expectSameJson(limited.body, unlimited.body);
    expect(limited.body.filter(isSection)).toHaveLength(3);
    expect(limited.peak).toBeLessThanOrEqual(DEFAULT_MAX_CHANGES_BEFORE_SAVE);
  });
});
