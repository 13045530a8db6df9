// Checks the sidebar's settings before saving: problems next to their fields, and questions for choices that would surprise (a rule's missing section, too few sections).
import type {BlockSummary} from '../core/doc-model';
import {buildOutline, normalizeSectionName} from '../core/outline';
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
  return {problems: [], questions};
}
