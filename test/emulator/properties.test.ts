// PropertiesService: 9 KB per value and 500 KB per store, with Apps Script's errors; stores are separate and persist.
import {load} from './load';

const SCRIPT = `
function set(store, key, value) { stores_()[store].setProperty(key, value); }
function setMany(store, values) { stores_()[store].setProperties(values); }
function get(store, key) { return stores_()[store].getProperty(key); }
function all(store) { return stores_()[store].getProperties(); }
function keys(store) { return stores_()[store].getKeys(); }
function remove(store, key) { stores_()[store].deleteProperty(key); }
function stores_() {
  return {script: PropertiesService.getScriptProperties(), user: PropertiesService.getUserProperties(),
    document: PropertiesService.getDocumentProperties()};
}
`;

describe('PropertiesService', () => {
  test('a value over 9 KB throws "Argument too large: value" and is not stored', () => {
    const {fns} = load(SCRIPT);
    fns.set('document', 'settings', 'x'.repeat(9 * 1024));
    expect(() =>
      fns.set('document', 'settings', 'x'.repeat(9 * 1024 + 1)),
    ).toThrow('Argument too large: value');
    expect(fns.get('document', 'settings')).toHaveLength(9 * 1024);
    // Bytes, not characters: 4,700 two-byte characters are over 9 KB.
    expect(() => fns.set('document', 'other', 'é'.repeat(4700))).toThrow(
      'Argument too large: value',
    );
  });

  test('a store over 500 KB throws the quota error and keeps its old contents', () => {
    const {fns} = load(SCRIPT);
    const chunk = 'x'.repeat(9000);
    for (let i = 0; i < 56; i++) fns.set('script', `k${i}`, chunk);
    expect(() => fns.set('script', 'k56', chunk)).toThrow(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
    expect(fns.get('script', 'k56')).toBeNull();
    expect(() => fns.setMany('script', {a: chunk, b: chunk})).toThrow(
      /property storage quota/,
    );
    expect(fns.get('script', 'a')).toBeNull();
    // Other stores have their own quota.
    fns.set('user', 'k', chunk);
    fns.remove('script', 'k0');
    fns.set('script', 'k56', chunk);
    expect(fns.keys('script')).toHaveLength(56);
  });

  test('stores are separate, values are strings, and they outlive the execution', () => {
    const {fns} = load(SCRIPT);
    fns.set('document', 'n', 42);
    fns.setMany('user', {a: '1', b: '2'});
    expect(fns.get('document', 'n')).toBe('42');
    expect(fns.get('script', 'n')).toBeNull();
    expect(fns.all('user')).toEqual({a: '1', b: '2'});
  });
});
