// Property tests: extraction never throws, never returns an invalid id, and finds every valid id embedded in random text.
import * as fc from 'fast-check';
import {extractIds, parseArxivId} from '../../src/core/arxiv-id';
import {OLD_SCHEME_ARCHIVES} from '../../src/core/categories';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A valid new-style id: 0704..1412 with 4 digits, 1501 on with 5. */
const newStyleId = fc
  .record({
    year: fc.integer({min: 7, max: 30}),
    month: fc.integer({min: 1, max: 12}),
    number: fc.integer({min: 1, max: 99999}),
  })
  .filter(({year, month}) => year > 7 || month >= 4)
  .map(({year, month, number}) => {
    const digits = year <= 14 ? 4 : 5;
    const n = digits === 4 ? (number % 9999) + 1 : number;
    return `${pad(year, 2)}${pad(month, 2)}.${pad(n, digits)}`;
  });

/** A valid old-style id: August 1991 to March 2007, optionally with a subject class. */
const oldStyleId = fc
  .record({
    archive: fc.constantFrom(...OLD_SCHEME_ARCHIVES),
    yymm: fc.integer({min: 0, max: 15 * 12 + 7}),
    number: fc.integer({min: 1, max: 999}),
    subject: fc.constantFrom('', '.GT', '.AI', '.str-el'),
  })
  .map(({archive, yymm, number, subject}) => {
    const monthsSinceAug91 = yymm + 7;
    const year = (1991 + Math.floor(monthsSinceAug91 / 12)) % 100;
    const month = (monthsSinceAug91 % 12) + 1;
    const id = `${archive}/${pad(year, 2)}${pad(month, 2)}${pad(number, 3)}`;
    const written = `${archive}${subject}/${id.split('/')[1]}`;
    return {id, written};
  });

const anyId = fc.oneof(
  newStyleId.map(id => ({id, written: id})),
  oldStyleId,
);

const FORMS = [
  (w: string) => w,
  (w: string) => `arXiv:${w}`,
  (w: string) => `https://arxiv.org/abs/${w}`,
  (w: string) => `http://export.arxiv.org/pdf/${w}.pdf`,
  (w: string) => `https://arxiv.org/html/${w}`,
  (w: string) => `https://www.alphaxiv.org/overview/${w}`,
  (w: string) => `https://ar5iv.labs.arxiv.org/html/${w}`,
  (w: string) => `https://doi.org/10.48550/arXiv.${w}`,
];

/** Random text: printable ASCII with digits, dots and slashes over-represented, plus any Unicode. */
const noise = fc.oneof(
  fc.string({unit: fc.constantFrom(...'0123456789./-:vxarXiv ')}),
  fc.string(),
  fc.string({unit: 'binary'}),
);

describe('extractIds on random text', () => {
  it('never throws and never returns an invalid or unnormalized id', () => {
    fc.assert(
      fc.property(fc.oneof(noise, fc.string({unit: 'grapheme'})), text => {
        const {ids, invalid} = extractIds(text);
        for (const m of ids) {
          expect(parseArxivId(m.id)).toEqual({id: m.id});
          expect(text.substr(m.index, m.input.length)).toBe(m.input);
        }
        for (const m of invalid) {
          expect(text.substr(m.index, m.input.length)).toBe(m.input);
          expect(m.message).toMatch(/arXiv id/);
        }
        expect(new Set(ids.map(m => m.id)).size).toBe(ids.length);
      }),
      {numRuns: 3000},
    );
  });

  it('finds every valid id embedded in random text, in any form and version', () => {
    fc.assert(
      fc.property(
        noise,
        anyId,
        fc.integer({min: 0, max: FORMS.length - 1}),
        fc.option(fc.integer({min: 1, max: 30}), {nil: undefined}),
        fc.constantFrom(' ', '\n', '\t', ' (', ', '),
        noise,
        (before, {id, written}, form, version, separator, after) => {
          const versioned = version ? `${written}v${version}` : written;
          const text = `${before}${separator}${FORMS[form](versioned)} ${after}`;
          const found = extractIds(text).ids.map(m => m.id);
          expect(found).toContain(id);
        },
      ),
      {numRuns: 3000},
    );
  });
});
