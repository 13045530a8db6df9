// BibTeX records of arXiv papers in the form arXiv's own export uses: keys, "Last, First" names, escaping.
import {absUrl} from './arxiv-id';
import {entryPageUrl, refOfEntryId} from './paper-identity';
import {fold} from './text-words';
import type {Paper} from './types';

/** Title words a key skips, as arXiv's export does ("the", "of", ...). */
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'by',
  'for',
  'from',
  'in',
  'is',
  'it',
  'of',
  'on',
  'or',
  'the',
  'to',
  'via',
  'with',
]);

/** Lower-case name particles that belong to the last name ("van der Putten", "del Maestro"). */
const PARTICLES = new Set([
  'da',
  'das',
  'de',
  'del',
  'della',
  'der',
  'des',
  'di',
  'dos',
  'du',
  'la',
  'le',
  'ten',
  'ter',
  'van',
  'von',
  'zu',
]);

const SUFFIX = /^(jr|sr|ii|iii|iv)\.?$/i;

/** Letters and digits only, accents folded: keys stay plain ASCII so every BibTeX accepts them. */
function keyPart(text: string): string {
  return fold(text).replace(/[^a-z0-9]/g, '');
}

/** A name's words, spaces collapsed. */
function nameWords(name: string): string[] {
  return name.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
}

/**
 * An author in BibTeX's "von Last, Jr, First" order: the last word is the
 * surname, lower-case particles before it join it, a Jr/III suffix keeps its
 * own part. A single word stays as it is.
 */
export function bibtexName(name: string): string {
  const words = nameWords(name);
  if (words.length < 2) return words.join('');
  let suffix = '';
  if (words.length > 2 && SUFFIX.test(words[words.length - 1])) {
    suffix = words.pop()!;
  }
  let lastStart = words.length - 1;
  while (lastStart > 1 && PARTICLES.has(words[lastStart - 1])) lastStart--;
  const last = words.slice(lastStart).join(' ');
  const first = words.slice(0, lastStart).join(' ');
  return suffix ? `${last}, ${suffix}, ${first}` : `${last}, ${first}`;
}

/** The surname a key starts with: the last word of the first author, particles left out. */
function firstSurname(paper: Paper): string {
  const name = paper.authors[0] ?? '';
  const words = nameWords(name);
  if (words.length > 2 && SUFFIX.test(words[words.length - 1])) words.pop();
  return keyPart(words[words.length - 1] ?? '');
}

/** The year arXiv stamped the first version; empty when the date does not parse. */
export function bibtexYear(paper: Paper): string {
  const match = /^(\d{4})(?:-|$)/.exec(paper.published ?? '');
  return match ? match[1] : '';
}

/**
 * The key arXiv's export would give: first author's surname, year, then the
 * first three significant title words (`yuan2021florencenewfoundation`).
 * The same paper always gets the same key.
 */
export function bibtexBaseKey(paper: Paper): string {
  const words = paper.title
    .replace(/\$[^$]*\$/g, ' ')
    .split(/[\s\-–—:/]+/)
    .map(keyPart)
    .filter(w => w && !STOP_WORDS.has(w))
    .slice(0, 3);
  const key = `${firstSurname(paper)}${bibtexYear(paper)}${words.join('')}`;
  return key || `arxiv${keyPart(paper.id)}`;
}

/**
 * Keys for a set of papers, by id. A key two papers of the set share gets
 * each paper's arXiv id appended (`smith2020deep:2001.00001`), so keys stay
 * unique and still do not depend on the order asked for.
 */
export function bibtexKeys(papers: Paper[]): Record<string, string> {
  const count = new Map<string, number>();
  for (const paper of papers) {
    const key = bibtexBaseKey(paper);
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  const keys: Record<string, string> = {};
  for (const paper of papers) {
    const key = bibtexBaseKey(paper);
    keys[paper.id] =
      (count.get(key) ?? 0) > 1
        ? `${key}:${refOfEntryId(paper.id) ? keyPart(paper.id) : paper.id.replace('/', '.')}`
        : key;
  }
  return keys;
}

/** True when every `{` has its `}` and none closes early (escaped braces do not count). */
function bracesBalanced(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') {
      i++;
      continue;
    }
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/** Escapes the characters TeX would read as commands in plain text. */
function escapeText(text: string, escapeBraces: boolean): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const next = text[i + 1] ?? '';
    if (c === '\\') {
      // A TeX command or an escaped character arXiv already wrote (\"o, \&, \emph) stays.
      if (
        /[a-zA-Z&%$#_{}"'`^~=.]/.test(next) &&
        (next !== '{' || !escapeBraces)
      ) {
        out += c + next;
        i++;
      } else {
        out += '\\textbackslash{}';
      }
    } else if (c === '&' || c === '%' || c === '#' || c === '_' || c === '$') {
      out += `\\${c}`;
    } else if (c === '~') {
      out += '\\textasciitilde{}';
    } else if (c === '^') {
      out += '\\textasciicircum{}';
    } else if ((c === '{' || c === '}') && escapeBraces) {
      out += `\\${c}`;
    } else {
      out += c;
    }
  }
  return out;
}

