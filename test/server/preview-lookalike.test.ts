// previewPapers through the built bundle: every id-like token that is not a valid id gets its own card saying why; ordinary numbers get none.
import type {PreviewResult} from '../../src/core/types';
import {arxivReplay} from '../support/arxiv-replay';
import {loadDist} from '../support/dist-bundle';

function setup() {
  const replay = arxivReplay();
  const {env, fns} = loadDist({fetch: r => replay.handle(r)});
  const preview = (text: string) =>
    env.scriptRun(fns, 'previewPapers', text) as PreviewResult;
  return {replay, env, preview};
}

describe('previewPapers on id look-alikes (bundle)', () => {
  it('gives each look-alike a card with what is wrong and what an id looks like', () => {
    const {replay, env, preview} = setup();
    const good = replay.ids[0];
    const result = preview(
      [
        `Read ${good} first (see section 4.2, eq. 3.14).`,
        'Then 1801.0x123 and 2401.1234, released 2023.05 with v1.2.3.',
        'Also arXiv:2413.00001, hep-th/99 and https://arxiv.org/abs/2401.0123x.',
      ].join('\n'),
    );
    expect(result.items.map(i => [i.input, i.status])).toEqual([
      [good, 'ready'],
      ['1801.0x123', 'invalid'],
      ['2401.1234', 'invalid'],
      ['arXiv:2413.00001', 'invalid'],
      ['hep-th/99', 'invalid'],
      ['https://arxiv.org/abs/2401.0123x', 'invalid'],
    ]);
    expect(result.items.slice(1).map(i => i.message)).toEqual([
      '“1801.0x123” is not an arXiv id: new ids look like 2401.01234.',
      '“2401.1234” is not a valid arXiv id: ids from 1501 on have 5 digits after the dot. A valid id looks like 2401.01234.',
      '“2413.00001” is not a valid arXiv id: there is no month 13. A valid id looks like 2401.01234.',
      '“hep-th/99” is not a valid arXiv id: old-style ids have 7 digits after the slash. A valid id looks like hep-th/9901001.',
      '“2401.0123x” is not an arXiv id: new ids look like 2401.01234.',
    ]);
    // Look-alikes are never asked of arXiv: one request, for the valid id.
    expect(env.fetchLog).toHaveLength(1);
    expect(env.fetchLog[0].url).toContain(`id_list=${good}&`);
  });

  it('a paste of only a look-alike is a card, not "no ids found", and costs no request', () => {
    const {env, preview} = setup();
    const result = preview('1801.0x123');
    expect(result.message).toBeUndefined();
    expect(result.items).toEqual([
      {
        input: '1801.0x123',
        status: 'invalid',
        message:
          '“1801.0x123” is not an arXiv id: new ids look like 2401.01234.',
      },
    ]);
    expect(env.fetchLog).toHaveLength(0);
  });

  it('gives no card to numbers, dates, versions and section numbers', () => {
    const {env, preview} = setup();
    const result = preview('3.14, 2023.05, v1.2.3, section 4.2, 192.168.1.1');
    expect(result.items).toEqual([]);
    expect(result.message).toBe(
      'No arXiv links or ids found in the pasted text.',
    );
    expect(env.fetchLog).toHaveLength(0);
  });
});
