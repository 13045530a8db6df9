// Wording for undo and version watch results, shared by the dialog and the sidebar (no DOM).
import type {UndoResult, VersionUpdate} from '../../server/main';

/** What an undo did, one line per fact. */
export function undoLines(result: UndoResult): string[] {
  const n = result.removed.length;
  const allGone = result.kept.length > 0 && result.kept.every(k => k.gone);
  const lines = [
    n
      ? `Removed ${n} ${n === 1 ? 'entry' : 'entries'} the haul wrote.`
      : allGone
        ? 'Removed nothing: the haul’s entries are no longer in the document.'
        : 'Removed nothing: every entry of the haul changed since.',
  ];
  // Say what happened to each: one was not there to remove, the other was left in place on purpose.
  for (const kept of result.kept) {
    lines.push(
      kept.gone
        ? `Nothing to remove for ${kept.id}: it is no longer in the document (moved out or deleted).`
        : `Left ${kept.id} in place: ${kept.reason.replace(/, so it stays\.$/, '.')}`,
    );
  }
  if (result.message) lines.push(result.message);
  return lines;
}

/** `v1 → v3 · Published in NeurIPS 2021 · DOI 10.1/x`, with "(assumed)" for a hand-written entry's v1. */
export function updateLine(update: VersionUpdate): string {
  const parts: string[] = [];
  const from = update.assumed ? `${update.from} (assumed)` : update.from;
  parts.push(update.to === update.from ? update.to : `${from} → ${update.to}`);
  if (update.journalRef) parts.push(`Published in ${update.journalRef}`);
  if (update.doi) parts.push(`DOI ${update.doi}`);
  return parts.join(' · ');
}
