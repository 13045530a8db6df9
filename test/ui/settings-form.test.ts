// Settings problems land next to their own controls, and the first one is found for scrolling into view.
import {
  fieldControlId,
  formMessages,
  messagesFor,
} from '../../src/ui/lib/settings-form';

const problems = [
  {field: '', message: 'Settings must be an object.'},
  {field: 'rules.1.categories', message: 'Rule 2: "cs" is not a pattern.'},
  {field: 'inboxName', message: 'The Inbox needs a name.'},
  {field: 'rules.1.categories', message: 'Rule 2 needs a category.'},
];

test('each field maps to its control in the form', () => {
  expect(fieldControlId('rules.0.section')).toBe('rule-section-1');
  expect(fieldControlId('rules.4.keywords')).toBe('rule-keywords-5');
  expect(fieldControlId('entryFormat.maxAuthors')).toBe('max-authors');
  expect(fieldControlId('rules')).toBe('add-rule');
  expect(fieldControlId('unknown')).toBe('');
});

test('messages are grouped by control, the rest go to the form', () => {
  expect(messagesFor(problems, 'rule-categories-2')).toEqual([
    'Rule 2: "cs" is not a pattern.',
    'Rule 2 needs a category.',
  ]);
  expect(messagesFor(problems, 'inbox-name')).toEqual([
    'The Inbox needs a name.',
  ]);
  expect(formMessages(problems)).toEqual(['Settings must be an object.']);
});
