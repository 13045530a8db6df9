// The haul's state, shared by the dialog and the sidebar's quick add: preview, per-card choices, insert (no DOM).
import type {
  InsertRequest,
  InsertResult,
  PreviewItem,
  PreviewResult,
} from '../../server/main';
import type {ServerClient} from './server';
import {describeError} from './server';
import {suggestionLabel} from './format';

/** The section picker's value for "new section": the card then shows a name field. */
export const NEW_SECTION = '\u0000new';

/** Where a card stands; `fetching` cards are placeholders until the preview answers. */
export type CardPhase =
  'fetching' | 'preview' | 'inserting' | 'inserted' | 'failed';

export interface Card {
  key: string;
  item: PreviewItem;
  phase: CardPhase;
  /** The picker's value: a section name, or NEW_SECTION. */
  section: string;
  newSection: string;
  gist: string;
  expanded: boolean;
  result?: InsertResult;
  /** The title typed for a link that is not a paper id (a blog post, a repository): it is filed with it. */
  title?: string;
}

/** One option of a card's section picker. */
export interface SectionOption {
  value: string;
  label: string;
  group: 'suggested' | 'sections' | 'other';
}

export interface HaulState {
  cards: Card[];
  sections: string[];
  /** What the whole haul is doing, for the progress line; empty when idle. */
  busy: '' | 'previewing' | 'inserting';
  done: number;
  total: number;
  /** A message about the whole request (oversized paste, arXiv unreachable, a failed call). */
  message: string;
  /** The text of the last preview, so Ctrl+Enter knows whether to preview or insert. */
  previewedText: string;
}

/** Papers per insertPapers call: small enough that progress moves, big enough to be quick. */
export const INSERT_CHUNK = 20;

