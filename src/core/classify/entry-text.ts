// What the classifier reads of an entry already in the doc: title, authors from the byline, notes as summary, visible categories.
import type {Entry} from '../doc-model';
import type {Paper} from '../types';
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

/** What the model reads of an entry: the title, authors from the byline, the notes as summary, the visible categories. */
export function entryText(entry: Entry): PaperText {
  const byline = entry.byline.replace(/^[\s\-–—:]+/, '');
  const parts = byline.split(/\s+·\s+/);
  const isByline = entry.written || parts.length >= 3;
  const authors = isByline
    ? parts[0]
        .split(/\s*,\s*|\s+and\s+/)
        .map(a => a.trim())
        .filter(a => a && !/^et al\.?$/i.test(a))
    : [];
  const summary = [isByline ? '' : byline, ...entry.notes]
    .filter(s => s)
    .join(' ');
  return {
    title: entry.title,
    authors,
    summary,
    primaryCategory: entry.categories[0] ?? '',
    categories: [...entry.categories],
  };
}
