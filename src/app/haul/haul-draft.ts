// The Insert papers dialog's unsent haul (paste text, typed gists, picked sections), kept in user properties so any close keeps it.
import {STORED, PROPERTY_VALUE_MAX_BYTES} from '../../core/stored-state';
import {utf8Bytes} from '../../core/utf8-bytes';
import type {ClockPort, KeyValueStore} from '../shared/ports';

const KEY = STORED.haulDraft.key;

/** What the user typed or chose on one card that is not in the document yet. */
export interface DraftCard {
  /** The card's key: the arXiv id, or `input:<text>` for a card without one. */
  key: string;
  gist: string;
  section: string;
  newSection: string;
}

/** The dialog's unsent work, as the page sends it. */
export interface HaulDraftInput {
  text: string;
  cards: DraftCard[];
  /** Keys of cards already inserted: a restore leaves them out. */
  inserted: string[];
}

/** A stored draft, with when it was saved (ms since the epoch). */
export interface HaulDraft extends HaulDraftInput {
  savedAt: number;
}

interface StoredDraft extends HaulDraft {
  documentId: string;
}

/** Most characters of pasted text kept; a longer paste keeps its start, and the draft says so. */
export const DRAFT_TEXT_MAX = 6000;

function clean(input: HaulDraftInput): HaulDraftInput {
  const str = (v: unknown, max: number) =>
    typeof v === 'string' ? v.slice(0, max) : '';
  const cards = (Array.isArray(input?.cards) ? input.cards : [])
    .map(c => ({
      key: str(c?.key, 200),
      gist: str(c?.gist, 600),
      section: str(c?.section, 300),
      newSection: str(c?.newSection, 300),
    }))
    .filter(c => c.key);
  const inserted = (Array.isArray(input?.inserted) ? input.inserted : [])
    .map(k => str(k, 200))
    .filter(Boolean);
  return {text: str(input?.text, DRAFT_TEXT_MAX), cards, inserted};
}

/** Where a draft is kept: this user's properties, under this document's id (the server's services fit). */
export interface DraftPlace {
  readonly userProperties: KeyValueStore;
  readonly document: {id(): string};
  readonly clock: ClockPort;
}

/** True when a draft holds nothing worth offering back. */
export function isEmptyDraft(draft: HaulDraftInput): boolean {
  return !draft.text.trim() && !draft.cards.some(c => c.gist.trim());
}

/**
 * Saves the dialog's unsent haul for this user and document (one draft per
 * user: the newest haul wins). Null or an empty draft deletes this
 * document's stored one.
 * @throws Error when even the typed gists alone do not fit one property value
 */
export function saveHaulDraft(
  place: DraftPlace,
  input: HaulDraftInput | null,
): void {
  const store = place.userProperties;
  const documentId = place.document.id();
  const draft = clean(input ?? {text: '', cards: [], inserted: []});
  if (isEmptyDraft(draft)) {
    // Only this document's draft: another document's unsent haul stays.
    if (readStored(store)?.documentId !== documentId) return;
    store.delete(KEY);
    return;
  }
  let stored: StoredDraft = {...draft, documentId, savedAt: place.clock.now()};
  let json = JSON.stringify(stored);
  // Too big: keep the gists (typed by hand) and drop the choices nobody typed, then the paste's tail.
  if (utf8Bytes(json) > PROPERTY_VALUE_MAX_BYTES - 200) {
    stored = {...stored, cards: stored.cards.filter(c => c.gist.trim())};
    json = JSON.stringify(stored);
  }
  while (utf8Bytes(json) > PROPERTY_VALUE_MAX_BYTES - 200 && stored.text) {
    stored = {...stored, text: stored.text.slice(0, stored.text.length / 2)};
    json = JSON.stringify(stored);
  }
  if (utf8Bytes(json) > PROPERTY_VALUE_MAX_BYTES - 200) {
    throw new Error(
      'Your unsent haul is too long to keep as a draft: insert some of the papers first.',
    );
  }
  store.set(KEY, json);
}

function readStored(store: KeyValueStore): StoredDraft | null {
  const raw = store.get(KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as StoredDraft;
  } catch {
    return null;
  }
}

/** This user's draft for this document, or null (none, another document's, or unreadable). */
export function readHaulDraft(place: DraftPlace): HaulDraft | null {
  const parsed = readStored(place.userProperties);
  if (!parsed || parsed.documentId !== place.document.id()) return null;
  const draft = clean(parsed);
  if (isEmptyDraft(draft) || typeof parsed.savedAt !== 'number') return null;
  return {...draft, savedAt: parsed.savedAt};
}
