// markDuplicates: ready preview items already in the document become duplicates that say where.
import {markDuplicates} from '../../../src/app/haul/duplicates';
import type {Block} from '../../../src/core/doc-model';
import {buildOutline} from '../../../src/core/outline';
import type {PreviewItem} from '../../../src/core/types';
import {summarize} from '../../support/memory-document';

const doc: Block[] = [
  {
    type: 'paragraph',
    text: 'See 1701.00007',
    links: [
      {start: 4, end: 14, url: 'https://www.alphaxiv.org/abs/1701.00007'},
    ],
  },
  {type: 'paragraph', text: 'NLP', heading: 'HEADING2'},
  {
    type: 'listItem',
    text: 'Old paper',
    links: [{start: 0, end: 9, url: 'https://arxiv.org/pdf/2001.00001v3.pdf'}],
  },
];

describe('markDuplicates', () => {
  it('marks items found in a section or outside sections, even when arXiv failed, and leaves the rest alone', () => {
    const items: PreviewItem[] = [
      {input: '2001.00001v1', id: '2001.00001', status: 'ready'},
      {input: 'arXiv:1701.00007', id: '1701.00007', status: 'ready'},
      {input: '2105.00005', id: '2105.00005', status: 'ready'},
      {
        input: '2001.00001',
        id: '2001.00001',
        status: 'error',
        message: 'arXiv failed',
      },
      {input: 'bogus', status: 'invalid'},
    ];
    markDuplicates(items, buildOutline(summarize(doc)));
    expect(items).toEqual([
      {
        input: '2001.00001v1',
        id: '2001.00001',
        status: 'duplicate',
        existingSection: 'NLP',
        existingTitle: 'Old paper',
        message: 'Already in the document under “NLP”.',
      },
      {
        input: 'arXiv:1701.00007',
        id: '1701.00007',
        status: 'duplicate',
        existingTitle: 'See',
        message: 'Already in the document, outside the sections.',
      },
      {input: '2105.00005', id: '2105.00005', status: 'ready'},
      {
        input: '2001.00001',
        id: '2001.00001',
        status: 'duplicate',
        existingSection: 'NLP',
        existingTitle: 'Old paper',
        message: 'Already in the document under “NLP”.',
      },
      {input: 'bogus', status: 'invalid'},
    ]);
  });
});

describe('markDuplicates with copies', () => {
  it('names every copy, in document order', () => {
    const copies: Block[] = [
      ...doc,
      {type: 'paragraph', text: 'Inbox', heading: 'HEADING2'},
      {
        type: 'listItem',
        text: 'Old paper again',
        links: [{start: 0, end: 9, url: 'https://arxiv.org/abs/2001.00001'}],
      },
    ];
    const items: PreviewItem[] = [
      {input: '2001.00001', id: '2001.00001', status: 'ready'},
    ];
    markDuplicates(items, buildOutline(summarize(copies)));
    expect(items[0]).toMatchObject({
      status: 'duplicate',
      existingSection: 'NLP',
      existingSections: ['NLP', 'Inbox'],
      message:
        'Already in the document 2 times: under “NLP” and under “Inbox”.',
    });
  });

  it('gives a duplicate the authors its written entry names, "et al." kept; a hand-written head gives none', () => {
    const written: Block[] = [
      {type: 'paragraph', text: 'ML Math', heading: 'HEADING2'},
      {
        type: 'listItem',
        text: 'Fourier Neural Operator - Zongyi Li, Nikola Kovachki, Kamyar Azizzadenesheli, et al. · Oct 2020 · cs.LG · arXiv:2010.08895',
        links: [{start: 0, end: 23, url: 'https://arxiv.org/abs/2010.08895'}],
      },
      {
        type: 'listItem',
        text: 'Old paper - read it twice',
        links: [{start: 0, end: 9, url: 'https://arxiv.org/abs/2001.00001'}],
      },
    ];
    const items: PreviewItem[] = [
      {input: '2010.08895', id: '2010.08895', status: 'ready'},
      {input: '2001.00001', id: '2001.00001', status: 'ready'},
    ];
    markDuplicates(items, buildOutline(summarize(written)));
    expect(items[0].existingAuthors).toBe(
      'Zongyi Li, Nikola Kovachki, Kamyar Azizzadenesheli, et al.',
    );
    expect(items[1].status).toBe('duplicate');
    expect(items[1].existingAuthors).toBeUndefined();
  });
});
