// Rows of words packed into a dictionary and one or two characters a word: how src/core/taxonomy-words.ts stores its rows (scripts/gen-taxonomy.js packs them).

/** Rows packed by scripts/gen-taxonomy.js's packRows. */
export interface PackedRows {
  /** The distinct words, most used first, joined by spaces. */
  words: string;
  /** Each row's words as codes into `words`, rows joined by spaces. */
  rows: string;
  /** The characters a code is made of. */
  codes: string;
  /** Codes before this index are one character; a first character at it or after takes a second. */
  single: number;
}

/** The rows back, each its words joined by spaces. */
export function unpackRows({words, rows, codes, single}: PackedRows): string[] {
  const dictionary = words.split(' ');
  return rows.split(' ').map(row => {
    const out: string[] = [];
    for (let i = 0; i < row.length; i++) {
      const code = codes.indexOf(row[i]);
      out.push(
        dictionary[
          code < single
            ? code
            : single + (code - single) * codes.length + codes.indexOf(row[++i])
        ],
      );
    }
    return out.join(' ');
  });
}
