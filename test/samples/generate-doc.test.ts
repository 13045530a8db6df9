// Checks generateDoc: sizes, sections, determinism, sort order and the Inbox option.
import {buildOutline, summarizeBlocks} from '../../src/core/outline';
import {generateDoc} from '../../samples/generate-doc';

function outlineOf(entries: number, options = {}) {
  return buildOutline(summarizeBlocks(generateDoc(entries, options).body));
}

function isNewestFirst(ids: string[]): boolean {
  return ids.every((id, i) => i === 0 || Number(ids[i - 1]) > Number(id));
}

describe('generateDoc', () => {
  it.each([100, 1000, 5000])('makes %i entries in 12 sections', n => {
    const outline = outlineOf(n);
    expect(outline.sections).toHaveLength(12);
    const counts = outline.sections.map(s => s.entries.length);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(n);
    const ids = outline.sections.flatMap(s => s.entries.map(e => e.id));
    expect(new Set(ids).size).toBe(n);
  });

  it('spreads entries unevenly', () => {
    const counts = outlineOf(1000).sections.map(s => s.entries.length);
    expect(Math.max(...counts)).toBeGreaterThan(2 * Math.min(...counts));
  });

  it('is deterministic by seed and differs between seeds', () => {
    expect(generateDoc(200, {seed: 7})).toEqual(generateDoc(200, {seed: 7}));
    expect(generateDoc(200, {seed: 7})).not.toEqual(
      generateDoc(200, {seed: 8}),
    );
  });

  it('writes sections newest first unless shuffled', () => {
    const sorted = outlineOf(500).sections;
    expect(sorted.every(s => isNewestFirst(s.entries.map(e => e.id)))).toBe(
      true,
    );
    const shuffled = outlineOf(500, {shuffled: true}).sections;
    expect(shuffled.some(s => !isNewestFirst(s.entries.map(e => e.id)))).toBe(
      true,
    );
  });

  it('varies titles and keeps realistic bylines', () => {
    const entries = outlineOf(300).sections.flatMap(s => s.entries);
    expect(new Set(entries.map(e => e.title)).size).toBeGreaterThan(200);
    expect(entries.every(e => e.written && e.categories.length === 1)).toBe(
      true,
    );
    expect(entries.every(e => e.notes.length >= 1)).toBe(true);
  });

  it('honours the sections and inbox options', () => {
    const outline = outlineOf(100, {sections: 15, inbox: 9});
    expect(outline.sections).toHaveLength(16);
    expect(outline.sections.map(s => s.title)).toContain('ML Math 2');
    expect(outline.inbox?.entries).toHaveLength(9);
  });
});
