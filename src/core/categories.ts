// arXiv's category codes and archives (from arXiv's own taxonomy), to tell them from MSC/ACM terms and to check old-style ids.

/**
 * Every archive with its subject classes, as listed in arxiv-base's taxonomy
 * (see test/fixtures/arxiv/PROVENANCE.md). An empty class means the archive
 * itself is a category (`hep-th`); `cs`, `math`, `physics` and the like only
 * exist with a class.
 */
const TAXONOMY: Record<string, string> = {
  'acc-phys': '',
  'adap-org': '',
  'alg-geom': '',
  'ao-sci': '',
  'astro-ph': ' CO EP GA HE IM SR',
  'atom-ph': '',
  'bayes-an': '',
  'chao-dyn': '',
  'chem-ph': '',
  'cmp-lg': '',
  'comp-gas': '',
  'cond-mat':
    ' dis-nn mes-hall mtrl-sci other quant-gas soft stat-mech str-el supr-con',
  cs:
    'AI AR CC CE CG CL CR CV CY DB DC DL DM DS ET FL GL GR GT HC IR IT LG LO ' +
    'MA MM MS NA NE NI OH OS PF PL RO SC SD SE SI SY',
  'dg-ga': '',
  econ: 'EM GN TH',
  eess: 'AS IV SP SY',
  'funct-an': '',
  'gr-qc': '',
  'hep-ex': '',
  'hep-lat': '',
  'hep-ph': '',
  'hep-th': '',
  'math-ph': '',
  math:
    'AC AG AP AT CA CO CT CV DG DS FA GM GN GR GT HO IT KT LO MG MP NA NT OA ' +
    'OC PR QA RA RT SG SP ST',
  'mtrl-th': '',
  nlin: 'AO CD CG PS SI',
  'nucl-ex': '',
  'nucl-th': '',
  'patt-sol': '',
  physics:
    'acc-ph ao-ph app-ph atm-clus atom-ph bio-ph chem-ph class-ph comp-ph ' +
    'data-an ed-ph flu-dyn gen-ph geo-ph hist-ph ins-det med-ph optics ' +
    'plasm-ph pop-ph soc-ph space-ph',
  'plasm-ph': '',
  'q-alg': '',
  'q-bio': ' BM CB GN MN NC OT PE QM SC TO',
  'q-fin': 'CP EC GN MF PM PR RM ST TR',
  'quant-ph': '',
  'solv-int': '',
  stat: 'AP CO ME ML OT TH',
  'supr-con': '',
};

/** Archives that started after March 2007 and so never had old-style ids. */
const NEW_SCHEME_ONLY = new Set(['econ', 'eess', 'q-fin', 'stat']);

const CATEGORY_CODES: ReadonlySet<string> = new Set(
  Object.keys(TAXONOMY).flatMap(archive =>
    // split(' ') keeps the leading '' of ' CO EP ...', which stands for the bare archive.
    TAXONOMY[archive]
      .split(' ')
      .map(subject => (subject ? `${archive}.${subject}` : archive)),
  ),
);

/** Archives that appear in old-style ids (`hep-th/9901001`, `math/0309136`). */
export const OLD_SCHEME_ARCHIVES: readonly string[] = Object.keys(
  TAXONOMY,
).filter(archive => !NEW_SCHEME_ONLY.has(archive));

/** True for an arXiv category code (`cs.LG`, `hep-th`), false for MSC, ACM or other terms. */
export function isArxivCategory(term: string): boolean {
  return CATEGORY_CODES.has(term);
}

/** All arXiv category codes, sorted (active and defunct ones, aliases included). */
export function arxivCategories(): string[] {
  return [...CATEGORY_CODES].sort();
}
