// A quick look at a few corpora while tuning the classifier (`node scripts/eval-quick.mjs [name ...]`): the full `npm run eval:suggest` takes minutes.
import {abstractListCorpora} from './eval-corpora-abstracts';
import {
  type Corpus,
  handWrittenCorpus,
  headingsOnlyCorpus,
  readingListCorpora,
  sampleCorpus,
} from './eval-corpora';
import {type Evaluation, evaluateCorpus, pooled} from './eval-suggest';

/** The named corpora (substring match), or the abstract lists and the fairness list. */
export function quick(names: string[]): Evaluation[] {
  const wanted = names.length ? names : ['gaussian', 'fairness'];
  const pick = (c: Corpus) => wanted.some(n => c.name.includes(n));
  const out: Evaluation[] = [];
  const lists = readingListCorpora().filter(pick).map(evaluateCorpus);
  out.push(...lists);
  if (lists.length > 1) out.push(pooled('lists picked', lists));
  for (const c of [
    sampleCorpus(),
    ...abstractListCorpora(),
    headingsOnlyCorpus(),
    handWrittenCorpus(),
  ]) {
    if (pick(c)) out.push(evaluateCorpus(c));
  }
  return out;
}
