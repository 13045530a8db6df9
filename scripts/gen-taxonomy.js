// Generates src/core/taxonomy-names.ts, taxonomy-names-data.ts, taxonomy-words.ts and taxonomy-words-data.ts (the compact arXiv taxonomy: names for the search, description words for the classifier) from test/fixtures/taxonomy: `node scripts/gen-taxonomy.js`.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const SOURCE = path.join(
  ROOT,
  'test/fixtures/taxonomy/categories_taxonomy_derived.json',
);
/** Two modules, so a bundle that only names categories (the sidebar's Find) does not carry the descriptions. */
const NAMES_TARGET = path.join(ROOT, 'src/core/taxonomy-names.ts');
const WORDS_TARGET = path.join(ROOT, 'src/core/taxonomy-words.ts');
const NAMES_DATA_TARGET = path.join(ROOT, 'src/core/taxonomy-names-data.ts');
const DATA_TARGET = path.join(ROOT, 'src/core/taxonomy-words-data.ts');
/** Longest description kept: the first sentences carry the topic words; the rest is ACM boilerplate. */
const MAX_DESCRIPTION = 150;

/**
 * The first sentences of an arXiv category description, without the
 * sentences that only name ACM classes or aliases (they match no topic).
 * @param {string} text
 */
function trimDescription(text) {
  const sentences = (text || '')
    .replace(/\s+/g, ' ')
    .split(/(?<=\.)\s+(?=[A-Z])/)
    .filter(
      s => !/ACM Subject Class|is an alias for|^Roughly includes/i.test(s),
    );
  let out = '';
  for (const s of sentences) {
    if (out && out.length + s.length + 1 > MAX_DESCRIPTION) break;
    out = out ? `${out} ${s}` : s;
  }
  if (out.length > MAX_DESCRIPTION) {
    out = out
      .slice(0, out.lastIndexOf(' ', MAX_DESCRIPTION))
      .replace(/[,;:]$/, '');
  }
  return out;
}

/**
 * The classifier's `words` (src/core/classify/words.ts), bundled on the fly
 * so the generator and the classifier never disagree on what a word is.
 * @returns {(text: string) => string[]}
 */
function classifierWords() {
  return loadCore('classify/words.ts').words;
}

