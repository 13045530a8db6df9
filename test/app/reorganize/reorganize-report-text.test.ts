// The plan's lines say from where to where: the section and the neighbour each move lands after, titles cut at a word.
import {changeLines} from '../../../src/app/reorganize/reorganize-report-text';

describe('changeLines', () => {
  it('says after which paper a filed entry lands, or that it goes to the top', () => {
    expect(
      changeLines([
        {
          kind: 'file',
          paper: {id: '1706.03762', title: 'Attention Is All You Need'},
          from: 'NLP',
          to: 'RL',
          after: {
            id: '1312.5602',
            title:
              'Playing Atari with Deep Reinforcement Learning and more words',
          },
        },
        {
          kind: 'file',
          paper: {id: '1810.04805', title: 'BERT'},
          from: 'Inbox',
          to: 'NLP',
          after: null,
        },
      ]),
    ).toEqual([
      'File “Attention Is All You Need” from “NLP” to “RL”, after “Playing Atari with Deep Reinforcement…”.',
      'File “BERT” from “Inbox” to “NLP”, at the top.',
    ]);
  });

  it('gives each sorted paper its place, parted by semicolons', () => {
    expect(
      changeLines([
        {
          kind: 'sort',
          section: 'RL',
          papers: [
            {id: 'a', title: 'A', after: null},
            {id: 'b', title: 'B', after: {id: 'c', title: 'C, D'}},
            {id: 'e', title: 'E', after: {id: 'a', title: 'A'}},
          ],
        },
      ]),
    ).toEqual([
      'Sort “RL”: move “A” to the top; “B” after “C, D”; and “E” after “A”.',
    ]);
  });

  it('names the papers alone when the plan does not say where they land', () => {
    expect(
      changeLines([
        {
          kind: 'sort',
          section: 'RL',
          papers: [
            {id: 'a', title: 'A'},
            {id: 'b', title: 'B'},
          ],
        },
      ]),
    ).toEqual(['Sort “RL”: move “A” and “B”.']);
  });
});
