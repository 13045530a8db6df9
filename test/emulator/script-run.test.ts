// google.script.run's rules: which arguments may cross, how results are serialized, how errors arrive.
import {
  checkScriptRunArgs,
  serializeScriptRunResult,
} from '../../emulator/script-run';
import {load} from './load';

const SCRIPT = `
function echo(value) { return value; }
function withDate() { return {when: new Date(), id: '2111.11432', list: [new Date()]}; }
function withFunction() { return {id: 'x', run: function () {}}; }
function fail() { throw new Error('Nothing to reorganize yet.'); }
function secret_() { return 'hidden'; }
`;

describe('google.script.run', () => {
  test('a Date argument is illegal and the message names it', () => {
    const {env, fns} = load(SCRIPT);
    expect(() => env.scriptRun(fns, 'echo', new Date())).toThrow(
      'Failed due to illegal value in property: 0 (a Date)',
    );
    expect(() =>
      env.scriptRun(fns, 'echo', {paper: {published: new Date()}}),
    ).toThrow('illegal value in property: 0.paper.published (a Date)');
  });

  test('a function argument is illegal, even inside an array', () => {
    const {env, fns} = load(SCRIPT);
    expect(() => env.scriptRun(fns, 'echo', [1, () => 2])).toThrow(
      'illegal value in property: 0.1 (a function)',
    );
  });

  test('other non-plain values are illegal too', () => {
    class Request {
      id = '2111.11432';
    }
    expect(() => checkScriptRunArgs([new Map()])).toThrow(/a Map object/);
    expect(() => checkScriptRunArgs([new Request()])).toThrow(
      /a Request object/,
    );
    expect(() => checkScriptRunArgs([[1, undefined]])).toThrow(
      /property: 0.1 \(undefined\)/,
    );
    expect(() =>
      checkScriptRunArgs([{nodeType: 1, nodeName: 'DIV', id: 'x'}]),
    ).not.toThrow();
    const node = Object.create({nodeType: 1, nodeName: 'DIV'}) as object;
    expect(() => checkScriptRunArgs([node])).toThrow(/a DOM node \(DIV\)/);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => checkScriptRunArgs([cyclic])).toThrow(/property: 0.self/);
  });

  test('plain arguments arrive as copies', () => {
    const {env, fns} = load(SCRIPT);
    const request = {id: '2111.11432', section: 'ML', tags: ['a', null, 3]};
    const result = env.scriptRun(fns, 'echo', request);
    expect(result).toEqual(request);
    expect(result).not.toBe(request);
  });

  test('a Date in a result arrives as null; functions are dropped', () => {
    const {env, fns} = load(SCRIPT);
    expect(env.scriptRun(fns, 'withDate')).toEqual({
      when: null,
      id: '2111.11432',
      list: [null],
    });
    expect(env.scriptRun(fns, 'withFunction')).toEqual({id: 'x'});
    expect(serializeScriptRunResult(undefined)).toBeNull();
  });

  test('a server error reaches the caller with its message', () => {
    const {env, fns} = load(SCRIPT);
    expect(() => env.scriptRun(fns, 'fail')).toThrow(
      new Error('Nothing to reorganize yet.'),
    );
  });

  test('private and unknown functions cannot be called', () => {
    const {env, fns} = load(SCRIPT);
    expect(() => env.scriptRun(fns, 'secret_')).toThrow(/not found/);
    expect(() => env.scriptRun(fns, 'nope')).toThrow(/not found/);
  });
});
