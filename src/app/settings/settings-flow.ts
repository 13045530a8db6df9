// The settings' journey: read them, check a draft against the document, save them and keep the schedule's copy in step.
import * as scholarlyKey from '../shared/scholarly-key';
import type {Settings} from '../../core/settings';
import type {DocumentPort, KeyValueStore, TriggerPort} from '../shared/ports';
import {checkSettings, type SettingsCheck} from './settings-check';
import * as settingsStore from './settings-store';
import {refreshTargetSettings} from '../schedule/schedule-target';

/** The ports the settings use; read lazily. */
export interface SettingsPorts {
  readonly document: DocumentPort;
  /** The document's settings, read once per execution. */
  readonly settings: Settings;
  readonly documentProperties: KeyValueStore;
  readonly triggers: TriggerPort;
  /** This user's properties: the schedule trigger's copy of the settings. */
  readonly userProperties: KeyValueStore;
}

/** The settings' steps, one per server function. */
export function settingsFlow(s: SettingsPorts) {
  return {
    /** The user's own Semantic Scholar API key as shown (`••••abcd`), '' when none. */
    scholarlyKey(): string {
      return scholarlyKey.shownKey(s.userProperties);
    },

    /** Saves the user's Semantic Scholar API key (blank removes it); returns it masked. */
    saveScholarlyKey(key: string): string {
      return scholarlyKey.saveKey(s.userProperties, key);
    },

    /** The document's settings. */
    get(): Settings {
      return s.settings;
    },

    /**
     * Validates and saves the settings, then the schedule's copy follows.
     * @throws Error listing every problem in words the user can act on
     */
    save(input: Settings): Settings {
      try {
        const saved = settingsStore.saveSettings(s.documentProperties, input);
        refreshTargetSettings(s, saved);
        return saved;
      } catch (err) {
        throw new Error(err instanceof Error ? err.message : String(err));
      }
    },

    /** Each problem of a draft with its field, and the questions to ask first. Saves nothing. */
    check(draft: Settings): SettingsCheck {
      const {document, settings} = s;
      return checkSettings(draft, document.read(), settings);
    },
  };
}
