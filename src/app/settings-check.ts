// Checks the sidebar's settings before saving: problems next to their fields, and questions for choices that would surprise (a rule's missing section, too few sections, a mass reorder).
import type {BlockSummary} from '../core/doc-model';
import {buildOutline, normalizeSectionName} from '../core/outline';
import {planReorganize} from '../core/reorganize';
import {inboxSuggester} from './inbox-suggester';
import {
  SettingsError,
  validateSettings,
  type Settings,
  type SettingsProblem,
} from '../core/settings';

/** What the sidebar shows before saving: problems block the save, questions ask first. */
export interface SettingsCheck {
  problems: SettingsProblem[];
  questions: string[];
}

/**
 * The problems of `input` (each with its field), or, when it is valid, the
 * questions to ask before saving it: rules naming a section the document
 * lacks (it would be created with the first paper filed there), and a new
 * section level under which the document has fewer than two sections.
 * @param blocks the document's body as DocumentPort.read gives it
 * @param saved the settings in force now
 */
export function checkSettings(
  input: unknown,
  blocks: BlockSummary[],
  saved: Settings,
): SettingsCheck {
  let settings: Settings;
  try {
    settings = validateSettings(input);
  } catch (err) {
    if (err instanceof SettingsError) {
      return {problems: err.problems, questions: []};
    }
    throw err;
  }
  const outline = buildOutline(blocks, {
    sectionLevel: settings.sectionLevel || undefined,
    inboxName: settings.inboxName,
  });
  const questions: string[] = [];
  if (
    settings.sectionLevel !== saved.sectionLevel &&
    outline.sections.length < 2
  ) {
    const level = settings.sectionLevel
      ? `Heading ${settings.sectionLevel}`
      : 'the detected level';
    const found = outline.sections.length
      ? `only 1 section (“${outline.sections[0].title}”)`
      : 'no sections';
    questions.push(
      `With ${level} as section headings the document has ${found}, so papers could not be filed by topic.`,
    );
  }
  const existing = new Set(
    outline.sections.map(section => normalizeSectionName(section.title)),
  );
  const missing = new Set<string>();
  settings.rules.forEach((rule, i) => {
    const key = normalizeSectionName(rule.section);
    if (existing.has(key) || missing.has(key)) return;
    missing.add(key);
    questions.push(
      `Rule ${i + 1} files papers under “${rule.section}”, which the document does not have: the section will be created with the first paper filed there.`,
    );
  });
  const moves = reorderMoves(blocks, settings, saved);
  if (moves) questions.push(moves);
  return {problems: [], questions};
}

/** More moves than this, caused by a settings change, are said before saving. */
export const HANDFUL_OF_MOVES = 5;

/** Whether any setting a reorganize plans with differs. */
function plansDiffer(a: Settings, b: Settings): boolean {
  const shape = (s: Settings) =>
    JSON.stringify([
      s.sectionLevel,
      s.sortOrder,
      s.inboxName,
      s.rules,
      s.autoFileThreshold,
    ]);
  return shape(a) !== shape(b);
}

/**
 * The question for a change that would make the next reorganize (the daily
 * one included) move more than a handful of entries it would not move now:
 * how many, said before it happens.
 */
function reorderMoves(
  blocks: BlockSummary[],
  settings: Settings,
  saved: Settings,
): string {
  if (!blocks.length || !plansDiffer(settings, saved)) return '';
  const movesWith = (s: Settings) =>
    planReorganize(blocks, s, {suggester: inboxSuggester(s)}).moves;
  const after = movesWith(settings);
  const now = movesWith(saved);
  if (after <= HANDFUL_OF_MOVES || after <= now) return '';
  return `With these settings the next reorganize would make ${after} moves (${now} with the settings now). ${
    after > settings.scheduleMaxMoves
      ? `A daily reorganize would wait for you to apply them (more than ${settings.scheduleMaxMoves}).`
      : 'A daily reorganize would make them on its own.'
  } Preview them in the Organize tab after saving.`;
}
