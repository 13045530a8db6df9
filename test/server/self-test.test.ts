// The live self-test through the bundle: run from the menu in the emulator, it passes and reports, in a scratch document.
import {
  describeSelfTest,
  selfTestPage,
} from '../../src/app/shared/self-test-report';
import {loadDist} from '../support/dist-bundle';

const para = (text: string) => ({type: 'paragraph' as const, text});

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
      /<p id="report-summary"[^>]*>Paper Haul self-test, [^<]*: nothing failed \(11 facts\)\.<\/p>/,
    );
    expect(prompt).toMatch(/nothing failed \(11 facts\)/);
    expect(prompt).not.toMatch(/^FAIL/m);
    for (const name of [
      'list item inserted after a list',
      'paragraph inserted after bold linked text',
      'heading enums',
      'copy() and removeFromParent',
      'last paragraph cannot be removed',
      'table text separators',
      'save and reopen',
      'tabs',
      'tabs of this document',
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

describe('selfTestPage', () => {
  it('escapes everything the report says: a detail holding markup stays text', () => {
    const page = selfTestPage(
      {
        scratchDocumentId: 'd1"><img src=x onerror=alert(1)>',
        scratchDocumentName: '</textarea><script>alert(2)</script>',
        facts: [{name: '<b>a</b>', outcome: 'fail', detail: "it's & <i>"}],
      },
      '2026-12-01T00:00:00.000Z',
    );
    expect(page).not.toMatch(/<img|<script>alert|<b>a|<i>/);
    expect(page.match(/<script>/g)).toHaveLength(1);
    expect(page.match(/<\/textarea>/g)).toHaveLength(1);
    expect(page).toContain(
      'FAIL &lt;b&gt;a&lt;/b&gt;: it&#39;s &amp; &lt;i&gt;',
    );
    expect(page).toMatch(
      /<p id="report-summary" class="failed"[^>]*>Paper Haul self-test, 2026-12-01T00:00:00.000Z: 1 failed \(1 facts\)\.<\/p>/,
    );
  });
});
