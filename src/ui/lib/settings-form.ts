// The settings form's problems without the DOM: which control each problem belongs to, and which belong to the form as a whole.
import type {SettingsCheck} from '../../server/main';

export type SettingsProblem = SettingsCheck['problems'][number];

/** The id of the form control a problem's field is about ('' for the form as a whole). */
export function fieldControlId(field: string): string {
  const rule = /^rules\.(\d+)\.(section|categories|keywords)$/.exec(field);
  if (rule) return `rule-${rule[2]}-${Number(rule[1]) + 1}`;
  const ruleOnly = /^rules\.(\d+)$/.exec(field);
  if (ruleOnly) return `rule-section-${Number(ruleOnly[1]) + 1}`;
  const ids: Record<string, string> = {
    sectionLevel: 'section-level',
    sortOrder: 'sort-order',
    inboxName: 'inbox-name',
    autoFileThreshold: 'threshold',
    scheduleMaxMoves: 'schedule-max-moves',
    'entryFormat.style': 'entry-style',
    'entryFormat.maxAuthors': 'max-authors',
    'entryFormat.abstract': 'abstract',
    'entryFormat.showDate': 'show-date',
    'entryFormat.showCategories': 'show-categories',
    'entryFormat.showIdLabel': 'show-id',
    rules: 'add-rule',
  };
  return ids[field] ?? '';
}

/** The messages shown under the control with this id. */
export function messagesFor(
  problems: readonly SettingsProblem[],
  controlId: string,
): string[] {
  return problems
    .filter(p => fieldControlId(p.field) === controlId)
    .map(p => p.message);
}

/** Messages no control of the form holds: shown by the Save button. */
export function formMessages(problems: readonly SettingsProblem[]): string[] {
  return problems.filter(p => !fieldControlId(p.field)).map(p => p.message);
}
