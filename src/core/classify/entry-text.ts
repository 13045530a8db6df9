// What the classifier reads of an entry already in the doc: title, authors from the byline, notes as summary, visible categories.
import type {Entry} from '../doc-model';
import type {Paper} from '../types';
import type {EntryMetadata} from './enrichment';
import type {PaperText} from './term-index';

/**
 * The partial Paper an entry in the doc stands for (reorganize files Inbox
 * entries with it): title, authors from the byline, the notes as summary,
 * the visible categories.
 */
export function paperFromEntry(entry: Entry): Paper {
  const text = entryText(entry);
  return {
    id: entry.id,
    version: '',
    title: text.title,
    authors: text.authors,
    published: '',
    updated: '',
    summary: text.summary,
    primaryCategory: text.primaryCategory,
    categories: text.categories,
    absUrl: `https://arxiv.org/abs/${entry.id}`,
    pdfUrl: `https://arxiv.org/pdf/${entry.id}`,
  };
}

/**
 * What the model reads of an entry: the title, authors from the byline, the
 * notes as summary, the visible categories; with arXiv's metadata, its
 * abstract words join the summary and its categories stand in for missing ones.
 */
export function entryText(entry: Entry, metadata?: EntryMetadata): PaperText {
  const byline = entry.byline.replace(/^[\s\-–—:]+/, '');
  const parts = byline.split(/\s+·\s+/);
  // The add-on's head is "Title - authors · date · category", but a person's
  // "Title - my gist" looks the same: one part is a byline only if it reads as names.
  const isByline =
    parts.length >= 3 ||
    (entry.written && (parts.length === 2 || looksLikeAuthors(parts[0])));
  const authors = isByline
    ? parts[0]
        .split(/\s*,\s*|\s+and\s+/)
        .map(a => a.trim())
        .filter(a => a && !/^et al\.?$/i.test(a))
    : [];
  const summary = [
    isByline ? '' : byline,
    ...entry.notes,
    metadata ? metadata.words.join(' ') : '',
  ]
    .filter(s => s)
    .join(' ');
  const categories = entry.categories.length
    ? [...entry.categories]
    : [...(metadata?.categories ?? [])];
  return {
    title: entry.title,
    authors,
    summary,
    primaryCategory: categories[0] ?? '',
    categories,
  };
}

/** "A. Author, B. Author et al." rather than a gist: each comma- or and-separated piece is one to four capitalized words. */
function looksLikeAuthors(text: string): boolean {
  if (/\bet al\.?$/i.test(text.trim())) return true;
  const pieces = text.split(/\s*,\s*|\s+and\s+/).filter(p => p);
  return (
    pieces.length > 0 &&
    pieces.every(p => {
      const names = p.split(/\s+/);
      return names.length <= 4 && names.every(n => /^\p{Lu}/u.test(n));
    })
  );
}
