// Property tests of the reorganize plan on random messy documents: nothing lost, nothing but sorting, merging and filing changed.
import fc from 'fast-check';
import type {Block, Entry, EntryRun} from '../../src/core/doc-model';
import type {Outline} from '../../src/core/doc-model';
import {entryOrder} from '../../src/core/entry-order';
import {
  buildOutline,
  headingLevel,
  normalizeSectionName,
  sectionKey,
} from '../../src/core/outline';
import {planReorganize, type Suggester} from '../../src/core/reorganize';
import {
  DEFAULT_SETTINGS,
  type Settings,
  type SortOrder,
} from '../../src/core/settings';
import {summarize} from '../support/memory-document';
import {
  StrictDocument,
  applySteps,
  blockKey,
  buildDoc,
  docSpec,
  endingInRun,
  multiset,
  type DocSpec,
} from '../support/reorganize-fixtures';

const RUNS = Number(process.env.PROPERTY_RUNS) || 300;

function settingsFor(order: SortOrder): Settings {
  return {...DEFAULT_SETTINGS, sortOrder: order};
}

/** Messy documents, half of them ending with an entry run whose last block is the final paragraph. */
function docs(
  specs: fc.Arbitrary<DocSpec> = docSpec({chapters: true}),
  endingNames?: string[],
): fc.Arbitrary<DocSpec> {
  return fc.oneof(specs, endingInRun(specs, endingNames));
}

const orders = fc.constantFrom<SortOrder>('newest', 'oldest', 'title');

/** Files an entry by the digits of its id: deterministic, independent of the outline. */
const byIdDigits: Suggester = () => (entry: Entry) => {
  const digit = Number(entry.id.slice(-1));
  const section = ['NLP', 'RL', 'Vision', 'Ethics', 'Nowhere'][digit % 5];
  return {section, confidence: digit >= 4 ? 0.9 : 0.5, reasons: ['test']};
};

/**
 * Files by the digits of an id, but only into a section that already holds
 * enough entries: what is filed changes what gets filed next, as with the
 * real classifier.
 */
const byCrowd: Suggester = (outline: Outline) => {
  const sizes = new Map<string, number>();
  for (const section of outline.sections) {
    const key = normalizeSectionName(section.title);
    if (!sizes.has(key)) sizes.set(key, section.entries.length);
  }
  return (entry: Entry) => {
    const digit = Number(entry.id.slice(-1));
    const section = ['NLP', 'RL', 'Vision', 'Ethics'][digit % 4];
    const crowd = sizes.get(normalizeSectionName(section)) ?? 0;
    return {
      section,
      confidence: crowd >= 1 + (digit % 3) ? 0.9 : 0.5,
      reasons: ['test'],
    };
  };
};

const suggesters = fc.constantFrom<Suggester | undefined>(
  undefined,
  byIdDigits,
  byCrowd,
);

/** Each entry's head and non-blank body as one string of block keys, sorted: what must survive any reorganize. */
function entryBodies(blocks: Block[], level: number): string[] {
  const outline = buildOutline(summarize(blocks), {sectionLevel: level});
  const entries = [
    ...(outline.looseEntries ?? []),
    ...outline.sections.flatMap(s => s.entries),
  ];
  return entries
    .map(entry =>
      blocks
        .slice(entry.start, entry.end)
        .filter(b => b.type === 'table' || b.text.trim() !== '')
        .map(blockKey)
        .join('\n'),
    )
    .sort();
}

/** Each entry's head with the chapter chain of its section, sorted, leaving out the ids in `skip`. */
function chaptersOf(
  blocks: Block[],
  level: number,
  skip: Set<string>,
): string[] {
  const outline = buildOutline(summarize(blocks), {sectionLevel: level});
  const out: string[] = [];
  for (const section of outline.sections) {
    const chain = (section.chapters ?? []).map(normalizeSectionName);
    for (const entry of section.entries) {
      if (skip.has(entry.id)) continue;
      out.push([...chain, blockKey(blocks[entry.start])].join(' > '));
    }
  }
  return out.sort();
}

function run(blocks: Block[], settings: Settings, suggester?: Suggester) {
  const plan = planReorganize(summarize(blocks), settings, {suggester});
  const doc = new StrictDocument(blocks);
  applySteps(doc, plan.steps);
  return {plan, after: doc.blocks};
}

