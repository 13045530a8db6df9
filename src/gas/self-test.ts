// The live self-test: checks, in a scratch document, the Docs behaviours Paper Haul depends on, and reports what it saw.
import type {
  SelfTestFact,
  SelfTestReport,
} from '../app/shared/self-test-report';
import {DOCS_READ_FIELDS, mismatch, summariesFromRest} from './docs-api-read';
import {listTabs} from './tab-body';

type Doc = GoogleAppsScript.Document.Document;
type Body = GoogleAppsScript.Document.Body;

/** Calls timed for the per-call latency fact. */
const LATENCY_CALLS = 20;

const SCRATCH_NAME = 'Paper Haul self-test (safe to delete)';

function pass(name: string, ok: boolean, detail: string): SelfTestFact {
  return {name, outcome: ok ? 'pass' : 'fail', detail};
}

function observed(name: string, detail: string): SelfTestFact {
  return {name, outcome: 'observed', detail};
}

/**
 * Runs one fact; a throw is that fact's failure, never the suite's. Each
 * fact appends what it needs after a paragraph of its own, so what earlier
 * facts left does not touch it.
 */
function fact(
  name: string,
  body: Body,
  run: (body: Body) => SelfTestFact,
): SelfTestFact {
  try {
    body.appendParagraph(`— ${name} —`);
    return run(body);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return {name, outcome: 'fail', detail: `threw: ${message}`};
  }
}

/** Runs a fact that writes nothing; a throw is its failure. */
function safely(name: string, run: () => SelfTestFact): SelfTestFact {
  try {
    return run();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return {name, outcome: 'fail', detail: `threw: ${message}`};
  }
}

/** A list item inserted right after a list: does it join it, and which glyph and nesting does it get? */
function listJoin(body: Body): SelfTestFact {
  const first = body.appendListItem('first item');
  first.setGlyphType(DocumentApp.GlyphType.HOLLOW_BULLET);
  first.setNestingLevel(1);
  const next = body.insertListItem(body.getChildIndex(first) + 1, 'next');
  return observed(
    'list item inserted after a list',
    `joined: ${next.getListId() === first.getListId()}, glyph: ${String(next.getGlyphType())}, nesting: ${next.getNestingLevel()}`,
  );
}

/**
 * The glyph of a new list (a list item after a paragraph): the peer's live
 * tests say NUMBER, the emulator gives BULLET. Insert sets its own glyph on
 * a list it starts, so this is recorded, not judged.
 */
function newListGlyph(body: Body): SelfTestFact {
  const item = body.appendListItem('a new list');
  return observed(
    'glyph of a new list',
    `appendListItem after a paragraph: ${String(item.getGlyphType())}`,
  );
}

/** Text inserted after a bold, linked paragraph: does it take the neighbour's style? */
function styleInheritance(body: Body): SelfTestFact {
  const styled = body.appendParagraph('styled');
  styled
    .editAsText()
    .setBold(true)
    .setLinkUrl('https://arxiv.org/abs/1706.03762');
  const next = body.insertParagraph(body.getChildIndex(styled) + 1, 'plain');
  const text = next.editAsText();
  return observed(
    'paragraph inserted after bold linked text',
    `bold: ${String(text.isBold(0))}, link: ${String(text.getLinkUrl(0))}`,
  );
}

/** Headings as Paper Haul reads them: by identity with the enum's value; its string form (undocumented) is recorded. */
function headingEnums(body: Body): SelfTestFact {
  const paragraph = body.appendParagraph('Vision');
  paragraph.setHeading(DocumentApp.ParagraphHeading.HEADING2);
  const heading = paragraph.getHeading();
  const same = heading === DocumentApp.ParagraphHeading.HEADING2;
  return pass(
    'heading enums',
    same,
    `getHeading() === ParagraphHeading.HEADING2: ${same}; String() gave ${String(heading)}`,
  );
}

/** Moving is copy, insert, remove: the copy keeps text and style, the original goes. */
function copyAndRemove(body: Body): SelfTestFact {
  const original = body.appendParagraph('moved');
  original.editAsText().setItalic(true);
  body.appendParagraph('anchor');
  body.insertParagraph(body.getNumChildren(), original.copy());
  original.removeFromParent();
  const count = body.getNumChildren();
  const texts = [count - 3, count - 2, count - 1].map(i =>
    body.getChild(i).asParagraph().getText(),
  );
  const moved = body.getChild(count - 1).asParagraph();
  const ok =
    texts.join('|').endsWith('anchor|moved') &&
    texts[0] !== 'moved' &&
    moved.editAsText().isItalic(0) === true;
  return pass('copy() and removeFromParent', ok, texts.join(' | '));
}

