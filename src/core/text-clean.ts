// Text cleaned at the door: control characters (other than tab and line breaks) and invisible marks never reach the document or the settings.

/** C0 controls but tab, line feed and carriage return; DEL and the C1 controls; the BOM. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF]/g;
/** Zero-width characters a name cannot show: space, joiners, word joiner, BOM. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

/**
 * Text from the user (a gist, a keyword, a pasted list) without control
 * characters: tab and line breaks stay, as do zero-width joiners, which
 * shape some scripts and emoji.
 */
export function cleanText(text: string): string {
  return text.replace(CONTROLS, '');
}

/**
 * A name (a section, the Inbox): without control characters, without
 * zero-width ones, its white space runs one space, trimmed. Two names that
 * differ only by invisible characters clean to the same name.
 */
export function cleanName(name: string): string {
  return cleanText(name).replace(ZERO_WIDTH, '').replace(/\s+/g, ' ').trim();
}