/** Length of a longest non-decreasing subsequence, by the quadratic textbook method. */
function longestOrdered(entries: Entry[], order: SortOrder): number {
  const best = entries.map(() => 1);
  for (let i = 0; i < entries.length; i++) {
    for (let j = 0; j < i; j++) {
      if (entryOrder(entries[j], entries[i], order) <= 0) {
        best[i] = Math.max(best[i], best[j] + 1);
      }
    }
  }
  return Math.max(0, ...best);
}

/**
 * The entries of a run sorting must order: all of them, but the one holding
 * the body's final paragraph when the run holds a table (moving it would
 * pass the table through the body's end, where Docs adds a paragraph).
 */
function sortable(entryRun: EntryRun, blocks: Block[]): Entry[] {
  const {entries} = entryRun;
  const last = entries[entries.length - 1];
  const holdsTable = blocks
    .slice(entries[0].start, last.end)
    .some(block => block.type === 'table');
  return last.end === blocks.length && holdsTable
    ? entries.slice(0, -1)
    : entries;
}

function sectionTitles(
  blocks: Block[],
  settings: Settings,
  level: number,
): string[] {
  return buildOutline(summarize(blocks), {
    sectionLevel: level,
    inboxName: settings.inboxName,
  }).sections.map(sectionKey);
}

function firstOccurrences(names: string[]): string[] {
  return names.filter((name, i) => names.indexOf(name) === i);
}

