// CacheService: expiry on the virtual clock and Apps Script's key, value and expiry limits.
import {load} from './load';

const SCRIPT = `
function put(key, value, seconds) { CacheService.getScriptCache().put(key, value, seconds); }
function putAll(values, seconds) { CacheService.getUserCache().putAll(values, seconds); }
function get(key) { return CacheService.getScriptCache().get(key); }
function getAll(keys) { return CacheService.getUserCache().getAll(keys); }
function remove(key) { CacheService.getScriptCache().remove(key); }
function documentCache() { return CacheService.getDocumentCache() === null; }
`;

describe('CacheService', () => {
  test('entries expire on the virtual clock (explicit, default 600 s, capped at 21,600 s)', () => {
    const {env, fns} = load(SCRIPT);
    fns.put('paper', 'A', 60);
    fns.put('default', 'B');
    fns.put('long', 'C', 100_000);
    env.clock.advance(59_999);
    expect(fns.get('paper')).toBe('A');
    env.clock.advance(1);
    expect(fns.get('paper')).toBeNull();
    env.clock.advance(540_000 - 1);
    expect(fns.get('default')).toBe('B');
    env.clock.advance(1);
    expect(fns.get('default')).toBeNull();
    env.clock.advance(21_600_000 - 600_000 - 1);
    expect(fns.get('long')).toBe('C');
    env.clock.advance(1);
    expect(fns.get('long')).toBeNull();
  });

  test('a value over 100 KB or a key over 250 characters throws and stores nothing', () => {
    const {fns} = load(SCRIPT);
    expect(() => fns.put('big', 'x'.repeat(100 * 1024 + 1))).toThrow(
      'Argument too large: value',
    );
    expect(fns.get('big')).toBeNull();
    fns.put('fits', 'x'.repeat(100 * 1024));
    expect(fns.get('fits')).toHaveLength(100 * 1024);
    expect(() => fns.put('k'.repeat(251), 'v')).toThrow(
      'Argument too large: key',
    );
    expect(() => fns.putAll({ok: 'v', big: 'é'.repeat(60 * 1024)})).toThrow(
      'Argument too large: value',
    );
    expect(fns.getAll(['ok', 'big'])).toEqual({});
  });

  test('putAll/getAll return only live keys; remove deletes', () => {
    const {env, fns} = load(SCRIPT);
    fns.putAll({a: '1', b: '2'}, 10);
    expect(fns.getAll(['a', 'b', 'c'])).toEqual({a: '1', b: '2'});
    env.clock.advance(10_000);
    expect(fns.getAll(['a', 'b'])).toEqual({});
    fns.put('x', 'y');
    fns.remove('x');
    expect(fns.get('x')).toBeNull();
  });

  test('the document cache is null without an active document', () => {
    const {env, fns} = load(SCRIPT);
    expect(fns.documentCache()).toBe(false);
    expect(env.timeTrigger(fns, 'documentCache', {activeDocument: false})).toBe(
      true,
    );
  });
});
