// New sections go before an Inbox that ends the sections, never after it; elsewhere after the last section.
import type {Block} from '../../src/core/doc-model';
import {newSectionPlace} from '../../src/core/new-section-place';
import {buildOutline} from '../../src/core/outline';
import {summarize} from '../support/memory-document';
import {heading, writtenHead} from '../support/reorganize-fixtures';

function outlineOf(blocks: Block[]) {
  return buildOutline(summarize(blocks), {inboxName: 'Inbox'});
}

const nlp = [heading('NLP'), writtenHead('1706.03762', 'Attention')];
const inbox = [heading('Inbox'), writtenHead('2001.00001', 'Unsorted')];
const trailer: Block = {type: 'paragraph', text: 'the end'};

describe('newSectionPlace', () => {
  it('puts a new section right before an Inbox that is the last section', () => {
    const outline = outlineOf([...nlp, ...inbox, trailer]);
    expect(newSectionPlace(outline, 'Vision')).toBe(nlp.length);
  });

  it('puts the Inbox itself, and sections of a doc whose Inbox is not last, after the last section', () => {
    const inboxFirst = outlineOf([...inbox, ...nlp, trailer]);
    expect(newSectionPlace(inboxFirst, 'Vision')).toBe(
      inboxFirst.newSectionIndex,
    );
    const noInbox = outlineOf([...nlp, trailer]);
    expect(newSectionPlace(noInbox, 'inbox')).toBe(noInbox.newSectionIndex);
    expect(newSectionPlace(noInbox, 'Vision')).toBe(noInbox.newSectionIndex);
  });
});
