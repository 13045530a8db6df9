// Checks the sidebar's settings before saving: problems next to their fields, and questions for choices that would surprise (a rule's missing section, too few sections, a mass reorder).
import type {BlockSummary} from '../../core/doc-model';
import {buildOutline, normalizeSectionName} from '../../core/outline';
import {arxivCategories, isArxivCategory} from '../../core/categories';
import {planReorganize} from '../../core/reorganize';
import {inboxSuggester} from '../reorganize/inbox-suggester';
import {
  SettingsError,
  validateSettings,
  type Settings,
  type SettingsProblem,
} from '../../core/settings';

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
  // A pattern of the right shape may still name no arXiv category (a typo): no paper would ever match it.
  settings.rules.forEach((rule, i) => {
    const unknown = rule.categories.filter(c => !knownCategoryPattern(c));
    if (!unknown.length) return;
    const names = unknown.map(c => `“${c}”`).join(', ');
    questions.push(
      `Rule ${i + 1} names ${names}, which ${unknown.length === 1 ? 'is not an arXiv category' : 'are not arXiv categories'}: no paper will match ${unknown.length === 1 ? 'it' : 'them'}. Categories look like cs.CL or math.*.`,
    );
  });
  // The same question a rule's missing section gets: a renamed Inbox the document lacks is created later.
  const inboxKey = normalizeSectionName(settings.inboxName);
  if (
    inboxKey !== normalizeSectionName(saved.inboxName) &&
    !existing.has(inboxKey) &&
    !missing.has(inboxKey)
  ) {
    questions.push(
      `The Inbox is renamed to “${settings.inboxName}”, which the document does not have: the section will be created with the first paper filed there, and “${saved.inboxName}” becomes an ordinary section.`,
    );
  }
  const moves = reorderMoves(blocks, settings, saved);
  if (moves) questions.push(moves);
  return {problems: [], questions};
}

let archives: Set<string> | null = null;

/** True for a known category (`cs.CL`), a known archive alone or with a wildcard (`cs`, `math.*`), or `*`. */
export function knownCategoryPattern(pattern: string): boolean {
  if (pattern === '*' || isArxivCategory(pattern)) return true;
  const wildcard = /^([a-z-]+)(?:\.\*)?$/.exec(pattern);
  if (!wildcard) return false;
  archives ??= new Set(arxivCategories().map(c => c.split('.')[0]));
  return archives.has(wildcard[1]);
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
