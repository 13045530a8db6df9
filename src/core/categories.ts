// arXiv's category codes and archives (from arXiv's own taxonomy), to tell them from MSC/ACM terms and to check old-style ids.
import {
  TAXONOMY_ALIASES,
  TAXONOMY_CODES,
  TAXONOMY_DEFUNCT,
} from './taxonomy-names';

/** Archives that started after March 2007 and so never had old-style ids. */
const NEW_SCHEME_ONLY = new Set(['econ', 'eess', 'q-fin', 'stat']);

/**
 * Every code of arXiv's taxonomy (test/fixtures/taxonomy, generated into
 * taxonomy-names.ts): the active categories, the aliases and defunct codes
 * with a successor, and those without one. Read from the generated table
 * rather than kept twice (issue 27: the copy was 1.3 KB of the bundle).
 */
const CATEGORY_CODES: ReadonlySet<string> = new Set([
  ...TAXONOMY_CODES,
  ...Object.keys(TAXONOMY_ALIASES),
  ...TAXONOMY_DEFUNCT,
]);

/** Archives that appear in old-style ids (`hep-th/9901001`, `math/0309136`): each code's part before the dot. */
export const OLD_SCHEME_ARCHIVES: readonly string[] = [
  ...new Set([...CATEGORY_CODES].map(code => code.split('.')[0])),
]
  .filter(archive => !NEW_SCHEME_ONLY.has(archive))
  .sort();

/** True for an arXiv category code (`cs.LG`, `hep-th`), false for MSC, ACM or other terms. */
export function isArxivCategory(term: string): boolean {
  return CATEGORY_CODES.has(term);
}

/** All arXiv category codes, sorted (active and defunct ones, aliases included). */
export function arxivCategories(): string[] {
  return [...CATEGORY_CODES].sort();
}
