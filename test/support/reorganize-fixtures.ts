// Documents for reorganize tests: block builders, a fast-check generator of messy docs, and a strict in-memory body.
import fc from 'fast-check';
import type {Block} from '../../src/core/doc-model';
import type {ReorganizeStep} from '../../src/core/reorganize';
import {MemoryDocument} from './memory-document';

/** An entry head as the add-on writes it: a bulleted, bold, linked title and a byline. */
export function writtenHead(id: string, title: string): Block {
  const byline = ` - A. Author · cs.LG · arXiv:${id}`;
  return {
    type: 'listItem',
    text: title + byline,
    nesting: 0,
    glyph: 'BULLET',
    links: [{start: 0, end: title.length, url: `https://arxiv.org/abs/${id}`}],
    bold: [{start: 0, end: title.length}],
  };
}

/** A hand-written head: a plain paragraph with a pasted URL. */
export function pastedHead(id: string, title: string): Block {
  const url = `https://arxiv.org/pdf/${id}v2`;
  return {
    type: 'paragraph',
    text: `${title} ${url}`,
    links: [{start: title.length + 1, end: title.length + 1 + url.length, url}],
  };
}

/** A paragraph-style entry head: "Title - gist", the title linking the paper. */
export function paragraphHead(id: string, title: string): Block {
  return {
    type: 'paragraph',
    text: `${title} - read this one`,
    links: [{start: 0, end: title.length, url: `https://arxiv.org/abs/${id}`}],
  };
}

/** A nested note that mentions (and links) another paper: still its entry's body. */
export function seeAlso(id: string, seq: number): Block {
  const label = `arXiv:${id}`;
  return {
    type: 'listItem',
    text: `see also ${label} (${seq})`,
    nesting: 1,
    glyph: 'HOLLOW_BULLET',
    links: [
      {start: 9, end: 9 + label.length, url: `https://arxiv.org/abs/${id}`},
    ],
  };
}

/** A hand-written head with only a visible `arXiv:` label. */
export function labelHead(id: string, title: string): Block {
  return {type: 'paragraph', text: `${title}, arXiv:${id}`};
}

export function note(text: string): Block {
  return {
    type: 'listItem',
    text,
    nesting: 1,
    glyph: 'HOLLOW_BULLET',
    italic: [{start: 0, end: Math.min(3, text.length)}],
  };
}

export function heading(text: string, level = 2): Block {
  return {type: 'paragraph', text, heading: `HEADING${level}` as 'HEADING2'};
}

export function text(t: string): Block {
  return {type: 'paragraph', text: t};
}

export const BLANK: Block = {type: 'paragraph', text: ''};

export function table(cell: string): Block {
  return {type: 'table', rows: [[cell, 'x']]};
}

/** A new-scheme id from a small number, so generated docs share ids (duplicates). */
export function idFor(n: number): string {
  const month = String((n % 12) + 1).padStart(2, '0');
  return `2${n % 4}${month}.${String(10000 + n * 37).slice(0, 5)}`;
}

/** One entry: head plus notes, blank lines and tables below it. */
export interface EntrySpec {
  n: number;
  form: 'written' | 'pasted' | 'label' | 'paragraph';
  body: ('note' | 'blank' | 'table' | 'text' | 'seeAlso')[];
}

export type ItemSpec =
  | {kind: 'entry'; entry: EntrySpec}
  | {kind: 'subheading'}
  /** A sub-heading over 100 characters. */
  | {kind: 'longheading'}
  | {kind: 'blank'}
  | {kind: 'text'};

export interface SectionSpec {
  /** A chapter heading (level 1) written right before the section's heading. */
  chapter?: string;
  name: string;
  intro: number;
  items: ItemSpec[];
}

export interface DocSpec {
  preamble: ('title' | 'text' | 'entry')[];
  sections: SectionSpec[];
  /** Content under a heading above the section level at the end. */
  archive: boolean;
  /** A blank paragraph ends the body, as it often does in Docs. */
  trailingBlank: boolean;
}

