// Marks preview items whose paper is already in the document, so the dialog says where instead of offering to insert.
import type {Outline} from '../core/doc-model';
import {findEntries} from '../core/outline';
import type {PreviewItem} from '../core/types';

/**
 * Turns every item whose id already has an entry (any version, any URL form,
 * anywhere in the doc) into a duplicate, with the section it stands in (left
 * out for an entry outside every section) and a message saying where. That
 * holds even when arXiv failed or does not know the id: the entry is there.
 */
export function markDuplicates(items: PreviewItem[], outline: Outline): void {
  for (const item of items) {
    if (!item.id || item.status === 'invalid') continue;
    const places = findEntries(outline, item.id);
    if (!places.length) continue;
    item.status = 'duplicate';
    const section = places[0].section?.title;
    if (section) {
      item.existingSection = section;
      item.message = `Already in the document under “${section}”.`;
    } else {
      item.message = 'Already in the document, outside the sections.';
    }
  }
}
