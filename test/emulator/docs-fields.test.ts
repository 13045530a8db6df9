// The fields mask written straight to JSON says what masking then serializing says; two values compare as their JSON does.
import {
  applyFieldMask,
  maskedJson,
  parseFieldMask,
  sameJsonValue,
} from '../../emulator/services/docs-fields';

const VALUE = {
  revisionId: 'r1',
  title: 'T',
  skipped: undefined,
  body: {
    content: [
      {endIndex: 1, sectionBreak: {sectionStyle: {contentDirection: 'LTR'}}},
      {
        startIndex: 1,
        endIndex: 6,
        paragraph: {
          elements: [{textRun: {content: 'a "b"\n', textStyle: {}}}],
          paragraphStyle: {namedStyleType: 'NORMAL_TEXT'},
        },
      },
      null,
      [1, 'x', undefined],
    ],
  },
};

describe('docs-fields', () => {
  it.each([
    null,
    'revisionId',
    'body/content(endIndex,paragraph/elements/textRun/content)',
    'title,body/content/paragraph(paragraphStyle,elements)',
    '*',
    'body(*)',
  ])('maskedJson with %p is JSON.stringify(applyFieldMask(...))', fields => {
    const mask = fields === null ? null : parseFieldMask(fields);
    expect(maskedJson(VALUE, mask)).toBe(
      JSON.stringify(applyFieldMask(VALUE, mask)),
    );
  });

  it('sameJsonValue is true exactly when the JSON is the same', () => {
    const copy = JSON.parse(JSON.stringify(VALUE));
    expect(sameJsonValue(VALUE, copy)).toBe(true);
    const changed = JSON.parse(JSON.stringify(VALUE));
    changed.body.content[1].paragraph.elements[0].textRun.content = 'a\n';
    expect(sameJsonValue(VALUE, changed)).toBe(false);
    expect(sameJsonValue({a: 1}, {a: 1, b: 2})).toBe(false);
    expect(sameJsonValue({a: 1, b: 2}, {a: 1})).toBe(false);
    expect(sameJsonValue([1, 2], [1, 2, 3])).toBe(false);
    expect(sameJsonValue({a: [1]}, {a: {0: 1}})).toBe(false);
    expect(sameJsonValue({a: null}, {a: {}})).toBe(false);
  });
});
