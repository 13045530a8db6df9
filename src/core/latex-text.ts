// Turns the LaTeX arXiv titles carry ($\omega$, \emph{...}, accents) into readable Unicode text, for cards and entries alike.

const SYMBOLS: Record<string, string> = {
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ε',
  varepsilon: 'ε',
  zeta: 'ζ',
  eta: 'η',
  theta: 'θ',
  vartheta: 'ϑ',
  iota: 'ι',
  kappa: 'κ',
  lambda: 'λ',
  mu: 'μ',
  nu: 'ν',
  xi: 'ξ',
  pi: 'π',
  rho: 'ρ',
  sigma: 'σ',
  tau: 'τ',
  upsilon: 'υ',
  phi: 'φ',
  varphi: 'φ',
  chi: 'χ',
  psi: 'ψ',
  omega: 'ω',
  Gamma: 'Γ',
  Delta: 'Δ',
  Theta: 'Θ',
  Lambda: 'Λ',
  Xi: 'Ξ',
  Pi: 'Π',
  Sigma: 'Σ',
  Phi: 'Φ',
  Psi: 'Ψ',
  Omega: 'Ω',
  infty: '∞',
  ell: 'ℓ',
  pm: '±',
  times: '×',
  cdot: '·',
  leq: '≤',
  le: '≤',
  geq: '≥',
  ge: '≥',
  neq: '≠',
  approx: '≈',
  sim: '∼',
  to: '→',
  rightarrow: '→',
  leftarrow: '←',
  in: '∈',
  partial: '∂',
  nabla: '∇',
  sqrt: '√',
  sum: '∑',
  ldots: '…',
  dots: '…',
  cdots: '⋯',
  log: 'log',
  exp: 'exp',
  min: 'min',
  max: 'max',
  '&': '&',
  '%': '%',
  '#': '#',
  _: '_',
  '{': '{',
  '}': '}',
  $: '$',
};

const ACCENTS: Record<string, string> = {
  "'": '\u0301',
  '`': '\u0300',
  '^': '\u0302',
  '"': '\u0308',
  '~': '\u0303',
  c: '\u0327',
  v: '\u030c',
  u: '\u0306',
  '=': '\u0304',
  '.': '\u0307',
  H: '\u030b',
};

/** Commands whose argument is shown as it is: emphasis, fonts, \mathrm{} and friends. */
const WRAPPERS =
  /\\(?:emph|textbf|textit|texttt|textsc|textrm|textsf|mathrm|mathbf|mathit|mathcal|mathbb|mathsf|mathtt|boldsymbol|text|operatorname|mbox|underline)\s*\{([^{}]*)\}/g;

const SUBSCRIPT: Record<string, string> = {
  '0': '₀',
  '1': '₁',
  '2': '₂',
  '3': '₃',
  '4': '₄',
  '5': '₅',
  '6': '₆',
  '7': '₇',
  '8': '₈',
  '9': '₉',
  '+': '₊',
  '-': '₋',
  i: 'ᵢ',
  j: 'ⱼ',
  k: 'ₖ',
  n: 'ₙ',
  t: 'ₜ',
};

const SUPERSCRIPT: Record<string, string> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '+': '⁺',
  '-': '⁻',
  n: 'ⁿ',
  i: 'ⁱ',
  T: 'ᵀ',
};

/** `_2`, `^{10}`: in Unicode sub/superscripts when every character has one, else as written. */
function scripts(text: string): string {
  return text.replace(
    /([_^])(\{([^{}]*)\}|([A-Za-z0-9+-]))/g,
    (whole, mark: string, _arg, braced: string | undefined, single) => {
      const body: string = braced ?? single;
      const table = mark === '_' ? SUBSCRIPT : SUPERSCRIPT;
      const chars = [...body];
      return chars.length && chars.every(c => table[c])
        ? chars.map(c => table[c]).join('')
        : whole;
    },
  );
}

/**
 * Readable text for a title holding LaTeX: math delimiters dropped, Greek
 * letters and common symbols as Unicode, \emph{x} and other font commands
 * as x, accents (\'e) composed, simple sub/superscripts as Unicode, stray
 * braces removed. Text without a backslash, dollar or brace is returned as
 * it is, so plain titles (and a title of "0") never change.
 */
export function readableLatex(text: string): string {
  if (!/[\\$]|[{}]/.test(text)) return text;
  let out = text;
  // Accents: \'e, \'{e}, \"{o}, \c{c}.
  out = out.replace(
    /\\(['`^"~=.]|[cvuH](?=[\s{]))\s*(?:\{([A-Za-z])\}|([A-Za-z]))/g,
    (whole, accent: string, braced?: string, bare?: string) => {
      const mark = ACCENTS[accent];
      const letter = braced ?? bare;
      return mark && letter ? `${letter}${mark}`.normalize('NFC') : whole;
    },
  );
  for (let i = 0; i < 3 && WRAPPERS.test(out); i++) {
    out = out.replace(WRAPPERS, '$1');
  }
  out = out.replace(/\{\\(?:em|bf|it|sc|tt|rm)\s+([^{}]*)\}/g, '$1');
  // Math: symbols inside or outside $...$, then scripts, then the delimiters.
  out = out.replace(/\\([A-Za-z]+|[&%#_{}$])/g, (whole, name: string) =>
    SYMBOLS[name] !== undefined ? SYMBOLS[name] : whole,
  );
  out = out.replace(/\$([^$]*)\$/g, (_whole, math: string) => scripts(math));
  out = out.replace(/\\[,;:!]/g, ' ').replace(/~/g, ' ');
  out = out.replace(/(^|[^\\])[{}]/g, '$1').replace(/(^|[^\\])[{}]/g, '$1');
  return out.replace(/\s+/g, ' ').trim();
}
