// LaTeX in arXiv titles read as text: math, Greek, font commands, accents, scripts; plain titles untouched.
import {readableLatex} from '../../src/core/latex-text';

describe('readableLatex', () => {
  it.each([
    [
      '$ω$Test: WebView-Oriented Testing for Android Applications',
      'ωTest: WebView-Oriented Testing for Android Applications',
    ],
    [
      'The $\\omega$-limit of \\emph{gradient} flows',
      'The ω-limit of gradient flows',
    ],
    [
      'Learning in $O(n^2)$ time with $\\ell_1$ loss',
      'Learning in O(n²) time with ℓ₁ loss',
    ],
    [
      'Sch\\"{o}dinger bridges and Poincar\\\'e maps',
      'Schödinger bridges and Poincaré maps',
    ],
    ['{\\em Fast} \\textbf{BERT} $\\to$ \\textit{small}', 'Fast BERT → small'],
    ['$\\alpha$-$\\beta$ pruning for $\\mathcal{M}$', 'α-β pruning for M'],
    ['AT\\&T and 100\\% accuracy', 'AT&T and 100% accuracy'],
    ['$x_{ij}$ and $x_{ab}$ sums', 'xᵢⱼ and x_ab sums'],
  ])('reads %j as %j', (input, expected) => {
    expect(readableLatex(input)).toBe(expected);
  });

  it('leaves plain titles exactly as they are', () => {
    for (const title of ['0', 'Attention Is All You Need', '  spaced  ']) {
      expect(readableLatex(title)).toBe(title);
    }
  });
});
