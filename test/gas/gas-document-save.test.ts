// gas-document moves big ranges in saved pieces, under the emulator's limit on unsaved changes.
import {createEnvironment, type Env} from '../../emulator';
import type {DocumentPort} from '../../src/app/shared/ports';
import type {Block} from '../../src/core/doc-model';
import {gasDocument} from '../../src/gas/gas-document';

const globals = globalThis as unknown as {DocumentApp?: unknown};

/** One piece of 200 moved blocks is 400 changes (an insert and a removal each): the limit allows exactly that. */
const LIMIT = 400;

function open(texts: string[]): {env: Env; port: DocumentPort} {
  const body: Block[] = texts.map(text => ({type: 'paragraph', text}));
  const env = createEnvironment({
    document: {body},
    files: {},
    maxChangesBeforeSave: LIMIT,
  });
  globals.DocumentApp = env.globals.DocumentApp;
  const doc = env.globals.DocumentApp.getActiveDocument();
  env.calls.reset();
  return {env, port: gasDocument(doc)};
}

afterEach(() => {
  delete globals.DocumentApp;
});

const numbered = (n: number) => Array.from({length: n}, (_, i) => `p${i}`);

/** The texts after moving [from, from + count) before `before`, worked out on an array. */
function moved(
  texts: string[],
  from: number,
  count: number,
  before: number,
): string[] {
  const rest = [...texts];
  const range = rest.splice(from, count);
  rest.splice(before > from ? before - count : before, 0, ...range);
  return rest;
}

function textsOf(env: Env): string[] {
  return env.document
    .toJSON()
    .body.map(block => (block.type === 'table' ? '#' : block.text));
}

describe('moveRange saves between pieces of 200 blocks', () => {
  it.each([
    ['forward', 10, 450, 900, 2],
    ['back', 500, 450, 20, 2],
    ['forward to the end', 0, 999, 1000, 4],
    ['back from the end, by moving the 550 others forward', 550, 450, 0, 2],
  ])(
    'moves %s: the order one move gives, a save between pieces',
    (_how, from, count, to, saves) => {
      const texts = numbered(1000);
      const {env, port} = open(texts);
      port.moveRange(from, count, to);
      expect(textsOf(env)).toEqual(moved(texts, from, count, to));
      expect(env.calls.byMethod()['DocumentApp.Document.saveAndClose']).toBe(
        saves,
      );
      expect(env.document.unsavedChanges.peak).toBe(LIMIT);
    },
  );

  it('a move of 200 blocks or fewer does not save', () => {
    const texts = numbered(300);
    const {env, port} = open(texts);
    port.moveRange(0, 200, 300);
    expect(textsOf(env)).toEqual(moved(texts, 0, 200, 300));
    expect(
      env.calls.byMethod()['DocumentApp.Document.saveAndClose'],
    ).toBeUndefined();
  });

  it('keeps working on the reopened document after a piecewise move', () => {
    const texts = numbered(600);
    const {env, port} = open(texts);
    port.moveRange(0, 450, 600);
    port.insertBlocks(0, [{type: 'paragraph', text: 'after'}]);
    expect(textsOf(env)).toEqual(['after', ...moved(texts, 0, 450, 600)]);
  });
});
