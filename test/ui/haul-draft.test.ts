// The page side of drafts: what is kept, the restore question, and a debounced save that sends only the newest draft.
import {
  DraftSaver,
  draftOf,
  restoreQuestion,
} from '../../src/ui/lib/haul-draft';
import type {Card, HaulState} from '../../src/ui/lib/haul';
import type {ServerClient} from '../../src/ui/lib/server';

function card(key: string, phase: Card['phase'], gist = ''): Card {
  return {
    key,
    item: {input: key, id: key, status: 'ready'},
    phase,
    section: 'Vision',
    newSection: '',
    gist,
    expanded: false,
  };
}

function state(cards: Card[], previewedText = 'text'): HaulState {
  return {
    cards,
    sections: [],
    busy: '',
    done: 0,
    total: 0,
    message: '',
    previewedText,
  };
}

describe('draftOf', () => {
  it('keeps the paste and the choices on cards not inserted, and lists the inserted', () => {
    const d = draftOf(
      state([card('a', 'preview', 'gist a'), card('b', 'inserted')]),
      'text',
    );
    expect(d.text).toBe('text');
    expect(d.cards.map(c => c.key)).toEqual(['a']);
    expect(d.inserted).toEqual(['b']);
  });

  it('a haul whose every paper was inserted leaves nothing to keep', () => {
    const d = draftOf(state([card('a', 'inserted')]), 'text');
    expect(d).toEqual({text: '', cards: [], inserted: []});
  });
});

describe('restoreQuestion', () => {
  it('names the time and the gists', () => {
    const savedAt = new Date(2026, 0, 5, 10, 42).getTime();
    const draft = {
      text: 'x',
      cards: [{key: 'a', gist: 'g', section: '', newSection: ''}],
      inserted: [],
      savedAt,
    };
    expect(restoreQuestion(draft, savedAt + 60_000)).toBe(
      'Restore your unsent haul from 10:42 (1 gist)?',
    );
  });
});

describe('DraftSaver', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('sends only the newest draft after a quiet spell, and not the same one twice', async () => {
    const sent: unknown[] = [];
    const client = {
      call: (_name: string, draft: unknown) => {
        sent.push(draft);
        return Promise.resolve(undefined);
      },
      pending: () => 0,
    } as unknown as ServerClient;
    const statuses: string[] = [];
    const saver = new DraftSaver(client, s => statuses.push(s), 500);
    saver.schedule({text: 'a', cards: [], inserted: []});
    saver.schedule({text: 'ab', cards: [], inserted: []});
    expect(sent).toHaveLength(0);
    jest.advanceTimersByTime(500);
    await Promise.resolve();
    await Promise.resolve();
    expect(sent).toEqual([{text: 'ab', cards: [], inserted: []}]);
    saver.schedule({text: 'ab', cards: [], inserted: []});
    jest.advanceTimersByTime(500);
    expect(sent).toHaveLength(1);
    expect(statuses).toEqual(['saving', 'saved', 'saving', 'saved']);
  });

  it('saves nothing until enabled', () => {
    const call = jest.fn(() => Promise.resolve(undefined));
    const saver = new DraftSaver(
      {call, pending: () => 0} as unknown as ServerClient,
      undefined,
      10,
    );
    saver.enabled = false;
    saver.schedule({text: 'a', cards: [], inserted: []});
    jest.advanceTimersByTime(100);
    expect(call).not.toHaveBeenCalled();
  });
});
