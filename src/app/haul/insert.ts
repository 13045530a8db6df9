// Inserts papers as entries at their sorted place in their sections, under the document lock, one result per request.
import {extractIds} from '../../core/arxiv-id';
import type {
  Block,
  BlockSummary,
  HeadingName,
  Outline,
} from '../../core/doc-model';
import {mainRun, sortedPlace} from '../../core/entry-order';
import {
  blockCharacters,
  documentCharacters,
  refuseOversize,
} from '../../core/doc-size';
import {formatEntry} from '../../core/entry-format';
import {BlockReadings} from '../../core/entry-head';
import {refOfEntryId, titledLinkPaper} from '../../core/paper-identity';
import {buildOutline, normalizeSectionName} from '../../core/outline';
import {
  MAX_NAME_LENGTH,
  hasVisibleText,
  type Settings,
} from '../../core/settings';
import {cleanName, cleanText} from '../../core/text-clean';
import type {InsertRequest, InsertResult, Paper} from '../../core/types';
import {whereAlready} from './duplicates';
import {newSectionPlace} from '../../core/new-section-place';
import {
  ChunkedLookup,
  INSERT_BUDGET_MS,
  NOT_INSERTED_YET,
  notInsertedYet,
  type Looked,
} from './insert-budget';
import {neighboursUnchanged} from './insert-guard';
import {spliceSummaries} from './splice-summaries';
import type {ClockPort, DocumentPort, LockPort} from '../shared/ports';
import {completedIds} from './recovered-inserts';
import {TimeBudget} from '../shared/time-budget';
import {BUSY_MESSAGE, withWriteLock} from '../shared/write-lock';
import type {ArxivLookup} from '../shared/arxiv-client';

/** Longest gist accepted: a gist is a line, not an essay. */
export const MAX_NOTE_LENGTH = 1000;
/** An inserted link's result when its title named a paper Semantic Scholar knows. */
export const FOUND_BY_TITLE =
  'Semantic Scholar knows a paper by this title: it was filed as that paper, linked to its own page.';
/** Longest title typed for a link. */
export const MAX_TITLE_LENGTH = 500;
/** Most papers one call inserts (the dialog sends one haul at a time). */
export const MAX_REQUESTS = 200;
/** How long to wait for another execution (a reorganize) to release the document. */
/** Entries written between saves, so a big haul never meets "Too many changes applied before saving". */
const ENTRIES_PER_SAVE = 20;

export interface InsertDeps {
  document: DocumentPort;
  lock: LockPort;
  lookup: (ids: string[]) => ArxivLookup;
  settings: Settings;
  /** The paper a link's typed title names (Semantic Scholar's title match), or null: the link is then filed as typed. */
  matchTitle?: (title: string) => Paper | null;
  /** With a clock, writes stop before the time budget and the rest come back "not inserted yet". */
  clock?: ClockPort;
  /** When the execution started, if before this call: the budget counts from it. */
  startedAt?: number;
  /** Told of each entry just written (undo and version watch record it). */
  onWritten?: (written: WrittenEntry) => void;
  /** Called with a paper's id when its write failed (the undo record must not stay yesterday's). */
  onWriteFailed?: (id: string) => void;
}

/** One entry insertPapers wrote: its blocks as formatted, and the section heading it created first. */
export interface WrittenEntry {
  paper: Paper;
  blocks: Block[];
  heading?: Block;
}

export {INSERT_BUDGET_MS, NOT_INSERTED_YET};

/** A request that passed validation. */
interface Accepted {
  position: number;
  id: string;
  section: string;
  note: string;
  /** The title the user typed for a link (`url:` key). */
  title?: string;
}

/**
 * Validates one request: an id in any form (a version, a pdf link), a
 * section name (blank files to the Inbox) and an optional short gist.
 */
