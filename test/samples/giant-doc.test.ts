// Checks the sample giant doc: in sync with its table, and shaped as the brief and docs/DESIGN.md's model describe.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {DocJson} from '../../src/core/doc-model';
import {buildOutline, summarizeBlocks} from '../../src/core/outline';
import {buildGiantDoc} from '../../samples/giant-doc';

const doc: DocJson = JSON.parse(
  readFileSync(join(__dirname, '../../samples/giant-doc.json'), 'utf8'),
);

describe('samples/giant-doc.json', () => {
  const outline = buildOutline(summarizeBlocks(doc.body));

  it('is what samples/build-giant-doc.mjs writes from the table', () => {
    expect(doc).toEqual(buildGiantDoc());
  });

  it('has a preamble with a TITLE, twelve topic sections and an Inbox', () => {
    expect(doc.body[0]).toMatchObject({heading: 'TITLE'});
    expect(outline.level).toBe(2);
    expect(outline.preambleEnd).toBeGreaterThan(1);
    const names = outline.sections.map(s => s.title);
    expect(names).toHaveLength(13);
    expect(names).toContain('ML Math');
    expect(names[names.length - 1]).toBe('Inbox');
    expect(outline.inbox?.entries.length).toBeGreaterThanOrEqual(3);
  });

  it('holds 150+ entries, unevenly spread, with a deeper heading inside one section', () => {
    const counts = outline.sections.map(s => s.entries.length);
    const total = counts.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(150);
    expect(Math.max(...counts)).toBeGreaterThanOrEqual(25);
    expect(Math.min(...counts)).toBeLessThanOrEqual(10);
    expect(
      doc.body.some(b => b.type === 'paragraph' && b.heading === 'HEADING3'),
    ).toBe(true);
    const math = outline.sections.find(s => s.title === 'ML Math');
    expect(math?.runs.length).toBe(2);
  });

  it('mixes add-on entries with about twenty hand-written ones', () => {
    const entries = outline.sections.flatMap(s => s.entries);
    const handWritten = entries.filter(e => !e.written);
    expect(handWritten.length).toBeGreaterThanOrEqual(18);
    expect(entries.filter(e => e.written).length).toBeGreaterThan(200);
    const urls = handWritten.map(e => e.url).join(' ');
    expect(urls).toMatch(/arxiv\.org\/pdf\//);
    expect(urls).toMatch(/alphaxiv\.org\/abs\//);
    expect(doc.body.some(b => b.type === 'table')).toBe(true);
    expect(
      doc.body.some(b => b.type === 'listItem' && b.glyph === 'NUMBER'),
    ).toBe(true);
  });

  it('files each paper once outside the Inbox, with one duplicate pasted into the Inbox', () => {
    const filed = outline.sections
      .filter(s => s.title !== 'Inbox')
      .flatMap(s => s.entries.map(e => e.id));
    expect(new Set(filed).size).toBe(filed.length);
    const inboxIds = outline.inbox?.entries.map(e => e.id) ?? [];
    expect(inboxIds.filter(id => filed.includes(id))).toEqual(['1706.03762']);
  });

  it('keeps every link and style range inside its text', () => {
    for (const block of doc.body) {
      if (block.type === 'table') continue;
      const ranges = [
        ...(block.links ?? []),
        ...(block.bold ?? []),
        ...(block.italic ?? []),
        ...(block.colors ?? []),
      ];
      for (const r of ranges) {
        expect(r.start).toBeGreaterThanOrEqual(0);
        expect(r.end).toBeGreaterThan(r.start);
        expect(r.end).toBeLessThanOrEqual(block.text.length);
      }
    }
  });
});
