// gas-document's journaled moves: cut short anywhere, a later port's recover() finishes them, or leaves an edited body alone.
import {createEnvironment, type Env} from '../../emulator';
import type {Block} from '../../src/core/doc-model';
import {gasDocument} from '../../src/gas/gas-document';
import {MemoryStore} from '../support/fakes';

const globals = globalThis as unknown as {DocumentApp?: unknown};
afterEach(() => {
  delete globals.DocumentApp;
});

const blocks: Block[] = 'abcdefghij'.split('').map(text => ({
  type: 'paragraph',
  text,
}));
const texts = (env: Env) =>
  env.document.toJSON().body.map(b => ('text' in b ? b.text : ''));

function open(journal: MemoryStore) {
  const env = createEnvironment({document: {body: blocks}, files: {}});
  globals.DocumentApp = env.globals.DocumentApp;
  const port = () =>
    gasDocument(env.globals.DocumentApp.getActiveDocument(), {journal});
  return {env, port};
}

describe('journaled moves in gas-document', () => {
  it.each([
    ['forward', 1, 3, 8, 'aefghbcdij'],
    ['back', 6, 3, 2, 'abghicdefj'],
  ])(
    'a move %s cut short at any call is finished by the next port',
    (_, from, count, before, expected) => {
      let finished = 0;
      for (let n = 1; ; n++) {
        const journal = new MemoryStore();
        const {env, port} = open(journal);
        const first = port();
        first.read();
        env.faults.failAt(n, {service: 'DocumentApp', restOfExecution: true});
        let failed = false;
        env.runAs({source: 'run'}, () => {
          try {
            first.moveRange(from, count, before);
          } catch {
            failed = true;
          }
        });
        env.faults.clear();
        if (!failed) break;
        // A move that had changed nothing yet is dropped (the next run plans again); one begun is finished.
        const begun = texts(env).join('') !== 'abcdefghij';
        if (begun) finished++;
        port().recover!();
        expect({n, body: texts(env).join('')}).toEqual({
          n,
          body: begun ? expected : 'abcdefghij',
        });
        expect(journal.values.size).toBe(0);
      }
      // Three copies and three removals could each be the last change made.
      expect(finished).toBeGreaterThanOrEqual(6);
    },
  );

  it('leaves a body edited since the interruption alone, and says where to look', () => {
    const journal = new MemoryStore();
    const {env, port} = open(journal);
    const first = port();
    first.read();
    // Two copies are in, no original is removed.
    env.faults.failAt(3, {
      method: 'Body.insertParagraph',
      restOfExecution: true,
    });
    env.runAs({source: 'run'}, () => {
      expect(() => first.moveRange(1, 3, 8)).toThrow('Service error');
    });
    env.faults.clear();
    expect(texts(env).join('')).toBe('abcdefghbcij');
    const body = env.globals.DocumentApp.getActiveDocument().getBody();
    body.getChild(2).asParagraph().setText('edited');
    const found = port().recover!();
    expect(found?.message).toMatch(/position 2 .*check there/);
    expect(texts(env).join('')).toBe('abediteddefghbcij');
    expect(journal.values.size).toBe(0);
  });
});
