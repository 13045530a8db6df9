// A JSON value in a key-value store split into pieces under the 9 KB per value quota of document properties.
import {CHUNK_BYTES} from '../../core/stored-state';
import {charUtf8} from '../../core/utf8-bytes';
import type {KeyValueStore} from './ports';

/** Bytes per piece: under Apps Script's 9 KB per property value, with room to spare (core/stored-state). */
export {CHUNK_BYTES};

/** Splits text into pieces of at most `maxBytes` UTF-8 bytes, never inside a character. */
export function splitUtf8(text: string, maxBytes: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length;) {
    const c = charUtf8(text, i);
    if (bytes + c.bytes > maxBytes) {
      pieces.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += c.bytes;
    i += c.units;
  }
  pieces.push(text.slice(start));
  return pieces;
}

/**
 * A JSON value kept under `key` (the piece count) and `key:0`, `key:1`, ...
 * At most `maxChunks` pieces: a bigger value is refused before anything is
 * written, so the store's 500 KB total is never filled by one value.
 */
export class ChunkedJson<T> {
  constructor(
    private readonly store: KeyValueStore,
    private readonly key: string,
    private readonly maxChunks: number,
  ) {}

  /** The stored value, or null when none is stored or it no longer reads as JSON. */
  read(): T | null {
    const count = Number(this.store.get(this.key));
    if (!Number.isInteger(count) || count <= 0) return null;
    let text = '';
    for (let k = 0; k < count; k++) {
      const piece = this.store.get(`${this.key}:${k}`);
      if (piece === null) return null;
      text += piece;
    }
    try {
      return JSON.parse(text) as T;
    } catch {
      return null;
    }
  }

  /**
   * Stores the value, replacing the old one.
   * @throws Error when it needs more than `maxChunks` pieces (nothing is written then)
   */
  write(value: T): void {
    const pieces = splitUtf8(JSON.stringify(value), CHUNK_BYTES);
    if (pieces.length > this.maxChunks) {
      throw new Error(
        `Too much to keep: ${pieces.length} pieces of 8 KB, at most ${this.maxChunks}.`,
      );
    }
    const oldCount = Number(this.store.get(this.key)) || 0;
    // The count goes last: a reader meanwhile sees the old count, or pieces of the new value that fail to parse.
    pieces.forEach((piece, k) => this.store.set(`${this.key}:${k}`, piece));
    this.store.set(this.key, String(pieces.length));
    for (let k = pieces.length; k < oldCount; k++) {
      this.store.delete(`${this.key}:${k}`);
    }
  }

  /**
   * Removes the value and its pieces.
   * @param everyPiece also every piece up to `maxChunks` (after a write that failed half way, whose pieces the count does not cover)
   */
  clear(everyPiece = false): void {
    const count = Number(this.store.get(this.key)) || 0;
    this.store.delete(this.key);
    const last = everyPiece ? Math.max(count, this.maxChunks) : count;
    for (let k = 0; k < last; k++) this.store.delete(`${this.key}:${k}`);
  }
}