const entrySpec: fc.Arbitrary<EntrySpec> = fc.record({
  n: fc.nat({max: 40}),
  form: fc.constantFrom('written', 'written', 'pasted', 'label', 'paragraph'),
  body: fc.array(
    fc.constantFrom('note', 'note', 'blank', 'table', 'text', 'seeAlso'),
    {maxLength: 3},
  ),
});

const itemSpec: fc.Arbitrary<ItemSpec> = fc.oneof(
  {
    weight: 8,
    arbitrary: entrySpec.map(entry => ({kind: 'entry' as const, entry})),
  },
  {weight: 1, arbitrary: fc.constant({kind: 'subheading' as const})},
  {weight: 1, arbitrary: fc.constant({kind: 'longheading' as const})},
  {weight: 1, arbitrary: fc.constant({kind: 'blank' as const})},
  {weight: 1, arbitrary: fc.constant({kind: 'text' as const})},
);

/** Section names; some differ only in case and spacing, so merges happen. */
export const NAMES = [
  'NLP',
  'nlp',
  'RL',
  ' Reinforcement  Learning',
  'reinforcement learning',
  'Vision',
  'Inbox',
  'Ethics',
];

/**
 * Messy documents; with `chapters`, some sections open a level-1 chapter
 * (NLP or Vision), so one section name can stand under two chapters.
 */
export function docSpec(
  options: {names?: string[]; maxSections?: number; chapters?: boolean} = {},
): fc.Arbitrary<DocSpec> {
  const names = options.names ?? NAMES;
  return fc.record({
    preamble: fc.array(fc.constantFrom('title', 'text', 'entry'), {
      maxLength: 3,
    }),
    sections: fc.array(
      fc.record(
        {
          chapter: options.chapters
            ? fc.constantFrom('NLP', 'Vision')
            : fc.constant(undefined),
          name: fc.constantFrom(...names),
          intro: fc.nat({max: 2}),
          items: fc.array(itemSpec, {maxLength: 12}),
        },
        {requiredKeys: ['name', 'intro', 'items']},
      ),
      {maxLength: options.maxSections ?? 6},
    ),
    archive: fc.boolean(),
    trailingBlank: fc.boolean(),
  });
}

/** Entries with tables now and then, rarer than in docSpec, so most runs hold none. */
const plainerEntrySpec: fc.Arbitrary<EntrySpec> = fc.record({
  n: fc.nat({max: 40}),
  form: fc.constantFrom('written', 'written', 'pasted', 'label'),
  body: fc.array(
    fc.oneof(
      {weight: 12, arbitrary: fc.constant('note' as const)},
      {weight: 2, arbitrary: fc.constant('blank' as const)},
      {weight: 2, arbitrary: fc.constant('text' as const)},
      {weight: 1, arbitrary: fc.constant('table' as const)},
    ),
    {maxLength: 3},
  ),
});

/**
 * The same documents, but ending with a section whose entries end the body
 * (no trailing blank line or archive), so the last entry's last block is the
 * body's final paragraph: the case where a sort must not remove it. Its name
 * is one of `names`: a taken one gets it merged too.
 */
export function endingInRun(
  specs: fc.Arbitrary<DocSpec>,
  names = ['Ending', 'Ending', 'NLP', 'Vision'],
): fc.Arbitrary<DocSpec> {
  return fc
    .record({
      spec: specs,
      name: fc.constantFrom(...names),
      run: fc.array(plainerEntrySpec, {minLength: 2, maxLength: 8}),
    })
    .map(({spec, name, run}) => ({
      ...spec,
      archive: false,
      trailingBlank: false,
      sections: [
        ...spec.sections,
        {
          name,
          intro: 0,
          items: run.map(entry => ({kind: 'entry' as const, entry})),
        },
      ],
    }));
}

