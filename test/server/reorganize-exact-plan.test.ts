// Reorganize shows before it changes: the dry run's plan by title and section, and an apply that carries out exactly that plan or nothing.
import type {Block, DocJson} from '../../src/core/doc-model';
import type {ReorganizeReport} from '../../src/core/types';
import giant from '../../samples/giant-doc.json';
import {buildOutline} from '../../src/core/outline';
import {loadDist} from '../support/dist-bundle';
import {summarize} from '../support/memory-document';
import {pastedHead} from '../support/reorganize-fixtures';
import type {Env, BundleFunctions} from '../../emulator';

/** The sample doc with a repeated "nlp" section holding two papers, before the Inbox. */
function messyDoc(extra: Block[] = []): DocJson {
  const body = (giant as DocJson).body.map(b => ({...b}));
  const inbox = body.findIndex(
    b =>
      b.type === 'paragraph' && b.heading === 'HEADING2' && b.text === 'Inbox',
  );
  body.splice(
    inbox,
    0,
    {type: 'paragraph', text: ' nlp ', heading: 'HEADING2'},
    pastedHead('1810.04805', 'BERT, the one everybody cites'),
    pastedHead('1706.03762', 'Attention again'),
    ...extra,
  );
  return {title: 'Messy', body};
}

function run(
  env: Env,
  fns: BundleFunctions,
  options: object,
): ReorganizeReport {
  return env.scriptRun(fns, 'reorganize', options) as ReorganizeReport;
}

const STALE = /^The document changed since the preview, so nothing was changed/;

describe('reorganize dry run', () => {
  it('shows the plan by paper title and section, each line once, no bare ids', () => {
    const {env, fns} = loadDist({document: messyDoc()});
    const preview = run(env, fns, {dryRun: true});
    const lines = preview.planLines ?? [];
    expect(preview.changesNothing).toBe(false);
    expect(preview.planToken).toMatch(/^\d+-[0-9a-f]{16}$/);
    expect(new Set(lines).size).toBe(lines.length);
    expect(lines).toContain(
      'Merge the repeated “NLP” headings into the first.',
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^Sort “Optimization”: move “ADADELTA: An Adaptive/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^File “.+” from “Inbox” to “.+”\.$/),
    );
    for (const line of lines) {
      // Ids appear only inside a quoted title, never as the list itself.
      expect(line.replace(/“[^”]*”/g, '')).not.toMatch(/\d{4}\.\d{4,5}/);
    }
    for (const f of preview.filed) {
      expect(lines.join('\n')).not.toContain(`${f.id} to`);
    }
  });

  it('gives the same token for the same document, and another once it changed', () => {
    const {env, fns} = loadDist({document: messyDoc()});
    const first = run(env, fns, {dryRun: true});
    expect(run(env, fns, {dryRun: true}).planToken).toBe(first.planToken);
    env.document.load(
      messyDoc([pastedHead('2203.02155', 'InstructGPT, pasted later')]),
    );
    expect(run(env, fns, {dryRun: true}).planToken).not.toBe(first.planToken);
  });
});

