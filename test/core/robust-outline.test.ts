// Issue 16's outline and plan cases: notes stay with their paper, long headings are headings, chapters keep their sections.
import type {Block} from '../../src/core/doc-model';
import {buildOutline} from '../../src/core/outline';
import {planReorganize, type Suggester} from '../../src/core/reorganize';
import {DEFAULT_SETTINGS} from '../../src/core/settings';
import {summarize} from '../support/memory-document';
import {
  StrictDocument,
  applySteps,
  heading,
  note,
  paragraphHead,
  pastedHead,
  seeAlso,
  writtenHead,
} from '../support/reorganize-fixtures';

const settings = {...DEFAULT_SETTINGS, sortOrder: 'newest' as const};

function applied(blocks: Block[], suggester?: Suggester): Block[] {
  const plan = planReorganize(summarize(blocks), settings, {suggester});
  const doc = new StrictDocument(blocks);
  applySteps(doc, plan.steps);
  return doc.blocks;
}

const texts = (blocks: Block[]) =>
  blocks.map(b => (b.type === 'table' ? '[table]' : b.text));
const headText = (id: string, title: string) =>
  texts([writtenHead(id, title)])[0];

describe('notes travel with their paper (issue 16 item 1)', () => {
  it('reads a nested "see also" under a paragraph-style entry as its note', () => {
    const outline = buildOutline(
      summarize([
        heading('Inbox'),
        paragraphHead('2001.00005', 'Older paper'),
        note('see also arXiv:2001.00001'),
        paragraphHead('2101.00005', 'Newer paper'),
      ]),
    );
    expect(outline.inbox!.entries.map(e => [e.id, e.notes])).toEqual([
      ['2001.00005', ['see also arXiv:2001.00001']],
      ['2101.00005', []],
    ]);
  });

  it('files a paragraph-style Inbox entry together with its nested note', () => {
    const toNlp: Suggester = () => entry => ({
      section: 'NLP',
      confidence: entry.id === '2001.00005' ? 0.99 : 0.1,
      reasons: ['test'],
    });
    const after = applied(
      [
        heading('NLP'),
        writtenHead('2301.00001', 'Filed paper'),
        heading('Inbox'),
        paragraphHead('2001.00005', 'Inbox paper'),
        note('see also arXiv:2001.00001'),
        heading('Later'),
      ],
      toNlp,
    );
    expect(texts(after)).toEqual([
      'NLP',
      headText('2301.00001', 'Filed paper'),
      'Inbox paper - read this one',
      'see also arXiv:2001.00001',
      'Inbox',
      'Later',
    ]);
  });
});

describe('long headings are headings (issue 16 item 2)', () => {
  it('never reads a heading-styled paragraph as entry body, however long', () => {
    const long = 'A sub-topic named at length: '.padEnd(140, 'x');
    const outline = buildOutline(
      summarize([
        heading('NLP'),
        writtenHead('2001.00001', 'A'),
        heading(long, 3),
        writtenHead('2101.00002', 'B'),
        heading('   '),
        writtenHead('2201.00003', 'C'),
      ]),
      {sectionLevel: 2},
    );
    const [nlp] = outline.sections;
    expect(nlp.entries.map(e => [e.start, e.end])).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
    expect(nlp.fixedPoints).toEqual([2, 4]);
  });

  it('keeps papers on their side of a long heading when sorting', () => {
    const long = 'Older work that I keep for reference '.padEnd(120, '.');
    const blocks = [
      heading('NLP'),
      writtenHead('2001.00001', 'Old'),
      heading(long, 3),
      writtenHead('2101.00002', 'New'),
    ];
    expect(texts(applied(blocks))).toEqual(texts(blocks));
  });
});

describe('same-named sections in different chapters stay apart (issue 16 item 3)', () => {
  it('merges only sections under the same chapters', () => {
    const blocks = [
      heading('NLP', 1),
      heading('Surveys'),
      writtenHead('2001.00001', 'NLP survey'),
      heading('Vision', 1),
      heading('Surveys'),
      writtenHead('2101.00002', 'Vision survey'),
      heading('surveys'),
      writtenHead('2201.00003', 'Another vision survey'),
    ];
    const outline = buildOutline(summarize(blocks));
    expect(outline.sections.map(s => s.chapters)).toEqual([
      ['NLP'],
      ['Vision'],
      ['Vision'],
    ]);
    const plan = planReorganize(summarize(blocks), settings);
    expect(plan.mergedSections).toEqual(['Surveys']);
    expect(texts(applied(blocks))).toEqual([
      'NLP',
      'Surveys',
      headText('2001.00001', 'NLP survey'),
      'Vision',
      'Surveys',
      headText('2201.00003', 'Another vision survey'),
      headText('2101.00002', 'Vision survey'),
    ]);
  });
});

describe('pasted heads keep their notes', () => {
  it('keeps the nested notes of a pasted head that mention other papers', () => {
    const outline = buildOutline(
      summarize([
        heading('NLP'),
        pastedHead('2001.00005', 'Pasted'),
        seeAlso('1901.00002', 1),
      ]),
    );
    expect(outline.sections[0].entries.map(e => e.notes)).toEqual([
      ['see also arXiv:1901.00002 (1)'],
    ]);
  });
});

describe('a second reorganize changes nothing (issue 16 item 4)', () => {
  it('files, within one run, what the entries it filed make confident', () => {
    // Confident only once NLP holds as many entries as the id's last digit.
    const crowded: Suggester = outline => {
      const nlp = outline.sections.find(s => s.title === 'NLP')!;
      return entry => ({
        section: 'NLP',
        confidence: nlp.entries.length >= Number(entry.id.slice(-1)) ? 0.9 : 0,
        reasons: ['test'],
      });
    };
    const blocks = [
      heading('NLP'),
      writtenHead('2301.00001', 'Filed'),
      heading('Inbox'),
      writtenHead('2201.00003', 'Needs two more'),
      writtenHead('2101.00002', 'Needs one more'),
      writtenHead('2001.00001', 'Fits now'),
      heading('Archive', 1),
    ];
    const plan = planReorganize(summarize(blocks), settings, {
      suggester: crowded,
    });
    expect(plan.filed.map(f => f.id)).toEqual([
      '2001.00001',
      '2101.00002',
      '2201.00003',
    ]);
    const after = applied(blocks, crowded);
    expect(
      planReorganize(summarize(after), settings, {suggester: crowded}).steps,
    ).toEqual([]);
  });
});

describe('a merge never gives a paper a note', () => {
  it('leaves a later section unmerged when its intro, ending the document, would become the note of the paper above', () => {
    const blocks = [
      heading('NLP'),
      writtenHead('2001.00001', 'Only paper'),
      heading('NLP'),
      {type: 'paragraph' as const, text: 'More on NLP, later.'},
    ];
    const plan = planReorganize(summarize(blocks), settings);
    expect(plan.steps).toEqual([]);
    expect(plan.notes).toEqual([
      'The last "NLP" section was not merged into the first: its intro text ends the document and would become the note of the paper above it.',
    ]);
  });
});