function entryBlocks(spec: EntrySpec, seq: number): Block[] {
  const id = idFor(spec.n);
  const title = `Paper ${String.fromCharCode(65 + ((spec.n * 7) % 26))} ${spec.n}`;
  const head =
    spec.form === 'written'
      ? writtenHead(id, title)
      : spec.form === 'pasted'
        ? pastedHead(id, title)
        : spec.form === 'paragraph'
          ? paragraphHead(id, title)
          : labelHead(id, title);
  return [
    head,
    ...spec.body.map(kind =>
      kind === 'note'
        ? note(`note ${seq} on ${id}`)
        : kind === 'seeAlso'
          ? seeAlso(idFor(spec.n + 1), seq)
          : kind === 'blank'
            ? BLANK
            : kind === 'table'
              ? table(`t${seq}`)
              : text(`remark ${seq}`),
    ),
  ];
}

/** The blocks a spec describes; every text is unique but for blank lines and same-id entries. */
export function buildDoc(spec: DocSpec): Block[] {
  let seq = 0;
  const blocks: Block[] = [];
  for (const part of spec.preamble) {
    seq++;
    if (part === 'title')
      blocks.push({type: 'paragraph', text: 'Reading list', heading: 'TITLE'});
    else if (part === 'text') blocks.push(text(`preamble ${seq}`));
    else blocks.push(...entryBlocks({n: 99, form: 'written', body: []}, seq));
  }
  for (const section of spec.sections) {
    if (section.chapter) blocks.push(heading(section.chapter, 1));
    blocks.push(heading(section.name));
    for (let i = 0; i < section.intro; i++) blocks.push(text(`intro ${++seq}`));
    for (const item of section.items) {
      seq++;
      if (item.kind === 'entry') blocks.push(...entryBlocks(item.entry, seq));
      else if (item.kind === 'subheading')
        blocks.push(heading(`Part ${seq}`, 3));
      else if (item.kind === 'longheading')
        blocks.push(heading(`Part ${seq}, `.padEnd(130, 'and more '), 3));
      else if (item.kind === 'blank') blocks.push(BLANK);
      else blocks.push(text(`aside ${seq}`));
    }
  }
  if (spec.archive) {
    blocks.push(heading('Archive', 1), text('old things'));
    blocks.push(...entryBlocks({n: 3, form: 'pasted', body: ['note']}, ++seq));
  }
  if (spec.trailingBlank || !blocks.length) blocks.push(BLANK);
  const last = blocks[blocks.length - 1];
  // Docs always ends a body with a paragraph: a table is followed by one.
  if (last.type === 'table') blocks.push(text('end'));
  return blocks;
}

/**
 * A body that behaves like gas-document's moves: copy, insert, then remove
 * the originals. A move of a range that ends the body is rewritten, as the
 * DocumentPort contract says, as the move of the blocks between to the end,
 * so the final paragraph is never removed; removing it still throws. A table
 * may not end the body, not even for a moment: each block moved to the end
 * is inserted there in turn, and Docs would add a paragraph after a table.
 */
export class StrictDocument extends MemoryDocument {
  override moveRange(from: number, count: number, before: number): void {
    const length = this.blocks.length;
    if (from + count === length && before < from) {
      this.moveRange(before, from - before, length);
      return;
    }
    if (before === length) {
      const moved = this.blocks.slice(from, from + count);
      if (moved.some(block => block.type === 'table')) {
        throw new Error('A table was inserted at the end of the body.');
      }
    }
    super.moveRange(from, count, before);
    this.checkEnd();
  }

  override removeRange(from: number, count: number): void {
    super.removeRange(from, count);
    this.checkEnd();
  }

  private checkEnd(): void {
    if (this.blocks[this.blocks.length - 1].type === 'table') {
      throw new Error('A table ended the body.');
    }
  }
}

/** Applies plan steps to a document port in order. */
export function applySteps(doc: MemoryDocument, steps: ReorganizeStep[]): void {
  for (const step of steps) {
    if (step.kind === 'move') doc.moveRange(step.from, step.count, step.before);
    else doc.removeRange(step.index, 1);
  }
}

/** A block as a comparable string: text, heading, links and styles. */
export function blockKey(block: Block): string {
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.keys(value)
              .sort()
              .map(k => [k, canonical((value as Record<string, unknown>)[k])]),
          )
        : value;
  return JSON.stringify(canonical(block));
}

/** Counts of each distinct block. */
export function multiset(blocks: Block[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const block of blocks) {
    const key = blockKey(block);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
