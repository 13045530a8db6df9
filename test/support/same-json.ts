// One assertion that two plain JSON values are equal, cheap when they are: jest's deep compare of a whole document body costs more than the run that made it.

/**
 * expect(actual).toEqual(expected) for JSON data (documents' toJSON, REST
 * answers): equal serialisations pass at once (they imply toEqual), and
 * anything else goes through toEqual itself, for its verdict and its diff.
 */
export function expectSameJson(actual: unknown, expected: unknown): void {
  const a = JSON.stringify(actual);
  const b = JSON.stringify(expected);
  if (a === b) expect(a).toBe(b);
  else expect(actual).toEqual(expected);
}
