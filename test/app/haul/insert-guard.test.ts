// The guard before an insert's write: the port's proof that the live document is the read planned on, else the two neighbours read again.
import type {Block} from '../../../src/core/doc-model';
import {neighboursUnchanged} from '../../../src/app/haul/insert-guard';
import {MemoryDocument} from '../../support/memory-document';

const BODY: Block[] = [
  {type: 'paragraph', text: 'NLP', heading: 'HEADING2'},
  {type: 'listItem', text: 'A paper'},
  {type: 'paragraph', text: 'its gist'},
  {type: 'listItem', text: 'Another paper'},
];

/** A MemoryDocument whose liveIsRead answers `live`, counting the questions. */
function withProof(live: boolean) {
  const document = new MemoryDocument(BODY);
  let asked = 0;
  const port = Object.assign(document, {
    liveIsRead: () => {
      asked++;
      return live;
    },
  });
  return {document: port, asked: () => asked};
}

describe('neighboursUnchanged', () => {
  it("takes the port's proof that the live document is the read, reading no child", () => {
    const {document, asked} = withProof(true);
    const blocks = document.read();
    expect(neighboursUnchanged(document, blocks, 3)).toBe(true);
    expect(asked()).toBe(1);
    expect(document.calls.readAt).toBeUndefined();
  });

  it('without the proof, reads the two neighbours and compares them', () => {
    const {document} = withProof(false);
    const blocks = document.read();
    expect(neighboursUnchanged(document, blocks, 3)).toBe(true);
    expect(document.calls.readAt).toBe(1);
    // A collaborator's line before the place: the neighbours moved.
    document.blocks.unshift({type: 'paragraph', text: 'To read first'});
    expect(neighboursUnchanged(document, blocks, 3)).toBe(false);
  });

  it('without liveIsRead (a port that cannot tell), reads the neighbours as before', () => {
    const document = new MemoryDocument(BODY);
    const blocks = document.read();
    document.blocks[2] = {type: 'paragraph', text: 'edited gist'};
    expect(neighboursUnchanged(document, blocks, 3)).toBe(false);
    expect(document.calls.readAt).toBe(1);
  });
});
