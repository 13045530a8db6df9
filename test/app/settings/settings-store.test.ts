// Settings persist per document and survive bad stored data.
import {
  loadSettings,
  saveSettings,
  SETTINGS_KEY,
} from '../../../src/app/settings/settings-store';
import {DEFAULT_SETTINGS} from '../../../src/core/settings';
import {memoryStore} from '../../support/fakes';

describe('settings store', () => {
  it('gives the defaults for a new document', () => {
    expect(loadSettings(memoryStore())).toEqual(DEFAULT_SETTINGS);
  });

  it('round-trips saved settings', () => {
    const store = memoryStore();
    const saved = saveSettings(store, {inboxName: 'To read', sectionLevel: 1});
    expect(saved.inboxName).toBe('To read');
    expect(loadSettings(store)).toEqual(saved);
  });

  it('stores nothing when validation fails', () => {
    const store = memoryStore();
    expect(() => saveSettings(store, {sortOrder: 'random'})).toThrow(
      'Sort order must be newest, oldest or title.',
    );
    expect(store.values.has(SETTINGS_KEY)).toBe(false);
  });

  it('falls back to the defaults when stored data is corrupt', () => {
    const store = memoryStore();
    store.set(SETTINGS_KEY, '{not json');
    expect(loadSettings(store)).toEqual(DEFAULT_SETTINGS);
    store.set(SETTINGS_KEY, JSON.stringify({sortOrder: 'random'}));
    expect(loadSettings(store)).toEqual(DEFAULT_SETTINGS);
  });
});
