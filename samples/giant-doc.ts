// Builds the sample giant reading-list doc (samples/giant-doc.json) from the paper table in papers.ts.
import type {Block, DocJson} from '../src/core/doc-model';
import {
  SAMPLE_SECTIONS,
  isSamplePaper,
  type HandWritten,
  type SamplePaper,
} from './papers';

/** The grey the add-on uses for the abstract line. */
export const ABSTRACT_COLOR = '#666666';

/** Sections after which the sample user left an empty paragraph. */
const BLANK_AFTER = new Set(['ML Math', 'NLP', 'RL', 'Systems']);

/**
 * The blocks the add-on writes for one paper: a bulleted head with the title
 * bold and linked, then the gist and the abstract's first sentence nested.
 */
export function entryBlocks(paper: SamplePaper): Block[] {
  const text = `${paper.title} - ${paper.authors} · ${paper.date} · ${paper.category} · arXiv:${paper.id}`;
  const titleSpan = {start: 0, end: paper.title.length};
  const blocks: Block[] = [
    {
      type: 'listItem',
      text,
      nesting: 0,
      glyph: 'BULLET',
      links: [{...titleSpan, url: `https://arxiv.org/abs/${paper.id}`}],
      bold: [titleSpan],
    },
  ];
  if (paper.gist) {
    blocks.push({
      type: 'listItem',
      text: paper.gist,
      nesting: 1,
      glyph: 'HOLLOW_BULLET',
    });
  }
  if (paper.abstract) {
    const whole = {start: 0, end: paper.abstract.length};
    blocks.push({
      type: 'listItem',
      text: paper.abstract,
      nesting: 1,
      glyph: 'HOLLOW_BULLET',
      italic: [whole],
      colors: [{...whole, color: ABSTRACT_COLOR}],
    });
  }
  return blocks;
}

function itemBlocks(item: SamplePaper | HandWritten): Block[] {
  return isSamplePaper(item) ? entryBlocks(item) : item.blocks;
}

function paragraph(
  text: string,
  heading?: 'TITLE' | 'HEADING2' | 'HEADING3',
): Block {
  return heading
    ? {type: 'paragraph', text, heading}
    : {type: 'paragraph', text};
}

/** The sample doc: preamble, twelve topic sections and an Inbox, about 230 entries. */
export function buildGiantDoc(): DocJson {
  const body: Block[] = [
    paragraph('Papers I skimmed', 'TITLE'),
    paragraph(
      'Running list since the second year of the PhD. One line each, in my own words: if I cannot say what a paper does in a line, I did not read it.',
    ),
    paragraph(
      'New stuff goes to the Inbox first and gets filed on Fridays (in theory).',
    ),
    paragraph(''),
  ];
  for (const section of SAMPLE_SECTIONS) {
    body.push(paragraph(section.name, 'HEADING2'));
    if (section.intro) body.push(paragraph(section.intro));
    for (const item of section.items) body.push(...itemBlocks(item));
    if (section.sub) {
      body.push(paragraph(section.sub.name, 'HEADING3'));
      for (const item of section.sub.items) body.push(...itemBlocks(item));
    }
    if (BLANK_AFTER.has(section.name)) body.push(paragraph(''));
  }
  body.push(paragraph(''));
  return {title: 'Papers I skimmed', body};
}
