// Reorganize's merge phase: later sections join the first of the same name and chapters.
import type {BlockSummary, Section} from './doc-model';
import {sectionKey} from './outline';
import {type Draft, holdsTable} from './reorganize-draft';

/**
 * Merges each later section into the first of its name: its intro joins the
 * first's intro, the rest moves to the end of the first (before that
 * section's trailing blank lines) and its emptied heading is removed. When
 * the content reaches the end of the body, whose final paragraph cannot be
 * removed, the sections in between move below it instead, which leaves the
 * same document; only with `rotate`.
 */
export function planMerges(
  draft: Draft,
  level: number,
  rotate: boolean,
  notes: Set<string>,
): string[] {
  const merged: string[] = [];
  const unmergeable = new Set<BlockSummary>();
  for (;;) {
    const outline = draft.outline(level);
    const firstOfName = new Map<string, Section>();
    let pair: {first: Section; later: Section} | null = null;
    for (const section of outline.sections) {
      // Only sections with the same chapters merge: NLP > Surveys and Vision > Surveys stay apart.
      const key = sectionKey(section);
      const first = firstOfName.get(key);
      if (!first) firstOfName.set(key, section);
      else if (!unmergeable.has(draft.at(section.headingIndex))) {
        pair = {first, later: section};
        break;
      }
    }
    if (!pair) return merged;
    const {first, later} = pair;
    const title = first.title;
    const heading = later.headingIndex;
    const introEnd = draft.trimBlankTail(heading + 1, later.introEnd);
    if (introEnd > heading + 1 && introEnd < draft.length) {
      draft.move({
        kind: 'move',
        purpose: 'merge',
        from: heading + 1,
        count: introEnd - heading - 1,
        before: first.introEnd,
        section: first.title,
      });
      continue;
    }
    const contentEnd = draft.trimBlankTail(heading + 1, later.end);
    const insertAt = draft.trimBlankTail(first.headingIndex + 1, first.end);
    const last = draft.length - 1;
    const headingIsLast = heading === last;
    // An intro that could not join the first's intro (it ends the body) would
    // land right after the first's last entry and read as that paper's note.
    const lastEntry = first.entries[first.entries.length - 1];
    if (introEnd > heading + 1 && lastEntry && lastEntry.end === insertAt) {
      unmergeable.add(draft.at(heading));
      notes.add(
        `The last "${later.title}" section was not merged into the first: its intro text ends the document and would become the note of the paper above it.`,
      );
      continue;
    }
    if (!headingIsLast && (insertAt === heading || contentEnd <= last)) {
      const count = contentEnd - heading - 1;
      if (count > 0 && insertAt < heading) {
        draft.move({
          kind: 'move',
          purpose: 'merge',
          from: heading + 1,
          count,
          before: insertAt,
          section: title,
        });
        draft.remove({
          kind: 'remove',
          purpose: 'merge',
          index: heading + count,
          section: title,
        });
      } else {
        draft.remove({
          kind: 'remove',
          purpose: 'merge',
          index: heading,
          section: title,
        });
      }
    } else if (!rotate) {
      unmergeable.add(draft.at(heading));
      continue;
    } else {
      const rotateFrom = insertAt < heading ? insertAt : heading - 1;
      // Each block moved goes to the end of the body in turn, and Docs adds a paragraph after a table there.
      if (holdsTable(index => draft.at(index), rotateFrom, heading)) {
        unmergeable.add(draft.at(heading));
        notes.add(
          `The last "${later.title}" section was not merged into the first: merging it would move a table to the document's end, where Google Docs adds a paragraph.`,
        );
        continue;
      }
      draft.move({
        kind: 'move',
        purpose: 'merge',
        from: rotateFrom,
        count: heading - rotateFrom,
        before: draft.length,
        section: title,
      });
      draft.remove({
        kind: 'remove',
        purpose: 'merge',
        index: rotateFrom,
        section: title,
      });
    }
    if (!merged.includes(title)) merged.push(title);
  }
}
