// The documents and hauls the fault sweeps cut: a small reading list and three papers the arXiv replay answers.
import type {Block} from '../../src/core/doc-model';

/** A reading list with a titled entry and its note, an NLP section and the Inbox. */
export const INSERT_DOC: Block[] = [
  {type: 'paragraph', text: 'Papers', heading: 'TITLE'},
  {type: 'paragraph', text: 'NLP', heading: 'HEADING2'},
  {
    type: 'listItem',
    text: 'Attention Is All You Need · arXiv:1706.03762',
    links: [{start: 0, end: 25, url: 'https://arxiv.org/abs/1706.03762'}],
  },
  {type: 'listItem', text: 'my note', nesting: 1, glyph: 'HOLLOW_BULLET'},
  {type: 'paragraph', text: 'Inbox', heading: 'HEADING2'},
  {type: 'paragraph', text: 'Unsorted, for now.'},
];

/** One paper into an existing section, one into a new section, one into the Inbox. */
export const INSERT_REQUESTS = [
  {id: '1707.08567', section: 'NLP', note: 'workshop'},
  {id: '1605.08386', section: 'Combinatorics', note: 'walks'},
  {id: '2104.12255', section: '', note: 'funny'},
];
