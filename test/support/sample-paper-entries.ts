// Atom entries for the sample doc's papers, built only from the metadata samples/papers.ts holds, for the offline arXiv replay.
import {parseArxivId} from '../../src/core/arxiv-id';
import {MONTHS} from '../../src/core/entry-line';
import {SAMPLE_SECTIONS, isSamplePaper} from '../../samples/papers';
import type {SamplePaper} from '../../samples/papers';

/** Said in every such entry's comment, so a card never passes it off as arXiv's full record. */
export const SAMPLE_ENTRY_COMMENT =
  'Offline copy from the sample doc: first authors, first sentence of the abstract and month only';

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * `Mon YYYY` as an Atom date on the month's first day: the sample holds the
 * month of v1, not the day (SAMPLE_ENTRY_COMMENT says so).
 */
function monthStart(date: string): string | null {
  const match = /^([A-Z][a-z]{2}) (\d{4})$/.exec(date);
  const month = match ? MONTHS.indexOf(match[1]) : -1;
  if (!match || month < 0) return null;
  return `${match[2]}-${String(month + 1).padStart(2, '0')}-01T00:00:00Z`;
}

/** The names the sample's byline holds; its "et al." stands for names it does not have. */
function heldAuthors(byline: string): string[] {
  return byline
    .split(', ')
    .map(name => name.trim())
    .filter(name => name !== '' && name !== 'et al.');
}

function entryOf(paper: SamplePaper, published: string): string {
  // No version: the sample does not know which one is the latest.
  const authors = heldAuthors(paper.authors)
    .map(name => `<author><name>${escapeXml(name)}</name></author>`)
    .join('');
  return `<entry>
    <id>http://arxiv.org/abs/${paper.id}</id>
    <title>${escapeXml(paper.title)}</title>
    <updated>${published}</updated>
    <published>${published}</published>
    <summary>${escapeXml(paper.abstract ?? '')}</summary>
    ${authors}
    <arxiv:comment>${SAMPLE_ENTRY_COMMENT}</arxiv:comment>
    <link href="https://arxiv.org/abs/${paper.id}" rel="alternate" type="text/html"/>
    <link href="https://arxiv.org/pdf/${paper.id}" rel="related" type="application/pdf" title="pdf"/>
    <arxiv:primary_category term="${escapeXml(paper.category)}"/>
    <category term="${escapeXml(paper.category)}" scheme="http://arxiv.org/schemas/atom"/>
  </entry>`;
}

/** Every sample paper's entry by normalized id, in the sample's order; papers whose date cannot be read are left out. */
export function samplePaperEntries(): Map<string, string> {
  const entries = new Map<string, string>();
  for (const section of SAMPLE_SECTIONS) {
    const items = [...section.items, ...(section.sub?.items ?? [])];
    for (const item of items) {
      if (!isSamplePaper(item)) continue;
      const parsed = parseArxivId(item.id);
      const published = monthStart(item.date);
      if (!('id' in parsed) || !published || entries.has(parsed.id)) continue;
      entries.set(parsed.id, entryOf(item, published));
    }
  }
  return entries;
}
