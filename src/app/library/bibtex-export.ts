// BibTeX export: records for papers of the document, a section or the whole document, from arXiv's metadata.
import {extractIds} from '../../core/arxiv-id';
import {bibtexRecords} from '../../core/bibtex';
import {
  isArxivEntryId,
  refOfEntryId,
  titledLinkPaper,
} from '../../core/paper-identity';
import type {Entry} from '../../core/doc-model';
import {buildOutline, normalizeSectionName} from '../../core/outline';
import type {Settings} from '../../core/settings';
import type {DocumentPort} from '../shared/ports';
import type {ArxivLookup} from '../shared/arxiv-client';

/** Most papers one export asks arXiv about: 20 batches, about a minute when nothing is cached. */
export const MAX_EXPORT = 2000;

export interface BibtexDeps {
  document: DocumentPort;
  settings: Settings;
  /** arXiv's metadata, cache first, batched (ArxivClient.lookup). */
  lookup: (ids: string[]) => ArxivLookup;
}

/** The document's entries in document order, loose ones included. */
function documentEntries(deps: BibtexDeps) {
  const outline = buildOutline(deps.document.read(), deps.settings);
  const all: Entry[] = [
    ...(outline.looseEntries ?? []),
    ...outline.sections.flatMap(s => s.entries),
  ].sort((a, b) => a.start - b.start);
  return {outline, all};
}

/** Records for normalized ids known to be in the document; ids arXiv does not know are named in a leading comment. */
function recordsFor(
  ids: string[],
  deps: BibtexDeps,
  titles?: Map<string, string>,
): string {
  if (ids.length > MAX_EXPORT) {
    throw new Error(
      `At most ${MAX_EXPORT} papers can be exported at once; this was ${ids.length}.`,
    );
  }
  const looked = deps.lookup(ids.filter(id => !id.startsWith('url:')));
  if (looked.error) throw new Error(looked.error);
  // A link the user titled is exported from its entry: there is nothing to look up.
  for (const id of ids) {
    const title = titles?.get(id);
    if (id.startsWith('url:') && title)
      looked.papers[id] = titledLinkPaper(id, title);
  }
  const found = ids.filter(id => looked.papers[id]);
  const missing = ids.filter(id => !looked.papers[id]);
  if (!found.length) {
    throw new Error(
      `${missing.every(isArxivEntryId) ? 'arXiv has no paper' : 'No record found for'} ${missing.join(', ')}; check the link in the document.`,
    );
  }
  const records = bibtexRecords(found.map(id => looked.papers[id]));
  // Text before the first @ is a comment to every BibTeX reader: the export says what it left out.
  return missing.length
    ? `% ${missing.every(isArxivEntryId) ? 'arXiv has no record of' : 'No record of'} ${missing.join(', ')}; left out.\n\n${records}`
    : records;
}

/**
 * BibTeX records for papers in the document, in the order asked, with keys
 * unique across them. Every id is checked first.
 * @throws Error naming ids that are not arXiv ids or not in the document, or arXiv's problem
 */
export function getBibtex(ids: unknown, deps: BibtexDeps): string {
  if (!Array.isArray(ids) || !ids.length) {
    throw new Error('Choose the papers to export.');
  }
  const wanted: string[] = [];
  for (const raw of ids) {
    const key =
      typeof raw === 'string' && refOfEntryId(raw.trim()) ? raw.trim() : '';
    const found = typeof raw === 'string' && !key ? extractIds(raw).ids : [];
    if (!key && found.length !== 1) {
      throw new Error(`“${String(raw).slice(0, 80)}” is not an arXiv id.`);
    }
    const id = key || found[0].id;
    if (!wanted.includes(id)) wanted.push(id);
  }
  const all = documentEntries(deps).all;
  const inDocument = new Set(all.map(e => e.id));
  const absent = wanted.filter(id => !inDocument.has(id));
  if (absent.length) {
    throw new Error(
      `Not in this document: ${absent.join(', ')}. Only papers the document lists are exported.`,
    );
  }
  return recordsFor(wanted, deps, titlesOf(all));
}

/** The titles of the document's entries by id (a link's record is made from its entry). */
function titlesOf(entries: Entry[]): Map<string, string> {
  const titles = new Map<string, string>();
  for (const e of entries) if (!titles.has(e.id)) titles.set(e.id, e.title);
  return titles;
}

/**
 * BibTeX for every paper of one section (by its heading, any case), or of
 * the whole document when `section` is blank.
 * @throws Error when the section does not exist or holds no papers, or arXiv's problem
 */
export function exportBibtex(section: unknown, deps: BibtexDeps): string {
  const name = typeof section === 'string' ? section.trim() : '';
  const {outline, all} = documentEntries(deps);
  let entries = all;
  if (name) {
    const key = normalizeSectionName(name);
    const sections = outline.sections.filter(
      s => normalizeSectionName(s.title) === key,
    );
    if (!sections.length) throw new Error(`There is no section “${name}”.`);
    entries = sections.flatMap(s => s.entries);
  }
  const ids = [...new Set(entries.map(e => e.id))];
  if (!ids.length) {
    throw new Error(
      name
        ? `“${name}” has no papers to export.`
        : 'This document has no papers to export.',
    );
  }
  return recordsFor(ids, deps, titlesOf(entries));
}

/** The sections a BibTeX export can be made for: the document's, in order. */
export function exportSections(
  deps: Pick<BibtexDeps, 'document' | 'settings'>,
): string[] {
  return buildOutline(deps.document.read(), deps.settings).sections.map(
    section => section.title,
  );
}
