// getBibtex and exportBibtex through the built bundle in the emulator, parsed back by a strict BibTeX parser.
import * as bibtexParse from 'bibtex-parse';
import type {DocJson} from '../../src/core/doc-model';
import giant from '../../samples/giant-doc.json';
import {arxivReplay} from '../support/arxiv-replay';
import {loadDist} from '../support/dist-bundle';

function setup() {
  const replay = arxivReplay();
  let arxivDown = false;
  const {env, fns} = loadDist({
    document: giant as DocJson,
    fetch: r => (arxivDown ? {status: 503, body: 'down'} : replay.handle(r)),
  });
  const run = <T>(name: string, ...args: unknown[]) =>
    env.scriptRun(fns, name, ...args) as T;
  run('insertPapers', [
    {id: '1707.08567', section: 'Theory'},
    {id: '2405.13786', section: 'Systems'},
  ]);
  return {
    env,
    run,
    replay,
    body: () => env.document.toJSON().body,
    takeArxivDown: () => (arxivDown = true),
  };
}

/** Field values by lower-case name, as the parser read them (raw: braces included). */
function fields(entry: {fields: {name: string; raw: string}[]}) {
  return Object.fromEntries(
    entry.fields.map(f => [
      f.name.toLowerCase(),
      f.raw.replace(/^\{|\}$/g, ''),
    ]),
  );
}

test('getBibtex: a 34-author paper and one with non-ASCII authors give two records that parse, with arXiv’s fields', () => {
  const {run, env} = setup();
  env.fetchLog.length = 0;
  const text = run<string>('getBibtex', ['1707.08567', 'arXiv:2405.13786v1']);
  // Both papers were cached by the insert: no request to arXiv.
  expect(env.fetchLog).toHaveLength(0);

  const parsed = bibtexParse
    .parse(text)
    .filter(item => item.itemtype === 'entry');
  expect(parsed.map(e => e.type)).toEqual(['misc', 'misc']);
  const [aew, xtcp] = parsed.map(fields);
  expect(parsed[0].key).toBe('immink2017proceedingsworkshopaew10');
  expect(parsed[1].key).toBe('ramirez2024towardsexplainabletest');
  expect(aew).toEqual({
    title:
      'Proceedings of Workshop AEW10: Concepts in Information Theory and Communications',
    author: expect.any(String),
    year: '2017',
    eprint: '1707.08567',
    archiveprefix: 'arXiv',
    primaryclass: 'cs.IT',
    url: 'https://arxiv.org/abs/1707.08567',
  });
  const authors = aew.author.split(' and ');
  expect(authors).toHaveLength(34);
  expect(authors.slice(0, 5)).toEqual([
    'Immink, Kees A. Schouhamer',
    'Baggen, Stan',
    'Chaabane, Ferdaous',
    'Chen, Yanling',
    'de With, Peter H. N.',
  ]);
  expect(authors).toContain('van der Putten, Joost');
  expect(authors).toContain('Wübben, Dirk');

  expect(xtcp).toEqual({
    title:
      'Towards Explainable Test Case Prioritisation with Learning-to-Rank Models',
    author:
      'Ramírez, Aurora and Berrios, Mario and Romero, José Raúl and Feldt, Robert',
    year: '2024',
    eprint: '2405.13786',
    archiveprefix: 'arXiv',
    primaryclass: 'cs.SE',
    url: 'https://arxiv.org/abs/2405.13786',
    doi: '10.1109/ICSTW58534.2023.00023',
    journal:
      'Proc. 2023 IEEE International Conference on Software Testing, Verification and Validation Workshops (ICSTW), pp. 66-69',
  });
  // The non-ASCII letters are the same code points, not mojibake or TeX accents.
  expect(text).toContain('Ramírez, Aurora');
  expect(text.normalize('NFC')).toBe(text);
});

test('exportBibtex: one record per paper of a section, keys unique; the whole document when no section is named', () => {
  const {run, body} = setup();
  const theoryText = run<string>('exportBibtex', 'theory');
  // The sample doc's hand-written papers are outside the recorded feeds: named in a comment, left out.
  expect(theoryText).toMatch(
    /^% arXiv has no record of [\d., ]+; left out\.\n\n@misc\{/,
  );
  const theory = bibtexParse.entries(theoryText);
  expect(theory.map(e => e.EPRINT)).toContain('1707.08567');
  const doc = body();
  const before = JSON.stringify(doc);
  const all = bibtexParse.entries(run<string>('exportBibtex', ''));
  const keys = all.map(e => e.key);
  expect(new Set(keys).size).toBe(keys.length);
  expect(all.length).toBeGreaterThan(theory.length);
  expect(JSON.stringify(body())).toBe(before);
});

test('bad input gets plain messages and no request: not an id, not in the document, no such section; arXiv failing too', () => {
  const {run, env, takeArxivDown} = setup();
  env.fetchLog.length = 0;
  expect(() => run('getBibtex', ['not an id'])).toThrow(
    '“not an id” is not an arXiv id.',
  );
  expect(() => run('getBibtex', ['1707.08567', '2601.99999'])).toThrow(
    'Not in this document: 2601.99999. Only papers the document lists are exported.',
  );
  expect(() => run('getBibtex', [])).toThrow('Choose the papers to export.');
  expect(() => run('exportBibtex', 'Astrology')).toThrow(
    'There is no section “Astrology”.',
  );
  expect(env.fetchLog).toHaveLength(0);
  // A paper the cache does not hold, with arXiv down: arXiv's problem in words.
  takeArxivDown();
  expect(() => run('exportBibtex', 'Ethics')).toThrow(
    /arXiv is having trouble \(HTTP 503\)/,
  );
});