function accept(
  request: InsertRequest,
  position: number,
  settings: Settings,
): Accepted | InsertResult {
  const raw = request && typeof request.id === 'string' ? request.id : '';
  const key = paperKey(raw);
  if (!key) {
    return {
      id: raw,
      status: 'error',
      message: raw.trim()
        ? `“${raw.trim().slice(0, 80)}” is not one arXiv id, DOI or link.`
        : 'A paper to insert needs an arXiv id.',
    };
  }
  const id = raw.trim() === key ? raw.trim() : key;
  const title =
    typeof request.title === 'string' ? cleanName(request.title) : '';
  if (id.startsWith('url:') && !hasVisibleText(title)) {
    return {
      id: raw,
      status: 'error',
      message: 'A link is filed with its title: type or paste the title.',
    };
  }
  if (title.length > MAX_TITLE_LENGTH) {
    return {
      id: raw,
      status: 'error',
      message: `The title is ${title.length} characters long; at most ${MAX_TITLE_LENGTH} fit.`,
    };
  }
  const typed = typeof request.section === 'string' ? request.section : '';
  // A name typed with nothing visible in it is refused, not quietly sent to the Inbox.
  const section = typed.trim() ? cleanName(typed) : settings.inboxName;
  if (!hasVisibleText(section)) {
    return {
      id,
      status: 'error',
      message:
        'The section name has no visible characters (only zero-width or control characters); type a name or leave it blank for the Inbox.',
    };
  }
  if (section.length > MAX_NAME_LENGTH) {
    return {
      id,
      status: 'error',
      message: `Section names can be at most ${MAX_NAME_LENGTH} characters.`,
    };
  }
  const note =
    typeof request.note === 'string' ? cleanText(request.note).trim() : '';
  if (note.length > MAX_NOTE_LENGTH) {
    return {
      id,
      status: 'error',
      message: `The gist is ${note.length} characters long; at most ${MAX_NOTE_LENGTH} fit. Shorten it and insert again.`,
    };
  }
  return title
    ? {position, id, section, note, title}
    : {position, id, section, note};
}

/**
 * The key a request names its paper by: one arXiv id in any form (a
 * version, a pdf link), or a paper-identity key (`doi:`, `acl:`, `s2:`,
 * `url:` with an http(s) link); null for anything else.
 */
function paperKey(raw: string): string | null {
  const trimmed = raw.trim();
  const ref = refOfEntryId(trimmed);
  if (ref) {
    if (ref.kind === 'url')
      return /^https?:\/\/\S+$/i.test(ref.id) ? trimmed : null;
    return /\s/.test(ref.id) ? null : `${ref.kind}:${ref.id}`;
  }
  const found = extractIds(raw).ids;
  return found.length === 1 ? found[0].id : null;
}

/** The paper a titled link is filed as: the paper its title names when Semantic Scholar knows it, else the link itself. */
function titledLink(id: string, title: string, deps: InsertDeps): Paper {
  return deps.matchTitle?.(title) ?? titledLinkPaper(id, title);
}

/** A duplicate result when the paper already has an entry in the document. */
function duplicateResult(outline: Outline, id: string): InsertResult | null {
  const found = whereAlready(outline, id);
  if (!found) return null;
  const result: InsertResult = {
    id,
    status: 'duplicate',
    message: found.message,
  };
  if (found.section) result.section = found.section;
  return result;
}

/**
 * The body index a new entry goes to, and the heading to create first when
 * the section is missing. Inside a section the entry joins the run directly
 * under the heading at its sorted place; a section with no entry there gets
 * it right after its intro.
 */
function placeFor(
  outline: Outline,
  sectionName: string,
  paper: Paper,
  settings: Settings,
): {index: number; heading?: Block; section: string} {
  const key = normalizeSectionName(sectionName);
  const section = outline.sections.find(
    s => normalizeSectionName(s.title) === key,
  );
  if (!section) {
    return {
      index: newSectionPlace(outline, sectionName),
      heading: {
        type: 'paragraph',
        text: sectionName,
        heading: `HEADING${outline.level}` as HeadingName,
      },
      section: sectionName,
    };
  }
  const run = mainRun(section);
  if (!run) return {index: section.introEnd, section: section.title};
  const slot = sortedPlace(
    run.entries,
    e => e,
    {id: paper.id, title: paper.title},
    settings.sortOrder,
  );
  const before = run.entries[slot];
  return {index: before ? before.start : run.end, section: section.title};
}

/**
 * Inserts papers into the document. Each request is checked on its own: a bad
 * id, a missing paper, an over-long gist or a failed write gives that request
 * an error and the others go on. Papers already in the document (checked
 * again now, under the lock) are reported as duplicates, not inserted.
 * @returns one result per request, in request order
 */
