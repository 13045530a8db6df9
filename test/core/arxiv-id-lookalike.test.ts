// Id-like tokens that are not valid ids each come back with a sentence saying what is wrong and what a valid id looks like; ordinary numbers do not.
import * as fc from 'fast-check';
import {extractIds} from '../../src/core/arxiv-id';
import {findPaperRefs} from '../../src/core/paper-ref';

describe('extractIds on id-like tokens that are not ids', () => {
  it.each([
    [
      '1801.0x123',
      '“1801.0x123” is not an arXiv id: new ids look like 2401.01234.',
    ],
    [
      '2401.0123x',
      '“2401.0123x” is not an arXiv id: new ids look like 2401.01234.',
    ],
    [
      '1801.0x12',
      '“1801.0x12” is not an arXiv id: new ids look like 2401.01234.',
    ],
    [
      '2401.1234',
      '“2401.1234” is not a valid arXiv id: ids from 1501 on have 5 digits after the dot. A valid id looks like 2401.01234.',
    ],
    [
      '1201.12345',
      '“1201.12345” is not a valid arXiv id: ids from 0704 to 1412 have 4 digits after the dot. A valid id looks like 1201.1234.',
    ],
    [
      'arXiv:2413.00001',
      '“2413.00001” is not a valid arXiv id: there is no month 13. A valid id looks like 2401.01234.',
    ],
    [
      'hep-th/99',
      '“hep-th/99” is not a valid arXiv id: old-style ids have 7 digits after the slash. A valid id looks like hep-th/9901001.',
    ],
    [
      'https://arxiv.org/abs/1801.0x123',
      '“1801.0x123” is not an arXiv id: new ids look like 2401.01234.',
    ],
    [
      'arXiv:foo',
      '“foo” is not an arXiv id: ids look like 2401.01234 or hep-th/9901001.',
    ],
    [
      '2111.11432v0',
      '“2111.11432v0” is not a valid arXiv id: no version v0. Versions start at v1, like 2111.11432v1.',
    ],
  ])('%s gets a card saying why', (token, message) => {
    const text = `see ${token}, please`;
    const {ids, invalid} = extractIds(text);
    expect(ids).toEqual([]);
    expect(invalid).toEqual([{input: token, index: 4, message}]);
  });

  it('reads a look-alike at the end of a sentence or in brackets', () => {
    const {invalid} = extractIds('(1801.0x123) and 2401.0123x.');
    expect(invalid.map(m => [m.input, m.index])).toEqual([
      ['1801.0x123', 1],
      ['2401.0123x', 17],
    ]);
  });

  it('leaves ordinary numbers, dates, versions and section numbers alone', () => {
    const text = [
      'pi is 3.14 or 3.14159',
      'released 2023.05 and 2023.05.12',
      'version v1.2.3, 1.2.3-beta, 2.0a1',
      'see section 4.2 and 12.3a',
      'at 10:30, 192.168.1.1, 555.1234',
      'budget 1000.5 and 2024.1a (a 3-character part)',
      'hash 1234.abcd, 1234.ab12, word x1801.0x123, a.1801.0x123',
      'file report_2401.0x12.csv',
    ].join('\n');
    expect(extractIds(text)).toEqual({ids: [], invalid: []});
    expect(findPaperRefs(text)).toEqual({ids: [], invalid: [], refs: []});
  });

  it('still reads valid ids next to a look-alike', () => {
    const {ids, invalid} = extractIds('2111.11432 1801.0x123 hep-th/9901001');
    expect(ids.map(m => m.id)).toEqual(['2111.11432', 'hep-th/9901001']);
    expect(invalid.map(m => m.input)).toEqual(['1801.0x123']);
  });
});

describe('look-alikes inside other sites’ links', () => {
  it('are left to the link’s own card', () => {
    const text =
      'https://example.com/abs/2111.11432x https://example.com/cs/12 ' +
      'https://example.org/v/1801.0x123';
    expect(extractIds(text)).toEqual({ids: [], invalid: []});
  });
});

describe('ordinary numbers on random text', () => {
  it('never become cards: decimals, dates and dotted versions', () => {
    const number = fc.oneof(
      // Decimals and dates: any digits, a dot, at most 3 digits (ids have 4 or more).
      fc
        .tuple(fc.nat(999999), fc.stringMatching(/^\d{1,3}$/))
        .map(([a, b]) => `${a}.${b}`),
      // Dotted versions, with or without a v and a suffix letter.
      fc
        .tuple(
          fc.constantFrom('', 'v', 'V'),
          fc.array(fc.nat(99), {minLength: 2, maxLength: 4}),
          fc.constantFrom('', 'a', 'b1', '-rc1'),
        )
        .map(([v, parts, suffix]) => `${v}${parts.join('.')}${suffix}`),
    );
    fc.assert(
      fc.property(
        fc.array(number, {maxLength: 8}),
        fc.constantFrom(' ', ', ', '\n', ' (', '; '),
        (numbers, separator) => {
          const text = numbers.join(separator);
          expect(extractIds(text)).toEqual({ids: [], invalid: []});
        },
      ),
      {numRuns: 2000},
    );
  });
});
