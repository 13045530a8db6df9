// findText's reduced regular expressions: what Docs accepts, compiled to a JavaScript RegExp.

/**
 * Compiles a findText pattern. Docs documents that capture groups and mode
 * modifiers are not fully supported; we refuse every group except `(?:...)`
 * and every backreference (the stricter choice), so code that relies on them
 * fails here rather than in Docs.
 */
export function compileFindPattern(pattern: string): RegExp {
  if (typeof pattern !== 'string' || pattern === '') {
    throw new Error('Exception: Invalid argument: searchPattern');
  }
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '\\') {
      if (/[1-9]/.test(pattern[i + 1] ?? '')) refuse(pattern, 'backreferences');
      i++;
    } else if (inClass) {
      if (char === ']') inClass = false;
    } else if (char === '[') {
      inClass = true;
    } else if (char === '(' && pattern.slice(i, i + 3) !== '(?:') {
      refuse(pattern, 'capture groups and mode modifiers');
    }
  }
  try {
    return new RegExp(pattern, 'g');
  } catch {
    throw new Error(`Exception: Invalid argument: searchPattern (${pattern})`);
  }
}

function refuse(pattern: string, what: string): never {
  throw new Error(
    `Exception: Invalid argument: searchPattern (${pattern}): ${what} are not supported by findText.`,
  );
}

/** The first non-empty match in `text` at or after `from`, as [start, endExclusive]. */
export function firstMatch(
  regex: RegExp,
  text: string,
  from: number,
): [number, number] | null {
  regex.lastIndex = from;
  for (;;) {
    const match = regex.exec(text);
    if (!match) return null;
    if (match[0].length > 0)
      return [match.index, match.index + match[0].length];
    regex.lastIndex = match.index + 1;
    if (regex.lastIndex > text.length) return null;
  }
}

/** Where findText found its match: which of the searched texts, and the match's [start, endExclusive] in it. */
export interface FindHit {
  index: number;
  match: [number, number];
}

/**
 * findText over texts searched in order, each on its own (a match never
 * spans two). `startAt` says where to begin, the text and the offset in it;
 * it is asked only once the pattern compiled, so a bad pattern is the error
 * reported first.
 */
export function findAcross(
  searchPattern: string,
  texts: readonly string[],
  startAt: () => {index: number; offset: number},
): FindHit | null {
  const regex = compileFindPattern(searchPattern);
  const {index: first, offset} = startAt();
  for (let index = first; index < texts.length; index++) {
    const match = firstMatch(regex, texts[index], index === first ? offset : 0);
    if (match) return {index, match};
  }
  return null;
}