/**
 * A field value safe inside `{...}`: arXiv's titles are TeX, so `$...$` math
 * and TeX commands are kept; `& % # _ ~ ^` outside math are escaped; braces
 * are kept when balanced and escaped otherwise, so the record always parses.
 * Non-ASCII letters are kept as they are (UTF-8, as arXiv's export does).
 */
export function bibtexValue(raw: string): string {
  const text = raw.replace(/\s+/g, ' ').trim();
  const escapeBraces = !bracesBalanced(text);
  // Split into math and text: `$...$` pairs only; a lone `$` is text.
  const parts = text.split(/(\$[^$]+\$)/);
  return parts
    .map(part =>
      /^\$[^$]+\$$/.test(part) && !escapeBraces
        ? part
        : escapeText(part, escapeBraces),
    )
    .join('');
}

/**
 * One `@misc` record: title, author ("Last, First and ..."), year, eprint,
 * archivePrefix, primaryClass, url, plus doi and journal when arXiv has them.
 * @param key the record's key (see bibtexKeys)
 */
export function bibtexRecord(paper: Paper, key: string): string {
  if (refOfEntryId(paper.id)) return otherRecord(paper, key);
  const fields: [string, string][] = [
    ['title', bibtexValue(paper.title)],
    [
      'author',
      paper.authors.map(a => bibtexValue(bibtexName(a))).join(' and '),
    ],
    ['year', bibtexYear(paper)],
    ['eprint', paper.id],
    ['archivePrefix', 'arXiv'],
    ['primaryClass', paper.primaryCategory || paper.categories[0] || ''],
    ['url', absUrl(paper.id)],
  ];
  if (paper.doi) fields.push(['doi', bibtexValue(paper.doi)]);
  if (paper.journalRef) fields.push(['journal', bibtexValue(paper.journalRef)]);
  const body = fields
    .filter(([, value]) => value !== '')
    .map(([name, value]) => `      ${name}={${value}},`)
    .join('\n');
  return `@misc{${key},\n${body}\n}`;
}

/** Venues that are a conference, a workshop or their proceedings (else a journal). */
const PROCEEDINGS =
  /proceedings|conference|workshop|symposium|meeting|congress|\b(?:acl|naacl|eacl|emnlp|coling|neurips|nips|icml|iclr|cvpr|iccv|eccv|aaai|ijcai|kdd|sigir|www|chi)\b/i;

/**
 * The record of a paper not filed by an arXiv id: `@inproceedings` with
 * `booktitle` when the venue is a conference or workshop, `@article` with
 * `journal` otherwise, `@misc` for a link the user titled; the DOI and the
 * page the entry links to.
 */
function otherRecord(paper: Paper, key: string): string {
  const ref = refOfEntryId(paper.id)!;
  const venue = (paper.journalRef ?? '').trim();
  const type =
    ref.kind === 'url' || !venue
      ? ref.kind === 'url'
        ? 'misc'
        : 'article'
      : PROCEEDINGS.test(venue)
        ? 'inproceedings'
        : 'article';
  const doi = paper.doi ?? (ref.kind === 'doi' ? ref.id : '');
  const fields: [string, string][] = [
    ['title', bibtexValue(paper.title)],
    [
      'author',
      paper.authors.map(a => bibtexValue(bibtexName(a))).join(' and '),
    ],
    [type === 'inproceedings' ? 'booktitle' : 'journal', bibtexValue(venue)],
    ['year', bibtexYear(paper)],
    ['doi', doi ? bibtexValue(doi) : ''],
    ['url', entryPageUrl(paper.id)],
  ];
  const body = fields
    .filter(([, value]) => value !== '')
    .map(([name, value]) => `      ${name}={${value}},`)
    .join('\n');
  return `@${type}{${key},\n${body}\n}`;
}

/** Records for the papers in the order given, with keys unique across them, separated by blank lines. */
export function bibtexRecords(papers: Paper[]): string {
  const keys = bibtexKeys(papers);
  return papers.map(p => bibtexRecord(p, keys[p.id])).join('\n\n') + '\n';
}