/** Docs refuses to remove a section's last paragraph. */
function lastParagraph(body: Body): SelfTestFact {
  const last = body.getChild(body.getNumChildren() - 1);
  try {
    last.removeFromParent();
  } catch (err) {
    return pass(
      'last paragraph cannot be removed',
      true,
      err instanceof Error ? err.message : String(err),
    );
  }
  return pass('last paragraph cannot be removed', false, 'it was removed');
}

/**
 * A table's text separators: the emulator and the Docs API read's guard put
 * every cell on its own line (gas-fakes' live-proved tests); a tab between a
 * row's cells would make every read of a document with a table fall back.
 */
function tableText(body: Body): SelfTestFact {
  const table = body.appendTable([
    ['R1C1', 'R1C2'],
    ['R2C1', 'R2C2'],
  ]);
  const text = table.getText();
  const row = table.getRow(0).getText();
  return pass(
    'table text separators',
    text === 'R1C1\nR1C2\nR2C1\nR2C2' && row === 'R1C1\nR1C2',
    `Table.getText: ${JSON.stringify(text)}, TableRow.getText: ${JSON.stringify(row)}`,
  );
}

/** Tabs: at least one; the first tab's body is what getBody() gives a document opened by id. */
function tabs(doc: Doc): SelfTestFact {
  const all = doc.getTabs();
  const first = all[0];
  const same =
    first.asDocumentTab().getBody().getText() === doc.getBody().getText();
  const active = doc.getActiveTab();
  return pass(
    'tabs',
    all.length >= 1 && same,
    `tabs: ${all.length}, first: ${first.getId()} "${first.getTitle()}", ` +
      `first tab body = getBody(): ${same}, active tab of a created document: ${active ? active.getId() : 'null'}`,
  );
}

/**
 * Read only, in the user's own document: DocumentApp cannot add tabs, so
 * whether getActiveTab answers in an add-on and whether getBody() is the open
 * tab can only be seen in a document that has tabs.
 */
