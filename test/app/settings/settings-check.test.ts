// Checking settings before saving: problems by field, and questions for a rule's missing section or a level with too few sections.
import {checkSettings} from '../../../src/app/settings/settings-check';
import {DEFAULT_SETTINGS} from '../../../src/core/settings';
import {summarize} from '../../support/memory-document';
import {heading, writtenHead} from '../../support/reorganize-fixtures';

const blocks = summarize([
  heading('Papers', 1),
  heading('NLP'),
  writtenHead('1706.03762', 'Attention'),
  heading('RL'),
  writtenHead('1312.5602', 'Atari'),
]);

describe('checkSettings', () => {
  it('asks about a rule category arXiv does not have, not about real ones or wildcards', () => {
    const check = checkSettings(
      {
        rules: [
          {
            section: 'NLP',
            categories: ['cs.CL', 'math.*', 'hep-th', 'foo.bar'],
          },
        ],
      },
      blocks,
      DEFAULT_SETTINGS,
    );
    expect(check.questions).toEqual([
      'Rule 1 names “foo.bar”, which is not an arXiv category: no paper will match it. Categories look like cs.CL or math.*.',
    ]);
  });

  it('asks when the Inbox is renamed to a heading the document lacks, not to one it has', () => {
    expect(
      checkSettings({inboxName: 'Reading list'}, blocks, DEFAULT_SETTINGS)
        .questions,
    ).toEqual([
      'The Inbox is renamed to “Reading list”, which the document does not have: the section will be created with the first paper filed there, and “Inbox” becomes an ordinary section.',
    ]);
    expect(
      checkSettings({inboxName: 'RL'}, blocks, DEFAULT_SETTINGS).questions,
    ).toEqual([]);
  });

  it('returns the problems by field and asks nothing while any remain', () => {
    expect(checkSettings({inboxName: ''}, blocks, DEFAULT_SETTINGS)).toEqual({
      problems: [{field: 'inboxName', message: 'The Inbox needs a name.'}],
      questions: [],
    });
  });

  it('asks once per missing section a rule names, never for existing ones', () => {
    const rule = (section: string) => ({section, categories: ['cs.LG']});
    const check = checkSettings(
      {rules: [rule(' nlp '), rule('Robotics'), rule('robotics')]},
      blocks,
      DEFAULT_SETTINGS,
    );
    expect(check.problems).toEqual([]);
    expect(check.questions).toEqual([
      'Rule 2 files papers under “Robotics”, which the document does not have: the section will be created with the first paper filed there.',
    ]);
  });

  it('warns when a new section level leaves fewer than two sections, not when the level stays', () => {
    const check = checkSettings({sectionLevel: 1}, blocks, DEFAULT_SETTINGS);
    expect(check.questions).toEqual([
      'With Heading 1 as section headings the document has only 1 section (“Papers”), so papers could not be filed by topic.',
    ]);
    const same = {...DEFAULT_SETTINGS, sectionLevel: 1};
    expect(checkSettings({sectionLevel: 1}, blocks, same).questions).toEqual(
      [],
    );
  });
});
