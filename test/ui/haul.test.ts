// The haul's state: placeholders, cards from a preview, section choices, chunked inserts and their outcomes.
import type {
  InsertRequest,
  InsertResult,
  Paper,
  PreviewItem,
  PreviewResult,
} from '../../src/server/main';
import {
  Haul,
  HaulState,
  INSERT_CHUNK,
  NEW_SECTION,
  placeholderIds,
  sectionOptions,
  shouldFetch,
  unsavedGists,
} from '../../src/ui/lib/haul';
import type {ServerClient} from '../../src/ui/lib/server';
import {ServerError} from '../../src/ui/lib/server';

function paper(id: string, title = `Paper ${id}`): Paper {
  return {
    id,
    version: '1',
    title,
    authors: ['Ada Lovelace'],
    published: '2021-11-22T00:00:00Z',
    updated: '2021-11-22T00:00:00Z',
    summary: 'An abstract.',
    primaryCategory: 'cs.CV',
    categories: ['cs.CV'],
    absUrl: `https://arxiv.org/abs/${id}`,
    pdfUrl: `https://arxiv.org/pdf/${id}`,
  };
}

function ready(id: string, section = 'Vision'): PreviewItem {
  return {
    input: id,
    id,
    status: 'ready',
    paper: paper(id),
    suggestions: [
      {section, confidence: 0.9, reasons: ['category cs.CV']},
      {section: 'ML Math', confidence: 0.3, reasons: ['keyword']},
    ],
  };
}

/** A fake client whose previewPapers and insertPapers answer from the test. */
function fakeClient(
  preview: (text: string) => PreviewResult,
  insert: (requests: InsertRequest[]) => InsertResult[] | Error = requests =>
    requests.map(r => ({id: r.id, status: 'inserted', section: r.section})),
) {
  const insertCalls: InsertRequest[][] = [];
  const reveals: string[] = [];
  const client: ServerClient = {
    async call(name: string, ...args: unknown[]) {
      if (name === 'previewPapers') return preview(args[0] as string);
      if (name === 'revealEntry') {
        reveals.push(args[0] as string);
        return null;
      }
      if (name === 'insertPapers') {
        const requests = args[0] as InsertRequest[];
        insertCalls.push(requests);
        const out = insert(requests);
        if (out instanceof Error) throw new ServerError(out.message, out);
        return out;
      }
      throw new Error(`unexpected ${name}`);
    },
    pending: () => 0,
  } as ServerClient;
  return {client, insertCalls, reveals};
}

describe('placeholderIds', () => {
  test('finds id-looking fragments once each, without versions', () => {
    expect(
      placeholderIds(
        'see https://arxiv.org/abs/2111.11432v2 and arXiv:2111.11432, hep-th/9901001 and 1706.03762',
      ),
    ).toEqual(['2111.11432', 'hep-th/9901001', '1706.03762']);
    expect(placeholderIds('no papers here')).toEqual([]);
  });
});

describe('sectionOptions', () => {
  test('top 3 suggestions first, then the other sections, new section and the Inbox', () => {
    const item: PreviewItem = {
      ...ready('2111.11432'),
      suggestions: [
        {section: 'Vision', confidence: 0.8, reasons: []},
        {section: 'Robotics', confidence: 0.5, reasons: [], isNew: true},
        {section: 'NLP', confidence: 0.2, reasons: []},
        {section: 'RL', confidence: 0.1, reasons: []},
      ],
    };
    const options = sectionOptions(
      item,
      ['NLP', 'Vision', 'RL', 'Inbox'],
      'Inbox',
    );
    expect(options.map(o => [o.group, o.value, o.label])).toEqual([
      ['suggested', 'Vision', 'Vision (80%)'],
      ['suggested', 'Robotics', 'New section: Robotics (50%)'],
      ['suggested', 'NLP', 'NLP (20%)'],
      ['sections', 'RL', 'RL'],
      ['other', NEW_SECTION, 'New section…'],
      ['other', 'Inbox', 'Inbox'],
    ]);
  });
});