// A rough client-side look for ids, only to show "fetching" placeholders; the server decides.
const ID_HINT =
  /(?:\b\d{4}\.\d{4,5}|\b[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?/g;

/** Ids-looking fragments of a paste, deduplicated, for placeholder cards. */
export function placeholderIds(text: string): string[] {
  const seen = new Set<string>();
  for (const match of text.match(ID_HINT) ?? []) {
    seen.add(match.replace(/v\d+$/, ''));
  }
  return [...seen];
}

/** True when the card can be inserted: previewed and ready, or a failed insert to retry. */
export function canInsert(card: Card): boolean {
  const titledLink = !!card.item.otherLink && !!card.title?.trim();
  return (
    (card.item.status === 'ready' || titledLink) &&
    (card.phase === 'preview' || card.phase === 'failed')
  );
}

/** The id a card is inserted by: its paper's, or `url:` and the link for a link the user titles. */
export function insertId(card: Card): string {
  return card.item.id ?? `url:${card.item.input}`;
}

/**
 * Whether Ctrl/Cmd+Enter should fetch `text` rather than insert: the text is
 * new, or nothing is ready because the last fetch failed (arXiv down, a failed
 * call), where inserting could only answer "nothing to insert".
 */
export function shouldFetch(state: HaulState, text: string): boolean {
  if (!text.trim()) return false;
  if (text !== state.previewedText) return true;
  const fetchFailed =
    !state.cards.length ||
    state.cards.some(c => c.phase === 'preview' && c.item.status === 'error');
  return fetchFailed && !state.cards.some(canInsert);
}

/** The section name a card will be filed under, '' when a new section is still unnamed. */
export function chosenSection(card: Card): string {
  return card.section === NEW_SECTION ? card.newSection.trim() : card.section;
}

/**
 * The picker's options: the top 3 suggestions, every other section of the
 * document, then "new section" and the Inbox.
 */
export function sectionOptions(
  item: PreviewItem,
  sections: readonly string[],
  inboxName: string,
): SectionOption[] {
  const options: SectionOption[] = [];
  const taken = new Set<string>();
  for (const s of (item.suggestions ?? []).slice(0, 3)) {
    if (taken.has(s.section)) continue;
    taken.add(s.section);
    options.push({
      value: s.section,
      label: suggestionLabel(s),
      group: 'suggested',
    });
  }
  for (const section of sections) {
    if (taken.has(section) || section === inboxName) continue;
    taken.add(section);
    options.push({value: section, label: section, group: 'sections'});
  }
  options.push({value: NEW_SECTION, label: 'New section…', group: 'other'});
  if (!taken.has(inboxName)) {
    options.push({value: inboxName, label: inboxName, group: 'other'});
  }
  return options;
}

/** How many cards hold a gist that is not in the document yet: closing would lose them. */
export function unsavedGists(state: HaulState): number {
  return state.cards.filter(c => c.gist.trim() !== '' && c.phase !== 'inserted')
    .length;
}

/** What the user typed or chose on a card, carried to the card of the same id when the paste is fetched again. */
type TypedWork = Pick<Card, 'gist' | 'section' | 'newSection' | 'expanded'>;

function typedWork(cards: readonly Card[]): Map<string, TypedWork> {
  const work = new Map<string, TypedWork>();
  for (const c of cards) {
    if (c.phase === 'fetching' || c.phase === 'inserted') continue;
    if (c.item.status !== 'ready') continue;
    const {gist, section, newSection, expanded} = c;
    work.set(c.key, {gist, section, newSection, expanded});
  }
  return work;
}

/** The picker's starting value: the top suggestion, else the Inbox. */
export function defaultSection(item: PreviewItem, inboxName: string): string {
  return item.suggestions?.[0]?.section ?? inboxName;
}

/**
 * One haul: owns the cards and talks to the server. Every change calls
 * `onChange` with the new state; the page re-renders from it.
 */
export class Haul {
  private state: HaulState = {
    cards: [],
    sections: [],
    busy: '',
    done: 0,
    total: 0,
    message: '',
    previewedText: '',
  };
  private previewRun = 0;
  inboxName = 'Inbox';
  /** The entry format's author count until the settings arrive (the default setting). */
  maxAuthors = 3;

  constructor(
    private readonly client: ServerClient,
    private readonly onChange: (state: HaulState) => void,
  ) {}

  get current(): HaulState {
    return this.state;
  }

  private set(patch: Partial<HaulState>): void {
    this.state = {...this.state, ...patch};
    this.onChange(this.state);
  }

  /** Changes one card (a picker, a gist, the abstract toggle). */
  update(key: string, patch: Partial<Card>): void {
    this.set({
      cards: this.state.cards.map(c => (c.key === key ? {...c, ...patch} : c)),
    });
  }

  /** Clears the cards (a new paste replaces the old haul). */
  clear(): void {
    this.previewRun++;
    this.set({cards: [], busy: '', message: '', previewedText: '', total: 0});
  }

  /**
   * Fetches a saved draft's paste again and puts its gists and sections back
   * on their cards; papers the draft had inserted are left out.
   */
  restore(draft: {
    text: string;
    cards: readonly Pick<Card, 'key' | 'gist' | 'section' | 'newSection'>[];
    inserted: readonly string[];
  }): Promise<void> {
    const work = new Map<string, TypedWork>();
    for (const c of draft.cards) {
      const {gist, section, newSection} = c;
      work.set(c.key, {gist, section, newSection, expanded: false});
    }
    return this.preview(draft.text, work, new Set(draft.inserted));
  }

  /** Asks the server about every id in `text`; cards show "fetching" meanwhile. */
  async preview(
    text: string,
    carried?: Map<string, TypedWork>,
    leaveOut?: ReadonlySet<string>,
  ): Promise<void> {
    const run = ++this.previewRun;
    const hints = placeholderIds(text).filter(id => !leaveOut?.has(id));
    // Gists and section choices survive a new fetch, by id: a paste that grew must not wipe them.
    const typed = carried ?? typedWork(this.state.cards);
    this.set({
      busy: 'previewing',
      message: '',
      previewedText: text,
      done: 0,
      total: hints.length,
      cards: hints.map(id => ({
        key: `fetching:${id}`,
        item: {input: id, id, status: 'ready'},
        phase: 'fetching',
        section: '',
        newSection: '',
        gist: '',
        expanded: false,
      })),
    });
    let result: PreviewResult;
    try {
      result = await this.client.call('previewPapers', text);
    } catch (error) {
      if (run !== this.previewRun) return;
      this.set({busy: '', cards: [], message: describeError(error)});
      return;
    }
    if (run !== this.previewRun) return;
    const keys = new Set<string>();
    const items = result.items.filter(
      item => !leaveOut?.has(item.id ?? `input:${item.input}`),
    );
    const cards = items.map((item, index) => {
      let key = item.id ?? `input:${item.input}`;
      if (keys.has(key)) key = `${key}#${index}`;
      keys.add(key);
      const card: Card = {
        key,
        item,
        phase: 'preview' as const,
        section: defaultSection(item, this.inboxName),
        newSection: '',
        gist: '',
        expanded: false,
      };
      const kept = item.status === 'ready' ? typed.get(key) : undefined;
      return kept ? {...card, ...kept} : card;
    });
    let message = result.message ?? '';
    if (!cards.length && !message) {
      message =
        'No arXiv links or ids found. Paste links like https://arxiv.org/abs/2111.11432 or ids like arXiv:2111.11432.';
    }
    this.set({
      busy: '',
      cards,
      sections: result.sections,
      message,
      total: cards.length,
    });
  }

  /**
   * Inserts the given cards (default: every card that can be inserted) in
   * chunks, so progress moves and one failed chunk leaves the others done.
   * @returns how many entries were inserted
   */
  async insert(keys?: readonly string[]): Promise<number> {
    if (this.state.busy) return 0;
    const wanted = this.state.cards.filter(
      c => canInsert(c) && (!keys || keys.includes(c.key)),
    );
    const unnamed = wanted.filter(c => !chosenSection(c));
    if (unnamed.length) {
      this.set({
        message: `Name the new section for “${unnamed[0].item.paper?.title ?? unnamed[0].key}” first.`,
      });
      return 0;
    }
    if (!wanted.length) {
      this.set({message: 'Nothing to insert: no card is ready.'});
      return 0;
    }
    const wantedKeys = new Set(wanted.map(c => c.key));
    this.set({
      busy: 'inserting',
      message: '',
      done: 0,
      total: wanted.length,
      cards: this.state.cards.map(c =>
        wantedKeys.has(c.key) ? {...c, phase: 'inserting'} : c,
      ),
    });
    let inserted = 0;
    // One token for every chunk, so "Undo" removes the whole haul, not its last chunk.
    const haul = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
    for (let i = 0; i < wanted.length; i += INSERT_CHUNK) {
      const chunk = wanted.slice(i, i + INSERT_CHUNK);
      const requests: InsertRequest[] = chunk.map(c => {
        const request: InsertRequest = {
          id: insertId(c),
          section: chosenSection(c),
        };
        if (c.item.otherLink) request.title = c.title?.trim();
        const note = c.gist.trim();
        if (note) request.note = note;
        return request;
      });
      let results: InsertResult[];
      try {
        results = await this.client.call('insertPapers', requests, {haul});
      } catch (error) {
        const message = describeError(error);
        results = requests.map(r => ({id: r.id, status: 'error', message}));
      }
      const byId = new Map(results.map(r => [r.id, r]));
      const chunkKeys = new Set(chunk.map(c => c.key));
      this.set({
        done: Math.min(wanted.length, i + chunk.length),
        cards: this.state.cards.map(c => {
          if (!chunkKeys.has(c.key)) return c;
          const result: InsertResult = byId.get(insertId(c)) ?? {
            id: insertId(c),
            status: 'error',
            message: 'The server did not answer for this paper.',
          };
          if (result.status === 'inserted') inserted++;
          return {
            ...c,
            result,
            phase: result.status === 'error' ? 'failed' : 'inserted',
          };
        }),
      });
    }
    this.set({busy: ''});
    this.selectFirstInserted(wanted);
    return inserted;
  }

  /** Selects the first entry this insert wrote, so the user sees where it went; a failure only leaves the selection. */
  private selectFirstInserted(cards: readonly Card[]): void {
    const byKey = new Map(this.state.cards.map(c => [c.key, c]));
    const first = cards
      .map(c => byKey.get(c.key))
      .find(c => c?.result?.status === 'inserted');
    if (!first?.item.id) return;
    this.client.call('revealEntry', first.item.id).catch(() => undefined);
  }
}
