// Loads and saves the user's settings in the document's properties, so each giant doc keeps its own.
import {STORED} from '../../core/stored-state';
import {
  DEFAULT_SETTINGS,
  Settings,
  validateSettings,
} from '../../core/settings';
import type {KeyValueStore} from '../shared/ports';

export const SETTINGS_KEY = STORED.settings.key;

/**
 * The document's settings, or the defaults when none were saved. Stored
 * settings that no longer validate (an older version's) fall back to the
 * defaults rather than breaking every feature.
 */
export function loadSettings(store: KeyValueStore): Settings {
  const raw = store.get(SETTINGS_KEY);
  if (!raw) return cloneDefaults();
  try {
    return validateSettings(JSON.parse(raw));
  } catch {
    return cloneDefaults();
  }
}

/**
 * Validates and saves settings sent by the sidebar.
 * @returns the settings as stored (defaults filled in)
 * @throws SettingsError whose message lists every problem
 */
export function saveSettings(store: KeyValueStore, input: unknown): Settings {
  const settings = validateSettings(input);
  store.set(SETTINGS_KEY, JSON.stringify(settings));
  return settings;
}

function cloneDefaults(): Settings {
  return JSON.parse(JSON.stringify(DEFAULT_SETTINGS));
}
