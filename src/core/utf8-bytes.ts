// How many bytes a string takes in UTF-8: the unit of Apps Script's property quotas (9 KB a value).

/**
 * The UTF-8 length of `text`, counted without an encoder (none exists in
 * Apps Script's V8 for strings).
 */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is 4 bytes in UTF-8: 2 counted here for each half.
    bytes +=
      code < 0x80
        ? 1
        : code < 0x800 || (code >= 0xd800 && code < 0xe000)
          ? 2
          : 3;
  }
  return bytes;
}

/**
 * UTF-8 bytes and UTF-16 units of the character starting at `i`: a surrogate
 * pair is one 4-byte character (what a splitter must not cut).
 */
export function charUtf8(
  text: string,
  i: number,
): {bytes: number; units: number} {
  const code = text.charCodeAt(i);
  if (code < 0x80) return {bytes: 1, units: 1};
  if (code < 0x800) return {bytes: 2, units: 1};
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    return {bytes: 4, units: 2};
  }
  return {bytes: 3, units: 1};
}