describe('Haul', () => {
  test('shows fetching placeholders, then one card per item with the top suggestion chosen', async () => {
    const states: HaulState[] = [];
    const {client} = fakeClient(() => ({
      items: [
        ready('2111.11432'),
        {input: '9999.99999', id: '9999.99999', status: 'not_found'},
        {input: '2111.1143x', status: 'invalid', message: 'Bad id.'},
        {...ready('1706.03762'), status: 'duplicate', existingSection: 'NLP'},
      ],
      sections: ['Vision', 'NLP'],
    }));
    const haul = new Haul(client, s => states.push(s));
    await haul.preview('2111.11432 9999.99999 2111.1143x 1706.03762');
    expect(states[0].busy).toBe('previewing');
    expect(states[0].cards.every(c => c.phase === 'fetching')).toBe(true);
    const end = haul.current;
    expect(end.busy).toBe('');
    expect(end.cards.map(c => [c.item.status, c.section])).toEqual([
      ['ready', 'Vision'],
      ['not_found', 'Inbox'],
      ['invalid', 'Inbox'],
      ['duplicate', 'Vision'],
    ]);
  });

  test('insert sends only ready cards with their section and trimmed gist, and says where each went', async () => {
    const {client, insertCalls} = fakeClient(
      () => ({
        items: [
          ready('2111.11432'),
          ready('1706.03762', 'NLP'),
          {input: 'x', status: 'invalid'},
        ],
        sections: ['Vision', 'NLP'],
      }),
      requests =>
        requests.map(r =>
          r.id === '1706.03762'
            ? {id: r.id, status: 'duplicate', section: 'NLP'}
            : {id: r.id, status: 'inserted', section: r.section},
        ),
    );
    const haul = new Haul(client, () => {});
    await haul.preview('2111.11432 1706.03762 x');
    haul.update('2111.11432', {gist: '  big vision model  '});
    haul.update('2111.11432', {
      section: NEW_SECTION,
      newSection: ' Foundations ',
    });
    expect(await haul.insert()).toBe(1);
    expect(insertCalls).toEqual([
      [
        {id: '2111.11432', section: 'Foundations', note: 'big vision model'},
        {id: '1706.03762', section: 'NLP'},
      ],
    ]);
    const cards = haul.current.cards;
    expect(cards[0].phase).toBe('inserted');
    expect(cards[0].result).toEqual({
      id: '2111.11432',
      status: 'inserted',
      section: 'Foundations',
    });
    expect(cards[1].result?.status).toBe('duplicate');
    expect(cards[2].phase).toBe('preview');
    expect(await haul.insert()).toBe(0);
    expect(haul.current.message).toMatch(/Nothing to insert/);
  });

  test('a link that is not a paper id is inserted once its title is typed, with the title', async () => {
    const link = 'https://github.com/stanford-futuredata/ColBERT';
    const {client, insertCalls} = fakeClient(() => ({
      items: [
        {
          input: link,
          status: 'invalid',
          message: 'This github.com link is not an arXiv paper.',
          otherLink: {host: 'github.com'},
        },
      ],
      sections: ['NLP'],
    }));
    const haul = new Haul(client, () => {});
    await haul.preview(link);
    const key = haul.current.cards[0].key;
    expect(await haul.insert()).toBe(0);
    haul.update(key, {title: '  ColBERT  ', gist: 'late interaction'});
    expect(await haul.insert()).toBe(1);
    expect(insertCalls).toEqual([
      [
        {
          id: `url:${link}`,
          section: 'Inbox',
          note: 'late interaction',
          title: 'ColBERT',
        },
      ],
    ]);
    expect(haul.current.cards[0].phase).toBe('inserted');
  });

  test('a new section without a name stops the insert with a message', async () => {
    const {client, insertCalls} = fakeClient(() => ({
      items: [ready('2111.11432')],
      sections: [],
    }));
    const haul = new Haul(client, () => {});
    await haul.preview('2111.11432');
    haul.update('2111.11432', {section: NEW_SECTION});
    expect(await haul.insert()).toBe(0);
    expect(insertCalls).toHaveLength(0);
    expect(haul.current.message).toMatch(/Name the new section/);
  });

  test('100 papers go in chunks; a failed chunk marks only its cards failed, with the reason', async () => {
    const ids = Array.from(
      {length: 100},
      (_, i) => `2101.${String(10000 + i)}`,
    );
    let call = 0;
    const {client, insertCalls} = fakeClient(
      () => ({items: ids.map(id => ready(id)), sections: ['Vision']}),
      requests =>
        ++call === 2
          ? new Error('The document is busy; try again in a moment.')
          : requests.map(r => ({
              id: r.id,
              status: 'inserted',
              section: r.section,
            })),
    );
    const progress: number[] = [];
    const haul = new Haul(client, s => {
      if (s.busy === 'inserting') progress.push(s.done);
    });
    await haul.preview(ids.join('\n'));
    expect(haul.current.cards).toHaveLength(100);
    expect(await haul.insert()).toBe(100 - INSERT_CHUNK);
    expect(insertCalls).toHaveLength(Math.ceil(100 / INSERT_CHUNK));
    expect(progress).toEqual([0, 20, 40, 60, 80, 100]);
    const failed = haul.current.cards.filter(c => c.phase === 'failed');
    expect(failed.map(c => c.item.id)).toEqual(ids.slice(20, 40));
    expect(failed[0].result?.message).toBe(
      'The document is busy; try again in a moment.',
    );
    // A failed card can be retried on its own.
    expect(await haul.insert([failed[0].key])).toBe(1);
  });

  test('a preview that fails shows the reason and no cards; a stale preview is ignored', async () => {
    let answer: (r: PreviewResult) => void = () => {};
    const client = {
      call: (name: string, text: string) =>
        text === 'slow 2111.11432'
          ? new Promise<PreviewResult>(r => (answer = r))
          : Promise.reject(
              new ServerError('arXiv could not be reached.', null),
            ),
      pending: () => 0,
    } as unknown as ServerClient;
    const haul = new Haul(client, () => {});
    const slow = haul.preview('slow 2111.11432');
    await haul.preview('fails');
    expect(haul.current.message).toBe('arXiv could not be reached.');
    answer({items: [ready('2111.11432')], sections: []});
    await slow;
    expect(haul.current.cards).toHaveLength(0);
    expect(haul.current.previewedText).toBe('fails');
  });

  test('text without ids gets a hint instead of an empty list', async () => {
    const {client} = fakeClient(() => ({items: [], sections: []}));
    const haul = new Haul(client, () => {});
    await haul.preview('hello');
    expect(haul.current.message).toMatch(/No arXiv links or ids found/);
  });
});

