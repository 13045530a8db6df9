// Which papers a finished interrupted insert wrote: a retry of them reports them inserted, not duplicate.
import type {Outline} from '../../core/doc-model';
import type {RecoveredWrite} from '../shared/ports';

/**
 * The ids of the entries whose heads stand where DocumentPort.recover
 * finished an insert: the retry of an insert that was cut short finds its
 * entry complete, and it is the insert the user asked for, not a duplicate.
 */
export function completedIds(
  outline: Outline,
  recovered: RecoveredWrite | null,
): Set<string> {
  const ids = new Set<string>();
  const finished = recovered && recovered.finished;
  if (!finished) return ids;
  const end = finished.start + finished.count;
  const entries = [
    ...outline.sections.flatMap(s => s.entries),
    ...(outline.looseEntries ?? []),
  ];
  for (const entry of entries) {
    if (entry.start >= finished.start && entry.start < end) ids.add(entry.id);
  }
  return ids;
}
