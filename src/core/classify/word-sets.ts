// The classifier's word lists (word-lists.ts) as sets, each built on first use so that loading the modules reads no data.
import {classifierWordLists} from './word-lists';
import {words} from './words';

type ListName = keyof ReturnType<typeof classifierWordLists>;

let lists: ReturnType<typeof classifierWordLists> | null = null;
const sets = new Map<ListName, ReadonlySet<string>>();

/** Splits a list on its spaces only, for the list written as the tokenizer's stems already. */
export function splitWords(text: string): string[] {
  return text.split(' ');
}

/** One list as a set of its words (tokenized by `tokenize`, words.ts' words by default), built once. */
export function wordSet(
  name: ListName,
  tokenize: (text: string) => string[] = words,
): ReadonlySet<string> {
  let set = sets.get(name);
  if (!set) {
    lists ??= classifierWordLists();
    set = new Set(tokenize(lists[name]));
    sets.set(name, set);
  }
  return set;
}
