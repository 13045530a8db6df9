// Settings validation: defaults fill gaps, every problem is reported in words a person can act on.
import {
  DEFAULT_SETTINGS,
  SettingsError,
  validateSettings,
} from '../../src/core/settings';

function problems(input: unknown): string[] {
  try {
    validateSettings(input);
  } catch (err) {
    if (err instanceof SettingsError) return err.messages;
    throw err;
  }
  return [];
}

describe('validateSettings', () => {
  it('refuses an Inbox or rule section named only with zero-width or control characters', () => {
    expect(
      problems({
        inboxName: '\u200b\ufeff',
        rules: [{section: '\u200d\u0007', categories: ['cs.CL']}],
      }),
    ).toEqual(['The Inbox needs a name.', 'Rule 1 needs a section name.']);
  });

  it('fills everything missing from the defaults', () => {
    expect(validateSettings({})).toEqual(DEFAULT_SETTINGS);
    const s = validateSettings({
      sortOrder: 'title',
      entryFormat: {abstract: 'none'},
    });
    expect(s.sortOrder).toBe('title');
    expect(s.entryFormat.abstract).toBe('none');
    expect(s.entryFormat.maxAuthors).toBe(
      DEFAULT_SETTINGS.entryFormat.maxAuthors,
    );
  });

  it('does not share the defaults object with its result', () => {
    const s = validateSettings({});
    s.rules.push({section: 'NLP', categories: ['cs.CL'], keywords: []});
    expect(DEFAULT_SETTINGS.rules).toEqual([]);
  });

  it('reports every problem at once', () => {
    const messages = problems({
      sectionLevel: 9,
      sortOrder: 'random',
      inboxName: '  ',
      autoFileThreshold: 2,
      entryFormat: {maxAuthors: -1, abstract: 'some', showDate: 'yes'},
    });
    expect(messages).toEqual([
      'Section heading level must be Auto or a level from 1 to 6.',
      'Sort order must be newest, oldest or title.',
      'Authors shown must be a whole number from 0 (all) to 50.',
      'showDate must be true or false.',
      'Abstract must be none, first sentence or full.',
      'The Inbox needs a name.',
      'Auto-filing threshold must be between 0.5 and 1.',
    ]);
  });

  it('checks rules: section, category patterns, keywords', () => {
    expect(
      validateSettings({
        rules: [
          {
            section: ' ML Math ',
            categories: ['math.*', 'stat.ML'],
            keywords: [' proof '],
          },
        ],
      }).rules,
    ).toEqual([
      {
        section: 'ML Math',
        categories: ['math.*', 'stat.ML'],
        keywords: ['proof'],
      },
    ]);
    expect(problems({rules: [{section: '', categories: ['cs.CL']}]})).toEqual([
      'Rule 1 needs a section name.',
    ]);
    expect(
      problems({rules: [{section: 'NLP', categories: ['not a code!']}]}),
    ).toEqual([
      'Rule 1: "not a code!" is not an arXiv category pattern (like cs.CL or math.*).',
    ]);
    expect(problems({rules: [{section: 'NLP'}]})).toEqual([
      'Rule 1 needs at least one category or keyword.',
    ]);
    expect(problems({rules: 'cs.CL'})).toEqual(['Rules must be a list.']);
  });

  it('refuses what is not an object', () => {
    expect(problems(null)).toEqual(['Settings must be an object.']);
    expect(problems([1])).toEqual(['Settings must be an object.']);
  });
});

describe('settings problems by field', () => {
  it('names the field of each problem, rules by index', () => {
    let problems: {field: string; message: string}[] = [];
    try {
      validateSettings({
        inboxName: ' ',
        autoFileThreshold: 2,
        rules: [
          {section: 'NLP', categories: ['cs.CL']},
          {section: '', categories: ['bad cat']},
        ],
      });
    } catch (err) {
      if (err instanceof SettingsError) problems = err.problems;
    }
    expect(problems.map(p => p.field)).toEqual([
      'inboxName',
      'autoFileThreshold',
      'rules.1.section',
      'rules.1.categories',
    ]);
  });
});
