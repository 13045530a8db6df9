// The live self-test through the bundle: run from the menu in the emulator, it passes and reports, in a scratch document.
import {createEnvironment} from '../../emulator';
import {
  describeSelfTest,
  selfTestView,
} from '../../src/app/shared/self-test-report';
import type {Block} from '../../src/core/doc-model';
import {loadDist} from '../support/dist-bundle';
import {WITHOUT_DOCS_API} from '../support/manifest';

const para = (text: string) => ({type: 'paragraph' as const, text});

/** The self-test dialog's whole report, as the details' box holds it. */
function shownReport(env: {
  ui: {shown: {kind: string; content: string}[]};
}): string {
  const [page] = env.ui.shown.filter(s => s.kind === 'modeless');
  return unescapeHtml(
    /<textarea[^>]*>([\s\S]*?)<\/textarea>/.exec(page.content)![1],
  );
}

function unescapeHtml(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('Run self-test (bundle)', () => {
  it('runs every fact in a new scratch document, nothing fails, and the alert says it may be deleted', () => {
    const {env, fns} = loadDist({
      document: {
        tabs: [
          {tabId: 't.0', title: 'List', body: [para('my reading list')]},
          {tabId: 't.b', title: 'More', body: [para('more papers')]},
        ],
      },
      activeTabId: 't.b',
    });
    const before = env.document.toJSON();
    fns.runSelfTest();

    expect(env.document.toJSON()).toEqual(before);
    expect(env.createdDocuments.size).toBe(1);
    const [scratch] = [...env.createdDocuments.values()];
    // A dialog, not an alert: the summary first, the whole text in the details' box.
    expect(env.ui.alerts).toHaveLength(0);
    const shown = env.ui.shown.filter(s => s.kind === 'modeless');
    expect(shown).toHaveLength(1);
    const {title, content} = shown[0];
    expect(title).toBe('Paper Haul self-test');
    const prompt = unescapeHtml(
      /<textarea[^>]*>([\s\S]*?)<\/textarea>/.exec(content)![1],
    );
    expect(content).toMatch(
      /<p id="report-summary"[^>]*>Paper Haul self-test, [^<]*: nothing failed \(14 facts\)\.<\/p>/,
    );
    expect(prompt).toMatch(/nothing failed \(14 facts\)/);
    expect(prompt).not.toMatch(/^FAIL/m);
    for (const name of [
      'list item inserted after a list',
      'paragraph inserted after bold linked text',
      'heading enums',
      'copy() and removeFromParent',
      'last paragraph cannot be removed',
      'table text separators',
      'glyph of a new list',
      'save and reopen',
      'Docs API read of a document with a table',
      'tabs',
      'tabs of this document',
      'table of contents index',
      'Documents.get mapping',
      'per-call latency',
    ]) {
      expect(prompt).toContain(`${name}:`);
    }
    expect(prompt).toContain(`(id ${scratch.id})`);
    expect(prompt).toMatch(/you may delete it/);
    // What the emulator does where real Docs' answer is unknown, recorded as seen.
    expect(prompt).toMatch(/^SEEN list item inserted after a list: joined: /m);
    expect(prompt).toMatch(/^PASS last paragraph cannot be removed: /m);
    expect(prompt).toMatch(
      /^SEEN tabs of this document: tabs: 2, active tab: t\.b, getBody\(\) is the active tab's body: true$/m,
    );
    // The emulator's glyph (BULLET) where the peer's live tests say NUMBER: recorded, not judged.
    expect(prompt).toMatch(
      /^SEEN glyph of a new list: appendListItem after a paragraph: GlyphType\.BULLET$/m,
    );
    // The saved scratch document holds a 2x2 table; the read's guard accepts it.
    expect(prompt).toMatch(
      /^PASS Docs API read of a document with a table: tables: 1, guard: accepted$/m,
    );
    expect(prompt).toMatch(
      /^SEEN table of contents index: no table of contents in the first tab of this document$/m,
    );
  });

  it("checks the position of the open document's table of contents in DocumentApp and the Docs API", () => {
    // The emulator's own block (emulator/document/nodes.ts), outside the DocJson contract's union.
    const toc = {
      type: 'tableOfContents',
      entries: ['Vision', 'Language'],
    } as unknown as Block;
    const {env, fns} = loadDist({
      document: {
        title: 'Reading list',
        body: [
          {type: 'paragraph', text: 'Reading list', heading: 'TITLE'},
          toc,
          {type: 'paragraph', text: 'Vision', heading: 'HEADING1'},
          {type: 'paragraph', text: ''},
        ],
      },
    });
    fns.runSelfTest();
    const prompt = shownReport(env);
    expect(prompt).toMatch(
      /^PASS table of contents index: DocumentApp child 1 of 4, Docs API element 1 of 4, indices 14-\d+, next block from \d+$/m,
    );
    const [, end, next] = /indices 14-(\d+), next block from (\d+)/.exec(
      prompt,
    )!;
    // The table of contents has indices of its own: the heading after it starts where it ends.
    expect(Number(end)).toBeGreaterThan(14);
    expect(next).toBe(end);
  });

  it('records the Docs API facts as seen when the advanced service is off', () => {
    const {env, fns} = loadDist({
      document: {title: 'Reading list', body: [para('my reading list')]},
      manifest: WITHOUT_DOCS_API,
    });
    fns.runSelfTest();
    const prompt = shownReport(env);
    expect(prompt).toMatch(
      /^SEEN Docs API read of a document with a table: the Docs advanced service is not on$/m,
    );
    expect(prompt).toMatch(
      /^SEEN table of contents index: the Docs advanced service is not on$/m,
    );
  });
});

describe('describeSelfTest', () => {
  it('counts failures and marks each fact', () => {
    const text = describeSelfTest(
      {
        scratchDocumentId: 'd1',
        scratchDocumentName: 'scratch',
        facts: [
          {name: 'a', outcome: 'pass', detail: 'ok'},
          {name: 'b', outcome: 'fail', detail: 'threw: x'},
          {name: 'c', outcome: 'observed', detail: 'joined: true'},
        ],
      },
      '2026-12-01T00:00:00.000Z',
    );
    expect(text.split('\n').slice(0, 4)).toEqual([
      'Paper Haul self-test, 2026-12-01T00:00:00.000Z: 1 failed (3 facts).',
      'PASS a: ok',
      'FAIL b: threw: x',
      'SEEN c: joined: true',
    ]);
  });
});

describe('the report dialog (dist/Report.html through HtmlService)', () => {
  it('escapes everything the report says: a detail holding markup stays text', () => {
    const env = createEnvironment({});
    const template = env.globals.HtmlService.createTemplateFromFile('Report');
    Object.assign(
      template,
      selfTestView(
        {
          scratchDocumentId: 'd1"><img src=x onerror=alert(1)>',
          scratchDocumentName: '</textarea><script>alert(2)</script>',
          facts: [{name: '<b>a</b>', outcome: 'fail', detail: "it's & <i>"}],
        },
        '2026-12-01T00:00:00.000Z',
      ),
    );
    const page = template.evaluate().getContent();
    expect(page).not.toMatch(/<img|<script>alert|<b>a|<i>/);
    expect(page.match(/<script>/g)).toHaveLength(1);
    expect(page.match(/<\/textarea>/g)).toHaveLength(1);
    expect(page).toContain(
      'FAIL &lt;b&gt;a&lt;/b&gt;: it&#39;s &amp; &lt;i&gt;',
    );
    expect(page).toMatch(
      /<p id="report-summary" class="failed"[^>]*>Paper Haul self-test, 2026-12-01T00:00:00.000Z: 1 failed \(1 facts\)\.<\/p>/,
    );
    expect(page).toContain('<summary>Details (1 facts)</summary>');
  });
});