describe('shouldFetch (what Ctrl+Enter does)', () => {
  const text = 'arXiv:2111.11432';
  async function previewed(answer: () => PreviewResult | Error): Promise<Haul> {
    const {client} = fakeClient(() => {
      const out = answer();
      if (out instanceof Error) throw new ServerError(out.message, out);
      return out;
    });
    const haul = new Haul(client, () => undefined);
    await haul.preview(text);
    return haul;
  }

  test('fetches new text and inserts once the same text has ready cards', async () => {
    const haul = await previewed(() => ({
      items: [ready('2111.11432')],
      sections: [],
    }));
    expect(shouldFetch(haul.current, `${text} 1706.03762`)).toBe(true);
    expect(shouldFetch(haul.current, text)).toBe(false);
    expect(shouldFetch(haul.current, '  ')).toBe(false);
  });

  test('fetches again when arXiv failed for every paper, instead of "nothing to insert"', async () => {
    const haul = await previewed(() => ({
      items: [
        {
          input: '2111.11432',
          id: '2111.11432',
          status: 'error',
          message: 'HTTP 503',
        },
        {...ready('1706.03762'), status: 'duplicate', existingSection: 'NLP'},
      ],
      sections: [],
    }));
    expect(shouldFetch(haul.current, text)).toBe(true);
  });

  test('fetches again after the whole preview call failed', async () => {
    const haul = await previewed(() => new Error('Could not reach Google.'));
    expect(haul.current.cards).toEqual([]);
    expect(shouldFetch(haul.current, text)).toBe(true);
  });

  test('inserts when some cards are ready even though others failed', async () => {
    const haul = await previewed(() => ({
      items: [
        ready('1706.03762'),
        {
          input: '2111.11432',
          id: '2111.11432',
          status: 'error',
          message: 'HTTP 503',
        },
      ],
      sections: [],
    }));
    expect(shouldFetch(haul.current, text)).toBe(false);
  });
});

describe('typed work', () => {
  const byText = (text: string): PreviewResult => ({
    items: text.split(' ').map(id => ready(id)),
    sections: ['Vision', 'ML Math'],
  });

  test('gists and section choices survive a re-fetch of a grown paste, by id', async () => {
    const {client} = fakeClient(byText);
    const haul = new Haul(client, () => undefined);
    await haul.preview('2111.00001 2111.00002');
    haul.update('2111.00001', {gist: 'my gist', section: 'ML Math'});
    haul.update('2111.00002', {section: NEW_SECTION, newSection: 'Robots'});
    await haul.preview('2111.00003 2111.00001 2111.00002');
    const cards = new Map(haul.current.cards.map(c => [c.key, c]));
    expect(cards.get('2111.00001')).toMatchObject({
      gist: 'my gist',
      section: 'ML Math',
    });
    expect(cards.get('2111.00002')).toMatchObject({
      section: NEW_SECTION,
      newSection: 'Robots',
    });
    expect(cards.get('2111.00003')).toMatchObject({
      gist: '',
      section: 'Vision',
    });
  });

  test('counts unsaved gists until their papers are inserted', async () => {
    const {client} = fakeClient(byText);
    const haul = new Haul(client, () => undefined);
    await haul.preview('2111.00001 2111.00002');
    expect(unsavedGists(haul.current)).toBe(0);
    haul.update('2111.00001', {gist: 'one'});
    haul.update('2111.00002', {gist: '   '});
    expect(unsavedGists(haul.current)).toBe(1);
    await haul.insert(['2111.00001']);
    expect(unsavedGists(haul.current)).toBe(0);
  });

  test('selects the first inserted entry in the document after an insert', async () => {
    const {client, reveals} = fakeClient(byText, requests =>
      requests.map(r =>
        r.id === '2111.00001'
          ? {id: r.id, status: 'duplicate', section: 'Vision'}
          : {id: r.id, status: 'inserted', section: r.section},
      ),
    );
    const haul = new Haul(client, () => undefined);
    await haul.preview('2111.00001 2111.00002 2111.00003');
    await haul.insert();
    expect(reveals).toEqual(['2111.00002']);
  });
});
