// BibTeX records: "Last, First" names, arXiv-style keys unique across a set, LaTeX specials escaped, braces balanced.
import * as bibtexParse from 'bibtex-parse';
import {
  bibtexBaseKey,
  bibtexKeys,
  bibtexName,
  bibtexRecords,
  bibtexValue,
} from '../../src/core/bibtex';
import type {Paper} from '../../src/core/types';

function paper(patch: Partial<Paper>): Paper {
  return {
    id: '2112.00861',
    version: '1',
    title: 'A General Language Assistant as a Laboratory for Alignment',
    authors: ['Amanda Askell', 'Yuntao Bai'],
    published: '2021-12-01T03:04:05Z',
    updated: '2021-12-09T03:04:05Z',
    summary: '',
    primaryCategory: 'cs.CL',
    categories: ['cs.CL'],
    absUrl: 'https://arxiv.org/abs/2112.00861v1',
    pdfUrl: 'https://arxiv.org/pdf/2112.00861v1',
    ...patch,
  };
}

test('names: last word is the surname; particles join it; a suffix keeps its part; one word stays', () => {
  expect(bibtexName('Amanda Askell')).toBe('Askell, Amanda');
  expect(bibtexName('Adolfo del Maestro')).toBe('del Maestro, Adolfo');
  expect(bibtexName('Joost van der Putten')).toBe('van der Putten, Joost');
  expect(bibtexName('Martin Luther King Jr.')).toBe('King, Jr., Martin Luther');
  expect(bibtexName('Dirk  Wübben')).toBe('Wübben, Dirk');
  expect(bibtexName('Plato')).toBe('Plato');
});

test('keys: surname, year and three title words, accents folded; a shared key gets each id', () => {
  expect(bibtexBaseKey(paper({}))).toBe('askell2021generallanguageassistant');
  expect(
    bibtexBaseKey(
      paper({
        authors: ['Aurora Ramírez'],
        title: 'On $\\alpha$-Søren: the test',
      }),
    ),
  ).toBe('ramirez2021sorentest');
  const twin = paper({id: 'hep-th/9901001'});
  expect(bibtexKeys([paper({}), twin])).toEqual({
    '2112.00861': 'askell2021generallanguageassistant:2112.00861',
    'hep-th/9901001': 'askell2021generallanguageassistant:hep-th.9901001',
  });
});

test('values: & % # _ ~ ^ and a lone $ are escaped, math and TeX commands kept, unbalanced braces escaped', () => {
  expect(bibtexValue('R&D: 50% of #1 my_var ~ x^2')).toBe(
    'R\\&D: 50\\% of \\#1 my\\_var \\textasciitilde{} x\\textasciicircum{}2',
  );
  expect(bibtexValue('Bounds for $O(n^2)$ and \\emph{tight} {GAN}s')).toBe(
    'Bounds for $O(n^2)$ and \\emph{tight} {GAN}s',
  );
  expect(bibtexValue('costs $5 now')).toBe('costs \\$5 now');
  expect(bibtexValue('a } b {')).toBe('a \\} b \\{');
  expect(bibtexValue('back\\ slash')).toBe('back\\textbackslash{} slash');
});

test('every record of awkward titles and names parses back with the same text', () => {
  const papers = [
    paper({title: 'Unbalanced { brace & 100% _odd_ #tags'}),
    paper({
      id: '2001.00001',
      title: 'Math $\\{x\\}$ in {braces}',
      authors: ['Zoë Ñúñez', 'Ольга Петрова'],
    }),
  ];
  const text = bibtexRecords(papers);
  const entries = bibtexParse.entries(text);
  expect(entries).toHaveLength(2);
  expect(entries[1].AUTHOR).toBe('Ñúñez, Zoë and Петрова, Ольга');
  expect(entries[0].EPRINT).toBe('2112.00861');
});
