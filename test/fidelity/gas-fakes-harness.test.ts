// The harness's stand-in for @mcpher/unit and its loader of the vendored ES modules behave as the originals do.
import {
  type AssertionResult,
  asScript,
  makeAssertions,
} from './gas-fakes-harness';

describe('gas-fakes harness', () => {
  it("gives @mcpher/unit's verdicts: === for is, an undefined actual always fails, false passes on all but true", () => {
    const results: AssertionResult[] = [];
    const t = makeAssertions(results);
    t.is('a', 'a', 'same');
    t.is({}, {}, 'two objects');
    t.is(undefined, undefined, 'undefined');
    t.false(0, 'zero is not true');
    t.false(undefined, 'undefined is never a pass');
    t.truthy(undefined, 'falsy');
    t.falsey(undefined, 'falsey of undefined');
    t.deepEqual({a: [1, {b: 2}]}, {a: [1, {b: 2}]}, 'deep');
    t.rxMatch('Element must be detached.', /must be detached/, 'rx');
    t.true(1, 'true wants true');
    t.is(2, 2);
    expect(results.map(r => [r.description, r.passed])).toEqual([
      ['same', true],
      ['two objects', false],
      ['undefined', false],
      ['zero is not true', true],
      ['undefined is never a pass', false],
      ['falsy', false],
      ['falsey of undefined', true],
      ['deep', true],
      ['rx', true],
      ['true wants true', false],
      ['test: 10', true],
    ]);
  });

  it('t.threw returns the error, or undefined when nothing is thrown', () => {
    const t = makeAssertions([]);
    expect(
      (
        t.threw(() => {
          throw new Error('boom');
        }) as Error
      ).message,
    ).toBe('boom');
    expect(t.threw(() => 1)).toBeUndefined();
  });

  it('loads an ES module as a script: imports blanked on their own lines, exported consts returned', () => {
    const source = [
      "import is from '@sindresorhus/is';",
      'import {',
      '  a, b',
      "} from './testassist.js';",
      "import '@mcpher/gas-fakes'",
      'export const testOne = () => 1;',
      'wrapupTest(testOne);',
    ].join('\n');
    const {code, exported} = asScript(source);
    expect(exported).toEqual(['testOne']);
    expect(code).not.toMatch(/import|export/);
    expect(code.split('\n').findIndex(l => l.includes('testOne ='))).toBe(5);
  });
});
