// Round trip of the entry codec: formatEntry -> summarizeBlocks -> buildOutline -> every reader gives back the fields written.
import * as fc from 'fast-check';
import {monthOfId} from '../../src/core/arxiv-id';
import {entryText} from '../../src/core/classify/entry-text';
import {formatAuthors, formatEntry} from '../../src/core/entry-format';
import {authorNames} from '../../src/core/entry-line';
import {haulEntry} from '../../src/core/haul-record';
import {buildOutline, summarizeBlocks} from '../../src/core/outline';
import {searchOutline} from '../../src/core/search';
import {entryDate} from '../../src/core/search-dates';
import type {EntryFormat} from '../../src/core/settings';
import type {Block} from '../../src/core/doc-model';
import type {Paper} from '../../src/core/types';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Capitalized words that are no month, category code or id: names and titles are made of them. */
const WORDS = [
  'Deep',
  'Residual',
  'Learning',
  'Graph',
  'Neural',
  'Attention',
  'Florence',
  'Quantum',
  'Vision',
  'Language',
  'Ada',
  'Lovelace',
  'Alan',
  'Turing',
  'Émilie',
  'Noether',
  'Zhang',
  'Wei',
];
const word = fc.constantFrom(...WORDS);
const name = fc
  .array(word, {minLength: 2, maxLength: 3})
  .map(words => words.join(' '));
const title = fc
  .array(fc.oneof(word, fc.constantFrom('of', 'for', 'and', '-', ':')), {
    minLength: 1,
    maxLength: 8,
  })
  .map(words => words.join(' '))
  // The outline trims separators off a title's ends (a hand-written "Title -").
  .filter(t => /^\p{Lu}.*\p{L}$/u.test(t));

/** A new-style id from 1501 on (five digits) with its month. */
const arxivId = fc
  .record({
    year: fc.integer({min: 15, max: 30}),
    month: fc.integer({min: 1, max: 12}),
    number: fc.integer({min: 1, max: 99999}),
  })
  .map(
    ({year, month, number}) =>
      `${pad(year, 2)}${pad(month, 2)}.${pad(number, 5)}`,
  );

const published = fc
  .record({
    year: fc.integer({min: 1992, max: 2030}),
    month: fc.integer({min: 1, max: 12}),
    day: fc.integer({min: 1, max: 28}),
  })
  .map(d => `${d.year}-${pad(d.month, 2)}-${pad(d.day, 2)}T12:00:00Z`);

const paper = fc
  .record({
    id: arxivId,
    title,
    authors: fc.array(name, {maxLength: 5}),
    published,
    category: fc.constantFrom('', 'cs.CV', 'math.AG', 'hep-th', 'quant-ph'),
    summary: fc.constantFrom(
      '',
      'We show a thing. It works well.',
      'A model, e.g. this one, learns.',
    ),
  })
  .map((p): Paper => ({
    id: p.id,
    version: '1',
    title: p.title,
    authors: p.authors,
    published: p.published,
    updated: p.published,
    summary: p.summary,
    primaryCategory: p.category,
    categories: p.category ? [p.category] : [],
    absUrl: '',
    pdfUrl: '',
  }));

const format = fc.record<EntryFormat>({
  maxAuthors: fc.integer({min: 0, max: 4}),
  showDate: fc.boolean(),
  showCategories: fc.boolean(),
  showIdLabel: fc.boolean(),
  abstract: fc.constantFrom('none', 'first-sentence', 'full'),
  style: fc.constantFrom('bullet', 'paragraph'),
});

const gist = fc.constantFrom(undefined, '', 'my own gist', 'see section 3');

const written = fc
  .array(fc.record({paper, gist}), {minLength: 1, maxLength: 4})
  .filter(list => new Set(list.map(w => w.paper.id)).size === list.length);

const heading: Block = {type: 'paragraph', text: 'Papers', heading: 'HEADING2'};

describe('entry codec round trip', () => {
  it('reads back what formatEntry wrote: outline, classifier, Find and the haul record', () => {
    fc.assert(
      fc.property(written, format, (list, entryFormat) => {
        const formatted = list.map(w =>
          formatEntry(w.paper, w.gist, entryFormat),
        );
        const outline = buildOutline(
          summarizeBlocks([heading, ...formatted.flat()]),
          {sectionLevel: 2},
        );
        const entries = outline.sections[0].entries;
        expect(entries.map(e => e.id)).toEqual(list.map(w => w.paper.id));
        list.forEach(({paper: p, gist: g}, k) => {
          const entry = entries[k];
          const shownAuthors = formatAuthors(p.authors, entryFormat.maxAuthors);
          const date = new Date(p.published);
          const month = {
            year: date.getUTCFullYear(),
            month: date.getUTCMonth() + 1,
          };
          const names = authorNames(shownAuthors);
          const category =
            entryFormat.showCategories && p.primaryCategory
              ? [p.primaryCategory]
              : [];
          // The outline: title, authors, month, categories, written.
          expect(entry.title).toBe(p.title);
          expect(entry.written).toBe(true);
          expect(entry.authors).toBe(shownAuthors);
          expect(entry.month).toEqual(entryFormat.showDate ? month : undefined);
          expect(entry.categories).toEqual(category);
          // The gist and abstract come back as notes, in order.
          const blocks = formatted[k];
          expect(entry.notes).toEqual(
            blocks.slice(1).map(b => (b.type === 'table' ? '' : b.text)),
          );
          // The classifier: the names, and no byline words in the summary.
          const text = entryText(entry);
          expect(text.authors).toEqual(names);
          expect(text.title).toBe(p.title);
          expect(text.categories).toEqual(category);
          expect(text.summary).toBe(entry.notes.join(' '));
          // Find: the month (else the id's), and the authors it shows.
          expect(entryDate(entry)).toEqual(
            entryFormat.showDate ? month : monthOfId(p.id),
          );
          const [hit] = searchOutline(outline, p.id, {
            now: new Date('2031-01-01'),
          });
          expect(hit.id).toBe(p.id);
          expect(hit.year).toBe(
            (entryFormat.showDate ? month : monthOfId(p.id)!).year,
          );
          if (shownAuthors) expect(hit.authors).toBe(shownAuthors);
          // The haul record: each block's role.
          const hasGist = Boolean(g?.trim());
          const roles = haulEntry(p.id, blocks).blocks.map(
            b => b.split(':')[0],
          );
          expect(roles).toEqual(
            ['head', 'gist', 'abstract']
              .slice(0, blocks.length)
              .map((r, i) => (i === 1 && !hasGist ? 'abstract' : r)),
          );
        });
      }),
      {numRuns: 100},
    );
  });
});
