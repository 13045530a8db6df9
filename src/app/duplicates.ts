// Says where a paper already stands in the document, for the preview's cards and insert's duplicate results.
import type {Outline} from '../core/doc-model';
import {findEntries} from '../core/outline';
import type {PreviewItem} from '../core/types';

/**
 * Where the paper's first entry stands (any version, any URL form, anywhere
 * in the doc): its section, left out for an entry outside every section, and
 * a sentence saying so; null when the paper is not in the document.
 */
export function whereAlready(
  outline: Outline,
  id: string,
): {section?: string; title: string; message: string} | null {
  const places = findEntries(outline, id);
  if (!places.length) return null;
  const section = places[0].section?.title;
  const title = places[0].entry.title;
  return section
    ? {section, title, message: `Already in the document under “${section}”.`}
    : {title, message: 'Already in the document, outside the sections.'};
}

/**
 * Turns every item whose id already has an entry into a duplicate, with the
 * section it stands in, its title there and a message saying where. That holds even when
 * arXiv failed or does not know the id: the entry is there.
 */
export function markDuplicates(items: PreviewItem[], outline: Outline): void {
  for (const item of items) {
    if (!item.id || item.status === 'invalid') continue;
    const found = whereAlready(outline, item.id);
    if (!found) continue;
    item.status = 'duplicate';
    if (found.section) item.existingSection = found.section;
    if (found.title) item.existingTitle = found.title;
    item.message = found.message;
  }
}