describe('reorganize with expectPlan', () => {
  it('applies exactly the plan shown: its moves, merges and filings', () => {
    const {env, fns} = loadDist({document: messyDoc()});
    const preview = run(env, fns, {dryRun: true});
    const done = run(env, fns, {dryRun: false, expectPlan: preview.planToken});
    expect(done.stale).toBeUndefined();
    expect(done.dryRun).toBe(false);
    expect(done.moves).toBe(preview.moves);
    expect(done.mergedSections).toEqual(preview.mergedSections);
    expect(done.filed).toEqual(preview.filed);
    expect(run(env, fns, {dryRun: true}).changesNothing).toBe(true);
  });

  it('changes nothing when the document changed since the preview, and shows the new plan', () => {
    const {env, fns} = loadDist({document: messyDoc()});
    const preview = run(env, fns, {dryRun: true});
    const changed = messyDoc([
      pastedHead('2203.02155', 'InstructGPT, pasted later'),
    ]);
    env.document.load(changed);
    const before = env.document.toJSON();
    const refused = run(env, fns, {
      dryRun: false,
      expectPlan: preview.planToken,
    });
    expect(env.document.toJSON()).toEqual(before);
    expect(refused).toMatchObject({stale: true, dryRun: true});
    expect(refused.message).toMatch(STALE);
    expect(refused.planToken).not.toBe(preview.planToken);
    expect(refused.planLines).not.toEqual(preview.planLines);
    // Nothing was done, so nothing is recorded as the last run.
    expect(env.scriptRun(fns, 'getSchedule')).not.toHaveProperty('lastRun');

    const done = run(env, fns, {dryRun: false, expectPlan: refused.planToken});
    expect(done.stale).toBeUndefined();
    expect(done.moves).toBe(refused.moves);
  });

  it('reorganizeNow shows the plan by title and applies it on Yes', () => {
    const {env, fns} = loadDist({document: messyDoc()});
    env.ui.answers.push('YES');
    fns.reorganizeNow();
    expect(env.ui.alerts[0].buttons).toBe('YES_NO');
    expect(env.ui.alerts[0].prompt).toMatch(
      /Merge the repeated “NLP” headings into the first\.[\s\S]*Sort “Optimization”: move “ADADELTA[\s\S]*In all: \d+ moves\.\n\nApply exactly these changes\?$/,
    );
    expect(env.ui.alerts[1].prompt).toMatch(/Moved \d+ entries\./);
    expect(run(env, fns, {dryRun: true}).changesNothing).toBe(true);
  });
});

describe('reorganize says where each move lands', () => {
  /** Each entry's title and the title of the entry above it in its section (null at the top), in the applied document. */
  function aboveOf(doc: DocJson): Map<string, string | null> {
    const above = new Map<string, string | null>();
    for (const section of buildOutline(summarize(doc.body), {
      inboxName: 'Inbox',
    }).sections) {
      section.entries.forEach((entry, i) => {
        if (!above.has(entry.title)) {
          above.set(entry.title, i ? section.entries[i - 1].title : null);
        }
      });
    }
    return above;
  }

  /** The title `shown` (cut at a word, "…") stands for. */
  function whole(titles: Iterable<string>, shown: string): string {
    const start = shown.replace(/…$/, '');
    return [...titles].find(t => t.startsWith(start)) ?? shown;
  }

  it('names the section and the neighbour each move lands after, as the applied document has them', () => {
    const {env, fns} = loadDist({document: messyDoc()});
    const preview = run(env, fns, {dryRun: true});
    const lines = preview.planLines ?? [];
    const filed = lines.filter(l => l.startsWith('File '));
    expect(filed.length).toBeGreaterThan(0);
    for (const line of filed) {
      expect(line).toMatch(
        /^File “[^”]+” from “Inbox” to “[^”]+”(, after “[^”]+”|, at the top)\.$/,
      );
    }
    const sort = lines.find(l => l.startsWith('Sort “Optimization”'))!;
    expect(sort).toMatch(
      /“ADADELTA: An Adaptive[^”]*” (after “[^”]+”|to the top)/,
    );

    const done = run(env, fns, {dryRun: false, expectPlan: preview.planToken});
    expect(done.planLines).toEqual(lines);
    const above = aboveOf(env.document.toJSON());
    // Each "X … after “Y”" holds in the document the apply left.
    const pairs = lines.flatMap(line => {
      const file = /^File “([^”]+)” from .*, after “([^”]+)”\.$/.exec(line);
      if (file) return [[file[1], file[2]]];
      if (!line.startsWith('Sort “')) return [];
      return [
        ...line.matchAll(/(?:: move |; (?:and )?)“([^”]+)” after “([^”]+)”/g),
      ].map(m => [m[1], m[2]]);
    });
    expect(pairs.length).toBeGreaterThan(10);
    for (const [moved, after] of pairs) {
      const title = whole(above.keys(), moved);
      expect([title, above.get(title)]).toEqual([
        title,
        whole(above.keys(), after),
      ]);
    }
  });
});
