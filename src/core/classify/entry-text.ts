// What the classifier reads of an entry already in the doc: title, the outline's authors, notes as summary, visible categories.
import {absUrl} from '../arxiv-id';
import type {Entry} from '../doc-model';
import {authorNames, ownWordsIn} from '../entry-line';
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
    absUrl: absUrl(entry.id),
    pdfUrl: `https://arxiv.org/pdf/${entry.id}`,
  };
}

/**
 * What the model reads of an entry: the title, authors from the byline, the
 * notes as summary, the visible categories; with arXiv's metadata, its
 * abstract words join the summary and its categories stand in for missing ones.
 */
export function entryText(entry: Entry, metadata?: EntryMetadata): PaperText {
  const summary = [
    ownWordsIn(entry.byline, entry.authors),
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
    authors: authorNames(entry.authors),
    summary,
    primaryCategory: categories[0] ?? '',
    categories,
  };
}
