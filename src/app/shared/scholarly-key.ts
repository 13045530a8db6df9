// The user's own Semantic Scholar API key: saved in user properties, shown back only as its last four characters.
import type {KeyValueStore} from './ports';
import {S2_API_KEY_PROPERTY} from './scholarly-client';

/** Longest key accepted (Semantic Scholar's keys are 40 characters; the property's budget is 256 bytes). */
export const MAX_KEY_LENGTH = 200;

/** What the settings show of a key: `••••abcd`, or '' when none is saved. */
export function maskKey(key: string | null): string {
  const trimmed = (key ?? '').trim();
  if (!trimmed) return '';
  return `••••${trimmed.slice(-4)}`;
}

/** The saved key as the settings show it (never the whole key). */
export function shownKey(store: KeyValueStore): string {
  return maskKey(store.get(S2_API_KEY_PROPERTY));
}

/**
 * Saves the user's key (blank removes it, and the shared pool is used
 * again) and returns it masked.
 * @throws Error in words when the text cannot be a key
 */
export function saveKey(store: KeyValueStore, raw: unknown): string {
  const key = typeof raw === 'string' ? raw.trim() : '';
  if (!key) {
    store.delete(S2_API_KEY_PROPERTY);
    return '';
  }
  if (key.length > MAX_KEY_LENGTH || !/^[\x21-\x7e]+$/.test(key)) {
    throw new Error(
      'That does not look like a Semantic Scholar API key: paste the key alone, without spaces.',
    );
  }
  store.set(S2_API_KEY_PROPERTY, key);
  return maskKey(key);
}
