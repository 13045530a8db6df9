// Text attributes as getAttributes/setAttributes read and write them, and the offset checks of the Text methods.
import {Attribute} from '../enums';
import {normalizeColor} from '../nodes';
import type {RichText, TextAttributeName} from '../rich-text';
import type {TextStore} from '../text-store';

/** Checks an inclusive [start, endInclusive] range against a text's length. */
export function checkInclusiveRange(
  start: number,
  end: number,
  length: number,
): void {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new Error('Exception: Invalid argument: offsets must be integers');
  }
  if (end >= length) {
    throw new Error(
      `Exception: Index (${end}) must be less than the content length (${length}).`,
    );
  }
  if (start < 0 || start > end) {
    throw new Error(
      `Exception: Invalid argument: startOffset (${start}) must be between 0 and endOffsetInclusive (${end}).`,
    );
  }
}

/** Throws Docs' error for an offset outside the text. */
export function checkOffset(offset: number, length: number): void {
  if (!Number.isInteger(offset) || offset < 0 || offset >= length) {
    throw new Error(
      `Exception: Index (${offset}) must be less than the content length (${length}).`,
    );
  }
}

/** The value of an attribute over the whole text, or undefined when it varies. */
export function uniform(rich: RichText, name: TextAttributeName): unknown {
  const runs: {start: number; end: number; value: unknown}[] =
    rich.attrs[name].list();
  if (runs.length === 0) return null;
  const only = runs[0];
  if (runs.length === 1 && only.start === 0 && only.end === rich.length) {
    return only.value;
  }
  return undefined;
}

/** The text attributes as getAttributes reports them, for one offset or the whole text (null when mixed). */
export function textAttributes(
  rich: RichText,
  offset: number | null,
): Record<string, unknown> {
  const read = (name: TextAttributeName) => {
    const value = offset === null ? uniform(rich, name) : rich.at(name, offset);
    return value === undefined ? null : value;
  };
  const bold = read('bold');
  const italic = read('italic');
  return {
    [String(Attribute.BOLD)]: bold === null && offset !== null ? false : bold,
    [String(Attribute.ITALIC)]:
      italic === null && offset !== null ? false : italic,
    [String(Attribute.FOREGROUND_COLOR)]: read('color'),
    [String(Attribute.LINK_URL)]: read('link'),
  };
}

/** Applies the text attributes of a setAttributes object to [start, end). */
export function applyTextAttributes(
  store: TextStore,
  start: number,
  end: number,
  attributes: Record<string, unknown>,
): void {
  for (const [key, value] of Object.entries(checkAttributeKeys(attributes))) {
    if (key === 'BOLD') store.setAttr('bold', start, end, value ? true : null);
    if (key === 'ITALIC')
      store.setAttr('italic', start, end, value ? true : null);
    if (key === 'LINK_URL') store.setAttr('link', start, end, linkValue(value));
    if (key === 'FOREGROUND_COLOR') {
      store.setAttr(
        'color',
        start,
        end,
        value ? normalizeColor(String(value)) : null,
      );
    }
  }
}

/**
 * Refuses keys that are no DocumentApp.Attribute. Known attributes the
 * emulator does not model (fonts, spacing, ...) are accepted and ignored:
 * DocJson has no place for them.
 */
export function checkAttributeKeys(
  attributes: unknown,
): Record<string, unknown> {
  if (!attributes || typeof attributes !== 'object') {
    throw new Error('Exception: Invalid argument: attributes');
  }
  for (const key of Object.keys(attributes)) {
    if (!Attribute[key]) {
      throw new Error(`Exception: Invalid argument: attributes (${key})`);
    }
  }
  return attributes as Record<string, unknown>;
}

/** A link attribute value: null clears the link. */
export function linkValue(url: unknown): string | null {
  if (url === null || url === undefined || url === '') return null;
  return String(url);
}
