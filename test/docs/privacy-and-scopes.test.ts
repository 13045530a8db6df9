// The user-facing docs keep up with the code: every scope and whitelisted URL has its reason in PRIVACY.md and PUBLISHING.md, every stored key is in PRIVACY.md.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import {STORED} from '../../src/core/stored-state';

const ROOT = path.resolve(__dirname, '../..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

/**
 * Where stored keys may still be spelled outside their owner, core/stored-state
 * (whose table is read directly below): a key written there is found too.
 */
const SOURCE_DIRS = ['src/app', 'src/gas', 'src/server'];
/** Namespaces every property and cache key of Paper Haul starts with. */
const KEY_NAMESPACES = ['paperHaul.', 'arxiv.', 'enrichment.'];
/** A dotted name such as `paperHaul.settings`, `arxiv.paper.v1:` or `paperHaul.lastHaul.` (a template's head). */
const KEY_SHAPE = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)+[.:]?$/;

/** Words of reason on a line once `name` and table punctuation are taken out. */
function reasonWords(line: string, name: string): number {
  return line
    .split(name)
    .join(' ')
    .replace(/[|`*]/g, ' ')
    .split(/\s+/)
    .filter(w => /[a-z]{2,}/i.test(w)).length;
}

/** The lines of `doc` that name `name` with at least six words of reason. */
function reasonedLines(doc: string, name: string): string[] {
  return doc
    .split('\n')
    .filter(l => l.includes(name) && reasonWords(l, name) >= 6);
}

/**
 * String constants in TypeScript `source` that look like storage keys: a
 * dotted name in one of the namespaces, or any dotted name a constant named
 * *KEY* or *PREFIX* holds. A template literal counts by its fixed head.
 */
export function declaredKeys(source: string): string[] {
  const file = ts.createSourceFile(
    'x.ts',
    source,
    ts.ScriptTarget.ES2019,
    true,
  );
  const keys: string[] = [];
  const visit = (node: ts.Node) => {
    let text: string | undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      text = node.text;
    } else if (ts.isTemplateExpression(node)) {
      text = node.head.text;
    }
    if (text !== undefined && KEY_SHAPE.test(text)) {
      const parent = node.parent;
      const namedKey =
        parent &&
        ts.isVariableDeclaration(parent) &&
        /KEY|PREFIX/.test(parent.name.getText(file));
      if (namedKey || KEY_NAMESPACES.some(ns => text!.startsWith(ns))) {
        keys.push(text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return keys;
}

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, dir), {withFileTypes: true})
    .flatMap(e =>
      e.isDirectory()
        ? sourceFiles(path.join(dir, e.name))
        : e.name.endsWith('.ts')
          ? [path.join(dir, e.name)]
          : [],
    );
}

const manifest = JSON.parse(read('appsscript.json')) as {
  oauthScopes?: string[];
  urlFetchWhitelist?: string[];
};
const DOCS = ['docs/PRIVACY.md', 'docs/PUBLISHING.md'];
const NAMED = [
  ...(manifest.oauthScopes ?? []),
  ...(manifest.urlFetchWhitelist ?? []),
];

describe('docs/PRIVACY.md and docs/PUBLISHING.md against appsscript.json', () => {
  it('the manifest declares scopes and a whitelist (the checks below are not vacuous)', () => {
    expect(manifest.oauthScopes?.length).toBeGreaterThan(0);
    expect(manifest.urlFetchWhitelist?.length).toBeGreaterThan(0);
  });

  describe.each(DOCS)('%s', doc => {
    const text = read(doc);
    it.each(NAMED)('names %s with its reason', name => {
      // The full URL must appear; a reason may sit on its line or on a line naming its short form (`documents`).
      const short = name.replace('https://www.googleapis.com/auth/', '');
      expect(text).toContain(name);
      const lines = [
        ...reasonedLines(text, name),
        ...reasonedLines(text, '`' + short + '`'),
      ];
      expect(lines.length).toBeGreaterThan(0);
    });
  });

  it('PRIVACY.md names only the hosts the manifest allows', () => {
    const text = read('docs/PRIVACY.md');
    const allowed = manifest.urlFetchWhitelist ?? [];
    const sent = /\| where \| what \| why \|[\s\S]*?\n\n/.exec(text)![0];
    const urls = sent.match(/https:\/\/[^\s`|)]+/g) ?? [];
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      expect(allowed.some(prefix => url.startsWith(prefix))).toBe(true);
    }
  });
});

describe('docs/PRIVACY.md against the keys the code stores', () => {
  const keys = [
    ...new Set([
      ...Object.values(STORED).map(entry => entry.key as string),
      ...SOURCE_DIRS.flatMap(sourceFiles).flatMap(f => declaredKeys(read(f))),
    ]),
  ].sort();

  it('finds the stored keys (the scan is not vacuous)', () => {
    expect(keys).toEqual(
      expect.arrayContaining([
        'paperHaul.settings',
        'enrichment.v1.',
        'arxiv.paper.v1:',
        'paperHaul.lastHaul.',
        'paperHaul.writing.',
        'paperHaul.pendingWrite',
      ]),
    );
  });

  it.each(keys)('PRIVACY.md names %s', key => {
    expect(read('docs/PRIVACY.md')).toContain('`' + key);
  });
});

describe('declaredKeys', () => {
  it('finds namespaced literals, template heads and *KEY* constants; skips comments and other strings', () => {
    const source = [
      "const A = 'paperHaul.thing';",
      'const b = `arxiv.cache.v2:${id}`;',
      "export const OTHER_KEY = 'widget.count';",
      "const label = 'export.arxiv.org';",
      '// `paperHaul.inComment`',
      "const url = 'https://export.arxiv.org/api/';",
    ].join('\n');
    expect(declaredKeys(source)).toEqual([
      'paperHaul.thing',
      'arxiv.cache.v2:',
      'widget.count',
    ]);
  });
});
