// cachePort over the emulated script cache: batch reads and writes, expiry clamped to CacheService's 6 hours.
import {createEnvironment} from '../../emulator';
import {MAX_TTL_SECONDS, cachePort} from '../../src/gas/cache-port';

const globals = globalThis as unknown as {CacheService?: unknown};

afterEach(() => {
  delete globals.CacheService;
});

describe('cachePort', () => {
  it('uses the script cache, in one call per batch, for at most 6 hours', () => {
    const env = createEnvironment({files: {}});
    globals.CacheService = env.globals.CacheService;
    const cache = cachePort();
    cache.putAll({a: '1', b: '2'}, 99999);
    expect(cache.getAll(['a', 'b', 'c'])).toEqual({a: '1', b: '2'});
    expect(env.calls.byMethod()['CacheService.ScriptCache.putAll']).toBe(1);
    expect(env.calls.byMethod()['CacheService.ScriptCache.getAll']).toBe(1);
    env.clock.advance(MAX_TTL_SECONDS * 1000 - 1);
    expect(cache.getAll(['a'])).toEqual({a: '1'});
    env.clock.advance(1);
    expect(cache.getAll(['a'])).toEqual({});
  });

  it('makes no call for an empty read', () => {
    const env = createEnvironment({files: {}});
    const cache = cachePort(env.globals.CacheService.getScriptCache());
    env.calls.reset();
    expect(cache.getAll([])).toEqual({});
    expect(env.calls.total()).toBe(0);
  });
});
