// The section level an unfinished reorganize planned with, kept so the run that continues it plans the same way.
import {STORED} from '../../core/stored-state';
import type {Settings} from '../../core/settings';
import type {KeyValueStore} from '../shared/ports';

/** Document property: the level of a reorganize that started applying and has not finished. */
export const UNFINISHED_LEVEL_KEY = STORED.unfinishedReorganize.key;

/*
 * Why. The section level is worked out from the document (the heading level
 * holding the most entries), and a merge half done can change it: entries
 * moved after another section's subheading count for that deeper level until
 * the repeated heading goes. A run that stops there (time limit, a failed
 * call) would leave the next run planning at another level, and the document
 * would end unlike one uninterrupted run. So a run records its level before
 * its first change and clears it once it finishes; the next run plans at the
 * recorded level unless the user has set one.
 */

/** The settings to plan with: those given, at the recorded level when a run is unfinished and the level is automatic. */
export function resumeSettings(
  store: KeyValueStore | undefined,
  settings: Settings,
): Settings {
  if (!store || settings.sectionLevel !== 0) return settings;
  const level = Number(store.get(UNFINISHED_LEVEL_KEY));
  return Number.isInteger(level) && level >= 1 && level <= 6
    ? {...settings, sectionLevel: level}
    : settings;
}

/** Records the level of a run about to change the document. */
export function markUnfinished(
  store: KeyValueStore | undefined,
  level: number,
): void {
  if (store) store.set(UNFINISHED_LEVEL_KEY, String(level));
}

/** Clears the record once a run has applied all of its plan. */
export function markFinished(store: KeyValueStore | undefined): void {
  if (store) store.delete(UNFINISHED_LEVEL_KEY);
}
