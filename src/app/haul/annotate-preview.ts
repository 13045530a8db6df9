// Adds what only the document knows to a preview: its sections, duplicates, and where each paper should go.
import {buildClassifier, type EntryMetadata} from '../../core/classify';
import type {Outline} from '../../core/doc-model';
import type {Settings} from '../../core/settings';
import type {PreviewResult} from '../../core/types';
import {markDuplicates} from './duplicates';

/** How many suggestions each card offers. */
export const SUGGESTIONS_PER_PAPER = 3;

/**
 * Lists the document's sections, marks papers already in it as duplicates,
 * and gives every ready paper its top suggestions. The classifier is trained
 * once for the whole paste, on the filed entries' arXiv metadata too when
 * enrichment knows it.
 */
export function annotatePreview(
  result: PreviewResult,
  outline: Outline,
  settings: Settings,
  metadata?: Map<string, EntryMetadata>,
): void {
  result.sections = outline.sections.map(section => section.title);
  markDuplicates(result.items, outline);
  const ready = result.items.filter(item => item.status === 'ready');
  if (!ready.length) return;
  const classifier = buildClassifier(outline, settings, {metadata});
  for (const item of ready) {
    if (item.paper) {
      item.suggestions = classifier.suggest(item.paper, SUGGESTIONS_PER_PAPER);
    }
  }
}
