// The words of a reorganize plan and report for the user: by paper title and section, one line per change, never a bare id list.
import type {MovedPaper, NamedPaper, PlanChange} from '../../core/plan-changes';
import {shortTitle} from '../../core/reorganize-file';

/** Hand-written heads can be whole sentences: a title is cut here, at a word. */
const TITLE_CHARS = 80;

function quoted(text: string): string {
  return `“${text}”`;
}

/** The title, quoted and cut at a word past TITLE_CHARS. */
function titled(title: string): string {
  return quoted(shortTitle(title, TITLE_CHARS));
}

/** Every item, none hidden behind "and N more": a plan the user agrees to shows each move it makes. */
function listed(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Titles of the neighbour a move lands after: shorter, they only point at a place. */
const NEIGHBOUR_CHARS = 40;

/** Where a moved entry lands: ", after “…”", " to the top", or nothing when the plan does not say. */
function landing(
  after: NamedPaper | null | undefined,
  top: string,
  afterWord: string,
): string {
  if (after === undefined) return '';
  if (after === null) return top;
  return `${afterWord} ${quoted(shortTitle(after.title, NEIGHBOUR_CHARS))}`;
}

/**
 * A sorted section's moves: "“A” after “B”; and “C” to the top". Semicolons
 * part the moves once each names its place (the places hold commas of their own).
 */
function sortMoves(papers: readonly MovedPaper[]): string {
  const placed = papers.some(p => p.after !== undefined);
  const items = papers.map(
    p => `${titled(p.title)}${landing(p.after, ' to the top', ' after')}`,
  );
  if (!placed) return listed(items);
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join('; ')}; and ${items[items.length - 1]}`;
}

/** One line per change, in plan order (see planChanges): each move says from where to where. */
export function changeLines(changes: readonly PlanChange[]): string[] {
  return changes.map(change => {
    switch (change.kind) {
      case 'merge':
        return `Merge the repeated ${quoted(change.section)} headings into the first.`;
      case 'sort':
        return `Sort ${quoted(change.section)}: move ${sortMoves(change.papers)}.`;
      default:
        return `File ${titled(change.paper.title)} from ${quoted(change.from)} to ${quoted(change.to)}${landing(change.after, ', at the top', ', after')}.`;
    }
  });
}

/** One line per paper standing in more than one place (reported, never changed). */
export function duplicateLines(
  duplicates: readonly {id: string; sections: string[]}[],
  titleOf: (id: string) => string,
): string[] {
  return duplicates.map(
    d =>
      `${titled(titleOf(d.id) || d.id)} stands in ${listed(
        d.sections.map(quoted),
      )}; left as it is.`,
  );
}