describe('planReorganize on random documents', () => {
  it('keeps every paragraph but merged duplicate headings, and keeps the preamble, intros and section order', () => {
    fc.assert(
      fc.property(docs(), orders, fc.boolean(), (spec, order, file) => {
        const blocks = buildDoc(spec);
        const settings = settingsFor(order);
        const {plan, after} = run(
          blocks,
          settings,
          file ? byIdDigits : undefined,
        );

        const before = multiset(blocks);
        const left = multiset(after);
        for (const [key, count] of left) {
          expect(before.get(key) ?? 0).toBeGreaterThanOrEqual(count);
        }
        const outlineBefore = buildOutline(summarize(blocks), {
          sectionLevel: plan.level,
        });
        const removed: string[] = [];
        for (const [key, count] of before) {
          for (let i = left.get(key) ?? 0; i < count; i++) removed.push(key);
        }
        const headingKeys = new Set(
          outlineBefore.sections.map(s => blockKey(blocks[s.headingIndex])),
        );
        for (const key of removed) expect(headingKeys.has(key)).toBe(true);
        const removeSteps = plan.steps.filter(s => s.kind === 'remove');
        expect(removed.length).toBe(removeSteps.length);

        expect(after.slice(0, outlineBefore.preambleEnd)).toEqual(
          blocks.slice(0, outlineBefore.preambleEnd),
        );
        const outlineAfter = buildOutline(summarize(after), {
          sectionLevel: plan.level,
        });
        const seen = new Set<string>();
        for (const section of outlineBefore.sections) {
          const name = sectionKey(section);
          if (seen.has(name)) continue;
          seen.add(name);
          const moved = outlineAfter.sections.find(
            s => sectionKey(s) === name,
          )!;
          const intro = blocks.slice(
            section.headingIndex + 1,
            section.introEnd,
          );
          expect(
            after.slice(
              moved.headingIndex + 1,
              moved.headingIndex + 1 + intro.length,
            ),
          ).toEqual(intro);
        }
        const titlesBefore = sectionTitles(blocks, settings, plan.level);
        const titlesAfter = sectionTitles(after, settings, plan.level);
        expect(firstOccurrences(titlesAfter)).toEqual(
          firstOccurrences(titlesBefore),
        );
        // Every section name is left once, unless Docs' final-paragraph rule kept a duplicate.
        const unmerged = plan.notes.filter(n =>
          n.includes('not merged'),
        ).length;
        expect(titlesAfter.length).toBe(
          firstOccurrences(titlesBefore).length + unmerged,
        );
      }),
      {numRuns: RUNS},
    );
  });

  it('keeps each entry with its notes, and each entry not filed in its chapter', () => {
    fc.assert(
      fc.property(docs(), orders, suggesters, (spec, order, suggester) => {
        const blocks = buildDoc(spec);
        const {plan, after} = run(blocks, settingsFor(order), suggester);
        expect(entryBodies(after, plan.level)).toEqual(
          entryBodies(blocks, plan.level),
        );
        const filedIds = new Set(plan.filed.map(f => f.id));
        expect(chaptersOf(after, plan.level, filedIds)).toEqual(
          chaptersOf(blocks, plan.level, filedIds),
        );
        // Chapters (headings above the section level) stay, in their order.
        const chapterHeadings = (body: Block[]) =>
          body.filter(
            b =>
              b.type === 'paragraph' &&
              b.text.trim() &&
              (headingLevel(b.heading ?? 'NORMAL') ?? 9) < plan.level,
          );
        expect(chapterHeadings(after)).toEqual(chapterHeadings(blocks));
      }),
      {numRuns: RUNS},
    );
  });

  it('plans nothing on a second run, and leaves every run sorted', () => {
    fc.assert(
      fc.property(docs(), orders, suggesters, (spec, order, suggester) => {
        const settings = settingsFor(order);
        const {plan, after} = run(buildDoc(spec), settings, suggester);
        const again = planReorganize(summarize(after), settings, {suggester});
        expect(again.steps).toEqual([]);
        const outline = buildOutline(summarize(after), {
          sectionLevel: plan.level,
        });
        for (const section of outline.sections) {
          for (const entryRun of section.runs) {
            const movable = sortable(entryRun, after);
            for (let i = 1; i < movable.length; i++) {
              expect(
                entryOrder(movable[i - 1], movable[i], order),
              ).toBeLessThanOrEqual(0);
            }
          }
        }
      }),
      {numRuns: RUNS},
    );
  });

  it('moves exactly the entries outside a longest already-ordered subsequence of each run', () => {
    const distinctNames = ['NLP', 'RL', 'Vision', 'Ethics', 'Theory', 'Robots'];
    fc.assert(
      fc.property(
        docs(
          docSpec({names: distinctNames}).map(spec => ({
            ...spec,
            sections: spec.sections.filter(
              (s, i) => spec.sections.findIndex(t => t.name === s.name) === i,
            ),
          })),
          ['Ending'],
        ),
        orders,
        (spec, order) => {
          const blocks = buildDoc(spec);
          const settings = settingsFor(order);
          const {plan} = run(blocks, settings);
          const outline = buildOutline(summarize(blocks), {inboxName: 'Inbox'});
          let expected = 0;
          for (const section of outline.sections) {
            for (const entryRun of section.runs) {
              const movable = sortable(entryRun, blocks);
              expected += movable.length - longestOrdered(movable, order);
            }
          }
          expect(plan.moves).toBe(expected);
          expect(
            plan.steps.every(s => s.kind === 'move' && s.purpose === 'sort'),
          ).toBe(true);
        },
      ),
      {numRuns: RUNS},
    );
  });

  it('files exactly the confident Inbox entries whose section exists, and never a duplicate', () => {
    fc.assert(
      fc.property(docs(), orders, (spec, order) => {
        const blocks = buildDoc(spec);
        const settings = settingsFor(order);
        const {plan, after} = run(blocks, settings, byIdDigits);
        const outline = buildOutline(summarize(after), {
          sectionLevel: plan.level,
        });
        const duplicateIds = new Set(plan.duplicates.map(d => d.id));
        for (const {id, to} of plan.filed) {
          expect(duplicateIds.has(id)).toBe(false);
          const section = outline.sections.find(s =>
            s.entries.some(e => e.id === id),
          );
          expect(section && normalizeSectionName(section.title)).toBe(
            normalizeSectionName(to),
          );
        }
        const suggest = byIdDigits(outline);
        const stillInInbox = outline.inbox?.entries ?? [];
        for (const entry of stillInInbox) {
          const top = suggest(entry)!;
          const target = outline.sections.find(
            s =>
              normalizeSectionName(s.title) ===
              normalizeSectionName(top.section),
          );
          const fileable =
            top.confidence >= settings.autoFileThreshold &&
            target !== undefined &&
            target !== outline.inbox &&
            !duplicateIds.has(entry.id) &&
            entry.end < after.length;
          // No table may reach the body's end: an entry holding one is not filed to the very end.
          const tableAtEnd = plan.notes.some(
            n => n.startsWith(entry.id) && n.includes('would move a table'),
          );
          expect(fileable && !tableAtEnd).toBe(false);
        }
      }),
      {numRuns: RUNS},
    );
  });
});
