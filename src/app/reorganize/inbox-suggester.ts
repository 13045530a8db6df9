// The suggester reorganize files Inbox entries with: the section classifier's top suggestion.
import {buildClassifier, paperFromEntry} from '../../core/classify';
import type {Suggester} from '../../core/reorganize';
import type {Settings} from '../../core/settings';

/**
 * Inbox filing: the classifier trained on the outline the plan files
 * against (built again each filing round), its top suggestion only.
 */
export function inboxSuggester(settings: Settings): Suggester {
  return outline => {
    const classifier = buildClassifier(outline, settings);
    return entry => classifier.suggest(paperFromEntry(entry), 1)[0];
  };
}