export function insertPapers(
  requests: InsertRequest[],
  deps: InsertDeps,
): InsertResult[] {
  if (!Array.isArray(requests)) {
    throw new Error('Nothing to insert: expected a list of papers.');
  }
  if (requests.length > MAX_REQUESTS) {
    throw new Error(
      `At most ${MAX_REQUESTS} papers can be inserted at once; this was ${requests.length}.`,
    );
  }
  const results: InsertResult[] = new Array(requests.length);
  const accepted: Accepted[] = [];
  requests.forEach((request, position) => {
    const checked = accept(request, position, deps.settings);
    if ('status' in checked) results[position] = checked;
    else accepted.push(checked);
  });
  if (!accepted.length) return results;

  withWriteLock(deps.lock, () => writeEntries(accepted, results, deps), {
    busy: () => {
      for (const a of accepted) {
        results[a.position] = {
          id: a.id,
          status: 'error',
          message: BUSY_MESSAGE,
        };
      }
    },
  });
  return results;
}

/** The part under the lock: one read, then every write, keeping the outline in step in memory. */
function writeEntries(
  accepted: Accepted[],
  results: InsertResult[],
  deps: InsertDeps,
): void {
  const {document, settings} = deps;
  // A write an interrupted run left half done is finished first; an entry it completed counts as inserted.
  const recovered = document.recover ? document.recover() : null;
  const clock = deps.clock;
  const budget = clock
    ? new TimeBudget(clock, deps.startedAt ?? clock.now(), INSERT_BUDGET_MS)
    : null;
  const readStart = clock ? clock.now() : 0;
  // The cache's read on trust, when it has one: the guard's revision read before the first write proves it (issue 27).
  const planned = document.readUnproven?.() ?? null;
  /** True while `blocks` is that read unproven: nothing is written or answered from it until prove(). */
  let unproven = planned !== null;
  let blocks: BlockSummary[] = planned ?? document.read();
  if (budget && clock)
    budget.guessFromRead(clock.now() - readStart, blocks.length);
  // Each outline after a write reads the same heads again: parse each once.
  const readings = new BlockReadings();
  let outline = buildOutline(blocks, {...settings, readings});
  const completed = completedIds(outline, recovered);
  // The level is fixed for the whole call, so new sections all get the same heading level.
  const optionsOf = (read: Outline) => ({
    sectionLevel: read.level,
    inboxName: settings.inboxName,
    readings,
  });
  let options = optionsOf(outline);
  /**
   * Proves the read planned on with one revision read (the live document is
   * still at its revision, nothing written), else reads afresh and plans
   * again from that read, as a cold insert does: a collaborator's edit since
   * the read was cached is always seen before a write or a duplicate answer.
   */
  const prove = (): void => {
    if (!unproven) return;
    unproven = false;
    if (document.liveIsRead?.(blocks)) return;
    blocks = document.read();
    outline = buildOutline(blocks, {...settings, readings});
    options = optionsOf(outline);
  };
  // A duplicate answered from the unproven read could be an entry deleted since: prove it first.
  if (accepted.some(a => duplicateResult(outline, a.id))) prove();

  const toFetch: string[] = [];
  for (const a of accepted) {
    const duplicate = duplicateResult(outline, a.id);
    if (duplicate) {
      results[a.position] = completed.has(a.id)
        ? {id: a.id, status: 'inserted', section: duplicate.section}
        : duplicate;
      completed.delete(a.id);
    } else if (!a.id.startsWith('url:') && !toFetch.includes(a.id)) {
      toFetch.push(a.id);
    }
  }
  if (!toFetch.length && !accepted.some(a => !results[a.position])) return;
  const looked = new ChunkedLookup(toFetch, deps.lookup, budget, clock);

  let written = 0;
  let outOfTime = false;
  /** Set when a failed write could not be made whole: no later paper is written beside it. */
  let stopped = false;
  for (const a of accepted) {
    if (results[a.position]) continue;
    if (stopped) {
      results[a.position] = {
        id: a.id,
        status: 'error',
        message:
          'Not written: the entry before it could not be finished. Insert again in a minute.',
      };
      continue;
    }
    const found: Looked = outOfTime
      ? {outOfTime: true}
      : a.title && a.id.startsWith('url:')
        ? {paper: titledLink(a.id, a.title, deps)}
        : looked.get(a.id);
    if ('outOfTime' in found) {
      outOfTime = true;
      results[a.position] = notInsertedYet(a.id);
      continue;
    }
    if (!('paper' in found)) {
      results[a.position] = {
        id: a.id,
        status: 'error',
        message:
          'missing' in found
            ? refOfEntryId(a.id)
              ? `No paper found for ${a.id}; check it.`
              : `arXiv has no paper ${a.id}; check the id.`
            : found.error,
      };
      continue;
    }
    const paper = found.paper;
    // Right before the first write (arXiv has answered): the proof is this write's guard.
    const guarded = unproven;
    prove();
    // A second request for a paper inserted a moment ago is a duplicate too; so is one filed under another of its ids (a DOI's arXiv id).
    const duplicate =
      duplicateResult(outline, a.id) ?? duplicateResult(outline, paper.id);
    if (duplicate) {
      results[a.position] = {...duplicate, id: a.id};
      continue;
    }
    let place = placeFor(outline, a.section, paper, settings);
    const entry = formatEntry(paper, a.note, settings.entryFormat);
    // Out of time once is out of time for the rest, in request order.
    outOfTime =
      outOfTime || (budget !== null && !budget.fitsWrite(entry.length + 1));
    if (outOfTime) {
      results[a.position] = notInsertedYet(a.id);
      continue;
    }
    // The document may have changed while arXiv answered (or between writes): read it again rather than write at a stale place.
    if (!guarded && !neighboursUnchanged(document, blocks, place.index)) {
      blocks = document.read();
      outline = buildOutline(blocks, options);
      const moved = duplicateResult(outline, paper.id);
      if (moved) {
        results[a.position] = {...moved, id: a.id};
        continue;
      }
      place = placeFor(outline, a.section, paper, settings);
    }
    const newBlocks = place.heading ? [place.heading, ...entry] : entry;
    const oversize = refuseOversize(
      documentCharacters(blocks),
      blockCharacters(newBlocks),
    );
    if (oversize) {
      results[a.position] = {id: a.id, status: 'error', message: oversize};
      continue;
    }
    const writeStart = clock ? clock.now() : 0;
    // What the undo and version records learn of a paper that stands written (directly, or finished after a failure).
    const tellWritten = () =>
      deps.onWritten?.({
        paper,
        blocks: entry,
        heading: place.heading,
      });
    try {
      document.insertBlocks(place.index, newBlocks);
      blocks = spliceSummaries(blocks, place.index, newBlocks, readings);
      results[a.position] = {
        id: a.id,
        status: 'inserted',
        section: place.section,
      };
      // Not silent: the link the user pasted was filed as the paper its title named.
      if (paper.id !== a.id && a.id.startsWith('url:')) {
        results[a.position].message = FOUND_BY_TITLE;
      }
      written++;
      tellWritten();
      if (written % ENTRIES_PER_SAVE === 0) document.flush();
      if (budget) budget.spent(newBlocks.length, writeStart);
    } catch (err) {
      // The failed write is made whole (finished from its journal) before the next paper's place is chosen.
      const whole = finishFailedWrite(document);
      // A failed write may have left part of the entry; read again rather than guess.
      blocks = document.read();
      const standing =
        whole && duplicateResult(buildOutline(blocks, options), paper.id);
      if (standing) {
        results[a.position] = {
          id: a.id,
          status: 'inserted',
          section: standing.section ?? place.section,
          message: 'Written after a failed call was finished.',
        };
        written++;
        tellWritten();
      } else {
        results[a.position] = {
          id: a.id,
          status: 'error',
          message: `Could not write the entry: ${err instanceof Error ? err.message : String(err)}`,
        };
        deps.onWriteFailed?.(a.id);
      }
      if (!whole) stopped = true;
    }
    outline = buildOutline(blocks, options);
  }
}

/**
 * Finishes (or finds not begun) the write that just failed, from its journal.
 * @returns false when it could not be made whole now (the next run finishes it)
 */
function finishFailedWrite(document: DocumentPort): boolean {
  if (!document.recover) return true;
  try {
    document.recover();
    return true;
  } catch {
    return false;
  }
}