/** A module of src/core, bundled by esbuild and run here: the generator uses the core's own code, not a copy. */
function loadCore(file) {
  const esbuild = require('esbuild');
  const built = esbuild.buildSync({
    entryPoints: [path.join(ROOT, 'src/core', file)],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  const module = {exports: {}};
  new Function('module', 'exports', built.outputFiles[0].text)(
    module,
    module.exports,
  );
  return module.exports;
}

/**
 * The description as the classifier reads it (names.ts: the words before
 * any "except"), kept as those words joined by spaces: the same words in the
 * same order for a third of the bytes (issue 27). A row whose words would
 * read differently a second time keeps its text.
 * @param {string} description the trimmed description
 * @param {(text: string) => string[]} words
 */
function descriptionWords(description, words) {
  const kept = words(description.split(/\bexcept\b/)[0]);
  const joined = kept.join(' ');
  return words(joined).join(' ') === joined ? joined : description;
}

/** Characters of a word's code: printable ASCII that needs no escape in a JS string (no quotes, no backslash), no space. */
const CODES = Array.from({length: 94}, (_, i) => String.fromCharCode(33 + i))
  .filter(c => !'"\'`\\'.includes(c))
  .join('');

/**
 * Packs the rows into a dictionary of their words (most used first) and one
 * string of codes: the most used words take one character, the others two.
 * Rows are sequences of words joined by single spaces (a row that kept its
 * text splits the same way); the unpacking in the module is checked here.
 * @param {string[]} rows
 * @returns {{words: string, rows: string, single: number}}
 */
function packRows(rows) {
  const tokens = rows.map(row => (row ? row.split(' ') : []));
  const uses = new Map();
  for (const t of tokens.flat()) uses.set(t, (uses.get(t) || 0) + 1);
  const dictionary = [...uses.keys()].sort(
    (a, b) => uses.get(b) - uses.get(a) || (a < b ? -1 : 1),
  );
  const n = CODES.length;
  // As many one-character codes as leave enough two-character ones for the rest.
  let single = n;
  while (single > 0 && (n - single) * n < dictionary.length - single) single--;
  const index = new Map(dictionary.map((w, i) => [w, i]));
  const code = i =>
    i < single
      ? CODES[i]
      : CODES[single + Math.floor((i - single) / n)] + CODES[(i - single) % n];
  const packed = tokens.map(row => row.map(t => code(index.get(t))).join(''));
  const result = {words: dictionary.join(' '), rows: packed.join(' '), single};
  const back = unpackRows(result);
  if (back.join('\n') !== rows.join('\n')) {
    throw new Error('taxonomy words do not unpack to the same rows');
  }
  return result;
}

/** The module's own unpacking (src/core/packed-rows.ts), to check packRows before writing. */
function unpackRows(packed) {
  return loadCore('packed-rows.ts').unpackRows({...packed, codes: CODES});
}

const HEADER =
  "// Generated by scripts/gen-taxonomy.js from test/fixtures/taxonomy/categories_taxonomy_derived.json (arXiv's taxonomy); do not edit.";

/**
 * The two module texts: active canonical categories as `id|name|group`
 * rows, aliases and defunct archives as a map (names), and each row's
 * description words at the same index (words).
 * @returns {{names: string, namesData: string, words: string, data: string}}
 */
function render(taxonomy, words = classifierWords()) {
  const groups = [];
  const codes = [];
  const rows = [];
  const descriptions = [];
  const aliases = {};
  const others = [];
  for (const c of taxonomy.categories) {
    if (c.alias_of) aliases[c.id] = c.alias_of;
    else if (!c.active && c.subsumed_by) aliases[c.id] = c.subsumed_by;
    else if (!c.active) others.push(c.id);
    if (!c.active || c.alias_of) continue;
    if (!groups.includes(c.group_name)) groups.push(c.group_name);
    codes.push(c.id);
    rows.push([c.name, groups.indexOf(c.group_name)].join('|'));
    descriptions.push(descriptionWords(trimDescription(c.description), words));
  }
  const lines = list => list.map(r => `  ${JSON.stringify(r)},`).join('\n');
  const names = `${HEADER}
// The codes only: every action reads them; the names are in taxonomy-names-data.ts, the description words in taxonomy-words.ts.

/**
 * Active canonical categories' codes (one string, split: two bytes a code
 * less in the bundles). taxonomyNameRows() (taxonomy-names-data.ts) and
 * taxonomyWords() (taxonomy-words.ts) hold each one's name and description
 * words at the same index.
 */
export const TAXONOMY_CODES: readonly string[] =
  ${JSON.stringify(codes.join(' '))}.split(' ');

/** Alias and defunct codes to the canonical category (cs.NA -> math.NA, cmp-lg -> cs.CL). */
export const TAXONOMY_ALIASES: Readonly<Record<string, string>> = ${JSON.stringify(aliases, null, 2)};

/** Defunct codes with no successor (archives since split into classes): with the rows and aliases, every code. */
export const TAXONOMY_DEFUNCT: readonly string[] = ${JSON.stringify(others)};
`;
  const namesData = `${HEADER}
// The categories' names: data only, which the server build reads from dist/ServerData.html on first use (scripts/bundle.js).

/**
 * groups: arXiv's subject groups. rows: TAXONOMY_CODES' categories at the
 * same index, one string each: \`name|group index\`.
 */
export function taxonomyNameRows(): {groups: string[]; rows: string[]} {
  return {
    groups: ${JSON.stringify(groups)},
    rows: [
${lines(rows)}
    ],
  };
}
`;
  const packed = packRows(descriptions);
  const dataText = `${HEADER}
// The classifier's packed description words: data only, which the server build reads from dist/ServerData.html on first use (scripts/bundle.js).

/**
 * words: the distinct words of the descriptions, most used first, joined by
 * spaces. rows: each category's words as codes into words, rows joined by
 * spaces (issue 27: 13.3 KB of words are 8.7 KB so).
 */
export function packedTaxonomyWords(): {words: string; rows: string} {
  return {
    words: ${JSON.stringify(packed.words)},
    rows: ${JSON.stringify(packed.rows)},
  };
}
`;
  const wordsText = `${HEADER}
// The classifier's description words, apart from the names so that the sidebar's bundle does not carry them.
import {unpackRows} from './packed-rows';
import {packedTaxonomyWords} from './taxonomy-words-data';

/**
 * A code is one character of CODES, or two when the first is at SINGLE or
 * after (packedTaxonomyWords' rows).
 */
const CODES = ${JSON.stringify(CODES)};
const SINGLE = ${packed.single};

let decoded: string[] | null = null;

/**
 * TAXONOMY_CODES' categories' description words, at the same index: the
 * words the classifier reads of the trimmed description (before any
 * "except"), as src/core/classify/words.ts gives them, joined by spaces.
 * Unpacked on first use, so loading the module does no work.
 */
export function taxonomyWords(): readonly string[] {
  decoded ??= unpackRows({...packedTaxonomyWords(), codes: CODES, single: SINGLE});
  return decoded;
}
`;
  return {names, namesData, words: wordsText, data: dataText};
}

/** Writes the modules formatted as `gts fix` would, so lint stays clean. */
async function main() {
  const prettier = require('prettier');
  const texts = render(JSON.parse(fs.readFileSync(SOURCE, 'utf8')));
  for (const [target, source] of [
    [NAMES_TARGET, texts.names],
    [NAMES_DATA_TARGET, texts.namesData],
    [WORDS_TARGET, texts.words],
    [DATA_TARGET, texts.data],
  ]) {
    const options = (await prettier.resolveConfig(target)) || {};
    const text = await prettier.format(source, {...options, filepath: target});
    fs.writeFileSync(target, text);
    console.log(`${path.relative(ROOT, target)}: ${text.length} bytes`);
  }
}

if (require.main === module) {
  main().catch(err => {
    console.error(err);
    process.exitCode = 1;
  });
}

module.exports = {
  render,
  trimDescription,
  classifierWords,
  packRows,
  unpackRows,
  SOURCE,
};
