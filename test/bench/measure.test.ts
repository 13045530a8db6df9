// How the bench sorts emulated calls into document reads and writes, and renders its tables.
import {
  classifyCall,
  childVisits,
  summarizeCalls,
  timeIt,
} from '../../bench/measure';
import {markdownTable, replaceBetweenMarkers} from '../../bench/report';

describe('classifyCall', () => {
  it.each([
    ['DocumentApp.Body.getChild', 'read'],
    ['DocumentApp.Paragraph.isAtDocumentEnd', 'read'],
    ['DocumentApp.Body.findText', 'read'],
    ['DocumentApp.getActiveDocument', 'read'],
    ['DocumentApp.Body.insertParagraph', 'write'],
    ['DocumentApp.Body.appendListItem', 'write'],
    ['DocumentApp.Text.setLinkUrl', 'write'],
    ['DocumentApp.Paragraph.removeFromParent', 'write'],
    ['DocumentApp.Paragraph.copy', 'write'],
    ['DocumentApp.Paragraph.merge', 'write'],
    ['DocumentApp.getUi', 'ui'],
    ['DocumentApp.Ui.createAddonMenu', 'ui'],
    ['DocumentApp.Menu.addItem', 'ui'],
    ['PropertiesService.Properties.getProperty', 'other'],
    ['UrlFetchApp.fetch', 'other'],
  ])('%s is a %s', (method, kind) => {
    expect(classifyCall(method)).toBe(kind);
  });
});

describe('summarizeCalls', () => {
  it('totals every call and splits document reads from writes', () => {
    const summary = summarizeCalls({
      'DocumentApp.Body.getChild': 10,
      'DocumentApp.Paragraph.getText': 7,
      'DocumentApp.Body.insertParagraph': 2,
      'PropertiesService.Properties.getProperty': 1,
    });
    expect(summary).toMatchObject({total: 20, reads: 17, writes: 2});
    expect(summary.top[0]).toEqual(['DocumentApp.Body.getChild', 10]);
  });
});

describe('childVisits', () => {
  it('counts the calls that fetch a body child, not the reads made on it', () => {
    const summary = summarizeCalls({
      'DocumentApp.Body.getChild': 10,
      'DocumentApp.Paragraph.getNextSibling': 3,
      'DocumentApp.Text.getLinkUrl': 25,
      'DocumentApp.Paragraph.getText': 10,
    });
    expect(childVisits(summary)).toBe(13);
  });

  it('is zero for calls that never touch the document', () => {
    expect(childVisits(summarizeCalls({'DocumentApp.getUi': 1}))).toBe(0);
  });
});

describe('timeIt', () => {
  it('runs the function at least the minimum number of times after a warm-up', () => {
    let calls = 0;
    const timing = timeIt(() => calls++, {minRuns: 3, maxRuns: 3, budgetMs: 0});
    expect(calls).toBe(4);
    expect(timing.runs).toBe(3);
    expect(timing.minMs).toBeLessThanOrEqual(timing.medianMs);
  });
});

describe('markdownTable', () => {
  it('pads columns and right-aligns the numeric ones', () => {
    expect(
      markdownTable(
        ['op', 'calls'],
        [
          ['onOpen', 4],
          ['preview', 120],
        ],
      ),
    ).toBe(
      [
        '| op      | calls |',
        '|---------|------:|',
        '| onOpen  |     4 |',
        '| preview |   120 |',
      ].join('\n'),
    );
  });
});

describe('replaceBetweenMarkers', () => {
  it('replaces only the text between the named markers', () => {
    const doc =
      'intro\n<!-- bench:results:start -->\nold\n<!-- bench:results:end -->\noutro';
    expect(replaceBetweenMarkers(doc, 'results', 'new')).toBe(
      'intro\n<!-- bench:results:start -->\nnew\n<!-- bench:results:end -->\noutro',
    );
  });

  it('leaves a page without markers alone', () => {
    expect(replaceBetweenMarkers('no markers', 'results', 'new')).toBe(
      'no markers',
    );
  });
});
