// The classifier's word lists: data only, which the server build reads from dist/ServerData.html on first use (scripts/bundle.js).

/** Each list as one string of words separated by spaces; word-sets.ts makes them sets. */
export function classifierWordLists(): {
  math: string;
  generic: string;
  untelling: string;
  common: string;
} {
  return {
    /** Words that mark an abstract as mathematics (stems, as the tokenizer gives them): names.ts' mathDensity. */
    math: 'theorem lemma proof prove proven corollary bound bounded convex convexity manifold hilbert kernel gaussian stochastic differential equation integral eigenvalue eigenvector spectral matrix matrice norm measure probability variational bayesian posterior prior asymptotic polynomial lipschitz wasserstein transport markov monte carlo ode pde sde fourier group invariant equivariant equivariance symmetry operator dual duality metric riemannian geometry topology algebra algebraic linear nonlinear distribution distance divergence entropy likelihood estimator dimension dimensional infinite limit converge convergence sampling sampler hamiltonian langevin manifold tensor analytic closed-form',
    /** Words that say nothing of a topic even past the stopwords, shown in no reason: no-fit.ts. */
    generic:
      'first second third one two three four five six order range good need low high set turn time well large small number different given case effect effects find found make made way part due type since even less far per general specific simple common important possible recent present provide obtain obtained observed consider study studied problem problems value values term terms point points level levels form fact lead leads',
    /** Abstract words that say little about a topic, left out of the compact line: enrichment.ts. */
    untelling:
      'learning model models network networks neural deep method methods training data results show propose approach task tasks performance state art paper existing novel significantly achieve demonstrate present introduce',
    /** Words that count less in the term index (COMMON_WORD_WEIGHT): term-index.ts. */
    common:
      'learning learn learned neural network networks deep model models machine training train trained data large scale efficient improved improving simple towards toward via study analysis method framework',
  };
}
