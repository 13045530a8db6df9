// Numbered headings ("1. Vision": list items with a heading) through DocJson, the emulator, the gas read and the outline.
import {createEnvironment, type Env} from '../../emulator';
import type {DocumentPort} from '../../src/app/shared/ports';
import type {Block} from '../../src/core/doc-model';
import {buildOutline, summarizeBlocks} from '../../src/core/outline';
import {gasDocument} from '../../src/gas/gas-document';

const globals = globalThis as unknown as {DocumentApp?: unknown};

function open(body: Block[]): {env: Env; port: DocumentPort} {
  const env = createEnvironment({document: {body}, files: {}});
  globals.DocumentApp = env.globals.DocumentApp;
  return {
    env,
    port: gasDocument(env.globals.DocumentApp.getActiveDocument()),
  };
}

afterEach(() => {
  delete globals.DocumentApp;
});

const entry = (id: string, title: string): Block => ({
  type: 'listItem',
  text: `${title} · arXiv:${id}`,
  links: [{start: 0, end: title.length, url: `https://arxiv.org/abs/${id}`}],
});

const numbered: Block[] = [
  {type: 'paragraph', text: 'Plan', heading: 'TITLE'},
  {type: 'listItem', text: 'Vision', glyph: 'NUMBER', heading: 'HEADING2'},
  entry('2111.11432', 'Florence'),
  {type: 'listItem', text: 'Methods', glyph: 'NUMBER', heading: 'HEADING2'},
  entry('1706.03762', 'Attention'),
];

describe('numbered headings', () => {
  it('DocJson keeps a list item’s heading, and ListItem.getHeading/setHeading read and write it', () => {
    const {env} = open(numbered);
    expect(env.document.toJSON().body).toEqual(numbered);
    const app = env.globals.DocumentApp;
    const body = app.getActiveDocument().getBody();
    const vision = body.getChild(1).asListItem();
    expect(vision.getHeading()).toBe(app.ParagraphHeading.HEADING2);
    body.getChild(2).asListItem().setHeading(app.ParagraphHeading.HEADING3);
    expect(env.document.toJSON().body[2]).toMatchObject({heading: 'HEADING3'});
  });

  it('the gas read reports the list item’s heading, found by identity', () => {
    const {port} = open(numbered);
    const read = port.read();
    expect(read).toEqual(summarizeBlocks(numbered));
    expect(read[1]).toMatchObject({kind: 'listItem', heading: 'HEADING2'});
  });

  it('the outline makes them sections, with their entries', () => {
    const outline = buildOutline(summarizeBlocks(numbered));
    expect(outline.level).toBe(2);
    expect(
      outline.sections.map(s => [s.title, s.entries.map(e => e.id)]),
    ).toEqual([
      ['Vision', ['2111.11432']],
      ['Methods', ['1706.03762']],
    ]);
  });
});
