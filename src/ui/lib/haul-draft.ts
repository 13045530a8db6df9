// The dialog's draft on the page side: what of a haul to keep, a debounced save, and the words of the offer to restore.
import type {HaulDraft, HaulDraftInput} from '../../server/main';
import type {HaulState} from './haul';
import type {ServerClient} from './server';

/** Quiet time after the last keystroke before the draft is sent: a few calls a minute while typing. */
export const DRAFT_SAVE_DELAY_MS = 700;

/**
 * What of the dialog to keep: the paste box, the choices on each card not
 * inserted yet, and the ids already inserted (a restore leaves them out).
 */
export function draftOf(state: HaulState, text: string): HaulDraftInput {
  const cards = state.cards
    .filter(c => c.phase !== 'fetching' && c.phase !== 'inserted')
    .filter(c => c.item.status === 'ready')
    .map(({key, gist, section, newSection}) => ({
      key,
      gist,
      section,
      newSection,
    }));
  const inserted = state.cards
    .filter(c => c.phase === 'inserted')
    .map(c => c.key);
  // Every card inserted and nothing new typed: the haul is done, nothing to offer back.
  const done =
    state.cards.length > 0 &&
    !cards.length &&
    inserted.length > 0 &&
    text === state.previewedText;
  return done ? {text: '', cards: [], inserted: []} : {text, cards, inserted};
}

/** The offer shown on reopening: "Restore your unsent haul from 10:42?" (the browser's own clock). */
export function restoreQuestion(draft: HaulDraft, now = Date.now()): string {
  const at = new Date(draft.savedAt);
  const two = (n: number) => String(n).padStart(2, '0');
  const time = `${two(at.getHours())}:${two(at.getMinutes())}`;
  const sameDay = new Date(now).toDateString() === at.toDateString();
  const when = sameDay
    ? time
    : `${at.toLocaleDateString(undefined, {month: 'short', day: 'numeric'})} ${time}`;
  const gists = draft.cards.filter(c => c.gist.trim()).length;
  const what = gists ? ` (${gists === 1 ? '1 gist' : `${gists} gists`})` : '';
  return `Restore your unsent haul from ${when}${what}?`;
}

/** Where the draft stands, for the footer: "Saving draft…", "Draft saved", or nothing to say. */
export type DraftStatus = '' | 'saving' | 'saved';

/**
 * Sends the draft after DRAFT_SAVE_DELAY_MS of quiet, never two at once,
 * and only when it changed. `onStatus` hears each change of status.
 */
export class DraftSaver {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private pendingDraft: HaulDraftInput | null = null;
  private lastSent = '';
  private sending = false;
  private status: DraftStatus = '';
  /** False until the page decided about an earlier draft: saving sooner would overwrite it unseen. */
  enabled = true;

  constructor(
    private readonly client: ServerClient,
    private readonly onStatus: (status: DraftStatus) => void = () => undefined,
    private readonly delayMs = DRAFT_SAVE_DELAY_MS,
  ) {}

  /** Queues `draft`; the newest one queued is the one sent. */
  schedule(draft: HaulDraftInput): void {
    if (!this.enabled) return;
    this.pendingDraft = draft;
    this.setStatus('saving');
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.delayMs);
  }

  /** Sends the queued draft now (the page is being hidden). */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const draft = this.pendingDraft;
    if (!draft || this.sending) return;
    const json = JSON.stringify(draft);
    this.pendingDraft = null;
    if (json === this.lastSent) {
      this.setStatus(this.lastSent ? 'saved' : '');
      return;
    }
    this.sending = true;
    this.client.call('saveHaulDraft', draft).then(
      () => {
        this.lastSent = json;
        this.sending = false;
        const empty = !draft.text.trim() && !draft.cards.length;
        if (this.pendingDraft) this.flush();
        else this.setStatus(empty ? '' : 'saved');
      },
      () => {
        // A draft that could not be kept is not worth an alert: the next change tries again.
        this.sending = false;
        if (this.pendingDraft) this.flush();
        else this.setStatus('');
      },
    );
  }

  private setStatus(status: DraftStatus): void {
    if (status === this.status) return;
    this.status = status;
    this.onStatus(status);
  }

  /** Forgets the stored draft (Discard, Close anyway) and anything queued. */
  discard(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pendingDraft = null;
    this.lastSent = '';
    this.setStatus('');
    return this.client.call('saveHaulDraft', null).then(() => undefined);
  }
}
