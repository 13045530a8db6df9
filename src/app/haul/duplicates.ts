// Says where a paper already stands in the document, for the preview's cards and insert's duplicate results.
import type {Outline} from '../../core/doc-model';
import {findEntries} from '../../core/outline';
import type {PreviewItem} from '../../core/types';

/**
 * Where the paper's first entry stands (any version, any URL form, anywhere
 * in the doc): its section, left out for an entry outside every section, and
 * a sentence saying so; null when the paper is not in the document.
 */
export function whereAlready(
  outline: Outline,
  id: string,
): {
  section?: string;
  sections: string[];
  title: string;
  /** The authors as the first entry writes them ("A, B, C, et al."). */
  authors: string;
  message: string;
} | null {
  const places = findEntries(outline, id).sort(
    (a, b) => a.entry.start - b.entry.start,
  );
  if (!places.length) return null;
  const section = places[0].section?.title;
  const title = places[0].entry.title;
  // A hand-written head's byline is whatever follows its title (a gist, say):
  // only the add-on's own "authors · date · …" names authors.
  const first = places[0].entry;
  const authors = first.written ? first.authors : '';
  const sections = places.map(p => p.section?.title ?? '');
  // Every copy is named (one in the Inbox too): a user tidying duplicates must find them all.
  const where = (name: string) =>
    name ? `under “${name}”` : 'outside the sections';
  const message =
    places.length === 1
      ? section
        ? `Already in the document under “${section}”.`
        : 'Already in the document, outside the sections.'
      : `Already in the document ${places.length} times: ${listed(sections.map(where))}.`;
  return section
    ? {section, sections, title, authors, message}
    : {sections, title, authors, message};
}

/** "a, b and c". */
function listed(parts: string[]): string {
  return parts.length < 2
    ? parts.join('')
    : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/**
 * Turns every item whose id already has an entry into a duplicate, with the
 * section it stands in, its title and authors there (the card shows the
 * entry as the document has it, "et al." and all) and a message saying where. That holds even when
 * arXiv failed or does not know the id: the entry is there.
 */
export function markDuplicates(items: PreviewItem[], outline: Outline): void {
  for (const item of items) {
    if (!item.id || item.status === 'invalid') continue;
    const found = whereAlready(outline, item.id);
    if (!found) continue;
    item.status = 'duplicate';
    if (found.section) item.existingSection = found.section;
    if (found.sections.length > 1) item.existingSections = found.sections;
    if (found.title) item.existingTitle = found.title;
    if (found.authors) item.existingAuthors = found.authors;
    item.message = found.message;
  }
}