function openDocumentTabs(): SelfTestFact {
  const name = 'tabs of this document';
  const doc = DocumentApp.getActiveDocument();
  if (!doc) return observed(name, 'no open document');
  const count = listTabs(doc).length;
  let active: GoogleAppsScript.Document.Tab | null;
  try {
    active = doc.getActiveTab();
  } catch (err) {
    return observed(
      name,
      `tabs: ${count}, getActiveTab threw: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  if (!active) return observed(name, `tabs: ${count}, getActiveTab: null`);
  const same =
    active.asDocumentTab().getBody().getText() === doc.getBody().getText();
  return observed(
    name,
    `tabs: ${count}, active tab: ${active.getId()}, getBody() is the active tab's body: ${same}`,
  );
}

/**
 * The Docs API read's guard on the saved scratch document, which holds the
 * 2x2 table of 'table text separators': the REST body's summaries must match
 * DocumentApp's children and text, else every read of a document with a
 * table falls back to the slow DocumentApp pass. Writes nothing, so it runs
 * before the facts that write after the reopen (the Docs API sees only
 * saved content).
 */
function guardWithTable(id: string, body: Body): SelfTestFact {
  const name = 'Docs API read of a document with a table';
  const docs = docsService();
  if (!docs || !docs.Documents) {
    return observed(name, 'the Docs advanced service is not on');
  }
  const got = docs.Documents.get(id, {fields: DOCS_READ_FIELDS});
  const content = (got.body && got.body.content) || [];
  const tables = content.filter(e => e.table).length;
  const why = mismatch(summariesFromRest(content), body);
  return pass(
    name,
    tables > 0 && why === null,
    `tables: ${tables}, guard: ${why ?? 'accepted'}`,
  );
}

/** The REST fields the table-of-contents fact reads: positions and indices only. */
const TOC_FIELDS =
  'body/content(startIndex,endIndex,sectionBreak,tableOfContents/content/startIndex)';

/**
 * Read only, in the user's own document (DocumentApp cannot make a table
 * of contents): a table of contents is one body child in DocumentApp and one
 * structural element in the Docs API at the same position, so the blocks
 * after it keep their indices. Its UTF-16 start and end are recorded.
 */
function tableOfContentsIndex(): SelfTestFact {
  const name = 'table of contents index';
  const doc = DocumentApp.getActiveDocument();
  if (!doc) return observed(name, 'no open document');
  const docs = docsService();
  if (!docs || !docs.Documents) {
    return observed(name, 'the Docs advanced service is not on');
  }
  // Documents.get's body is the first tab's.
  const first = doc.getTabs()[0];
  const body = first ? first.asDocumentTab().getBody() : doc.getBody();
  const children = body.getNumChildren();
  let childIndex = -1;
  for (let i = 0; i < children && childIndex < 0; i++) {
    if (
      body.getChild(i).getType() === DocumentApp.ElementType.TABLE_OF_CONTENTS
    ) {
      childIndex = i;
    }
  }
  if (childIndex < 0) {
    return observed(
      name,
      'no table of contents in the first tab of this document',
    );
  }
  const content =
    docs.Documents.get(doc.getId(), {fields: TOC_FIELDS}).body?.content ?? [];
  const blocks = content.filter(e => !e.sectionBreak);
  const restIndex = blocks.findIndex(e => e.tableOfContents);
  const toc = blocks[restIndex];
  const next = blocks[restIndex + 1];
  const ok = restIndex === childIndex && blocks.length === children;
  return pass(
    name,
    ok,
    `DocumentApp child ${childIndex} of ${children}, Docs API element ${restIndex} of ${blocks.length}, ` +
      `indices ${toc?.startIndex ?? '?'}-${toc?.endIndex ?? '?'}, next block from ${next?.startIndex ?? 'none'}`,
  );
}

/** Milliseconds per call of `fn`, timed over LATENCY_CALLS calls. */
function perCall(fn: () => void): number {
  const started = Date.now();
  for (let i = 0; i < LATENCY_CALLS; i++) fn();
  return (Date.now() - started) / LATENCY_CALLS;
}

/** The Docs advanced service, when the project has it turned on. */
function docsService(): GoogleAppsScript.Docs | null {
  return typeof Docs !== 'undefined' ? Docs : null;
}

/** Documents.get's body content against DocumentApp's children: how many of each, and the latency. */
function documentsGet(id: string, body: Body): SelfTestFact {
  const docs = docsService();
  if (!docs || !docs.Documents) {
    return observed(
      'Documents.get mapping',
      'the Docs advanced service is not on',
    );
  }
  body.appendParagraph('one');
  body.appendListItem('two');
  body.appendTable([['a', 'b']]);
  const started = Date.now();
  const got = docs.Documents.get(id);
  const ms = Date.now() - started;
  const content = (got.body && got.body.content) || [];
  const kinds = content.map(element =>
    element.paragraph
      ? 'p'
      : element.table
        ? 't'
        : element.sectionBreak
          ? 's'
          : '?',
  );
  return observed(
    'Documents.get mapping',
    `DocumentApp children: ${body.getNumChildren()}, Documents.get content: ${kinds.join('')}, ${ms} ms`,
  );
}

/**
 * Runs every fact in a new scratch document (which it leaves for the user to
 * delete: removing it would need the Drive scope).
 */
export function runSelfTest(): SelfTestReport {
  const doc = DocumentApp.create(SCRATCH_NAME);
  const id = doc.getId();
  const body = doc.getBody();
  const facts: SelfTestFact[] = [
    fact('list item inserted after a list', body, listJoin),
    fact('paragraph inserted after bold linked text', body, styleInheritance),
    fact('heading enums', body, headingEnums),
    fact('copy() and removeFromParent', body, copyAndRemove),
    fact('last paragraph cannot be removed', body, lastParagraph),
    fact('table text separators', body, tableText),
    fact('glyph of a new list', body, newListGlyph),
  ];
  let reopened: Doc = doc;
  try {
    body.appendParagraph('kept across a save');
    doc.saveAndClose();
    reopened = DocumentApp.openById(id);
    const text = reopened.getBody().getText();
    facts.push(
      pass(
        'save and reopen',
        text.includes('kept across a save'),
        `text kept: ${text.includes('kept across a save')}`,
      ),
    );
  } catch (err) {
    facts.push({
      name: 'save and reopen',
      outcome: 'fail',
      detail: `threw: ${err instanceof Error ? err.message : String(err)}`,
    });
  }
  const reopenedBody = reopened.getBody();
  facts.push(
    safely('Docs API read of a document with a table', () =>
      guardWithTable(id, reopenedBody),
    ),
  );
  facts.push(fact('tabs', reopenedBody, () => tabs(reopened)));
  facts.push(safely('tabs of this document', openDocumentTabs));
  facts.push(safely('table of contents index', tableOfContentsIndex));
  facts.push(
    fact('Documents.get mapping', reopenedBody, b => documentsGet(id, b)),
  );
  facts.push(
    fact('per-call latency', reopenedBody, b => {
      b.appendParagraph('timed');
      const ms = perCall(() => b.getNumChildren());
      return observed(
        'per-call latency',
        `Body.getNumChildren: ${ms.toFixed(1)} ms a call`,
      );
    }),
  );
  return {scratchDocumentId: id, scratchDocumentName: SCRATCH_NAME, facts};
}
