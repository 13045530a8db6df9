// A document tab's block summaries kept in the cache under the document's revision id, so an unchanged document is not read again.
import type {BlockSummary, HeadingName} from '../../core/doc-model';
import {CACHE_VALUE_MAX_BYTES, STORED} from '../../core/stored-state';
import {splitUtf8} from './chunked-store';
import type {CachePort} from './ports';

/** CacheService's longest expiry: 6 hours. */
export const READ_CACHE_TTL_SECONDS = 21_600;
/** Pieces one cached read may take: the budget core/stored-state gives it. */
const MAX_PIECES = Math.floor(
  STORED.readCache.budgetBytes / CACHE_VALUE_MAX_BYTES,
);
/** A piece's bytes: the value limit less room for the revision id that opens it. */
const PIECE_BYTES = CACHE_VALUE_MAX_BYTES - 1024;

/** One block as cached: kind, heading ('' for NORMAL), text, links as start, end, url triples, nesting. */
type Packed = [string, string, string, (string | number)[], number?];

const KINDS: Record<BlockSummary['kind'], string> = {
  paragraph: 'p',
  listItem: 'l',
  table: 't',
  other: 'o',
};
const KIND_OF: Record<string, BlockSummary['kind']> = {
  p: 'paragraph',
  l: 'listItem',
  t: 'table',
  o: 'other',
};

function pack(b: BlockSummary): Packed {
  const out: Packed = [
    KINDS[b.kind],
    b.heading === 'NORMAL' ? '' : b.heading,
    b.text,
    b.links.flatMap(l => [l.start, l.end, l.url]),
  ];
  if (b.nesting !== undefined) out.push(b.nesting);
  return out;
}

function unpack(p: Packed, index: number): BlockSummary {
  const links = [];
  for (let k = 0; k + 2 < p[3].length; k += 3) {
    links.push({
      start: p[3][k] as number,
      end: p[3][k + 1] as number,
      url: p[3][k + 2] as string,
    });
  }
  const out: BlockSummary = {
    index,
    kind: KIND_OF[p[0]],
    heading: (p[1] || 'NORMAL') as HeadingName,
    text: p[2],
    links,
  };
  if (p[4] !== undefined) out.nesting = p[4];
  return out;
}

/** The block summaries of one tab of one document as of a revision, kept in a CachePort. */
export interface ReadCache {
  /** The revision the cache holds a read of for this tab, or null (none, evicted, unreadable). */
  revision(documentId: string, tabId: string | null): string | null;
  /** The blocks cached for exactly this revision, or null (another revision, a piece evicted, unreadable). */
  get(
    documentId: string,
    tabId: string | null,
    revision: string,
  ): BlockSummary[] | null;
  /** Keeps the blocks read at this revision; a read too big for the budget is not kept. */
  put(
    documentId: string,
    tabId: string | null,
    revision: string,
    blocks: BlockSummary[],
  ): void;
}

/** A cached read's head: its revision and piece count. */
interface Head {
  revision: string;
  pieces: number;
}

/**
 * A ReadCache over `cache`: a head `paperHaul.readCache.<document>.<tab>`
 * holding the revision and the piece count, and pieces `<head>:<k>` each
 * opening with the revision, so a piece another execution wrote for another
 * revision meanwhile is never joined to this one's. The head read by
 * `revision()` is kept for the `get()` that follows it.
 */
export function readCache(cache: CachePort): ReadCache {
  const headKey = (documentId: string, tabId: string | null) =>
    `${STORED.readCache.key}${documentId}.${tabId ?? '-'}`;
  const heads = new Map<string, Head | null>();
  const readHead = (key: string): Head | null => {
    if (!heads.has(key)) {
      let head: Head | null = null;
      try {
        const found = JSON.parse(cache.getAll([key])[key] ?? 'null') as Head;
        if (
          found &&
          typeof found.revision === 'string' &&
          Number.isInteger(found.pieces) &&
          found.pieces > 0 &&
          found.pieces <= MAX_PIECES
        ) {
          head = found;
        }
      } catch {
        head = null;
      }
      heads.set(key, head);
    }
    return heads.get(key) ?? null;
  };
  return {
    revision(documentId, tabId) {
      return readHead(headKey(documentId, tabId))?.revision ?? null;
    },
    get(documentId, tabId, revision) {
      const key = headKey(documentId, tabId);
      const head = readHead(key);
      if (!head || head.revision !== revision) return null;
      const keys = Array.from({length: head.pieces}, (_, k) => `${key}:${k}`);
      const pieces = cache.getAll(keys);
      let json = '';
      for (const piece of keys.map(k => pieces[k])) {
        if (piece === undefined || !piece.startsWith(revision + '\n')) {
          return null;
        }
        json += piece.slice(revision.length + 1);
      }
      try {
        return (JSON.parse(json) as Packed[]).map(unpack);
      } catch {
        return null;
      }
    },
    put(documentId, tabId, revision, blocks) {
      if (revision.length > 512) return;
      const head = headKey(documentId, tabId);
      heads.delete(head);
      const parts = splitUtf8(JSON.stringify(blocks.map(pack)), PIECE_BYTES);
      if (parts.length > MAX_PIECES) return;
      const values: Record<string, string> = {};
      parts.forEach(
        (part, k) => (values[`${head}:${k}`] = `${revision}\n${part}`),
      );
      values[head] = JSON.stringify({revision, pieces: parts.length});
      cache.putAll(values, READ_CACHE_TTL_SECONDS);
    },
  };
}
