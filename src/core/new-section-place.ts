// Where a new section's heading goes: before the Inbox when the Inbox ends the sections, so filed topics stay above it.
import type {Outline} from './doc-model';
import {normalizeSectionName} from './outline';

/**
 * The body index for a new section named `name`: right before the Inbox's
 * heading when the Inbox is the last section (the Inbox stays the catch-all
 * at the end), else after the last section (`outline.newSectionIndex`). The
 * Inbox itself, when missing, goes at the end.
 */
export function newSectionPlace(outline: Outline, name: string): number {
  const {inbox, sections} = outline;
  const inboxLast =
    inbox !== undefined && sections[sections.length - 1] === inbox;
  if (!inboxLast) return outline.newSectionIndex;
  if (normalizeSectionName(name) === normalizeSectionName(inbox.title)) {
    return outline.newSectionIndex;
  }
  return inbox.headingIndex;
}
