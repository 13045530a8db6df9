// main.ts only forwards: every export is one delegation to a journey's flow or the menu, read with the TypeScript compiler API.
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const MAIN = path.join(__dirname, '../../src/server/main.ts');

function isExported(node: ts.Node): boolean {
  return (
    ts.canHaveModifiers(node) &&
    (ts.getModifiers(node) ?? []).some(
      m => m.kind === ts.SyntaxKind.ExportKeyword,
    )
  );
}

/**
 * A delegation: `f(a)`, `ns.f(a)` or `journey(a).step(b)`, whose arguments
 * are the export's own parameters, passed on as they came.
 */
function isDelegation(expr: ts.Expression, params: Set<string>): boolean {
  if (!ts.isCallExpression(expr)) return false;
  const plainArgs = expr.arguments.every(
    a => ts.isIdentifier(a) && params.has(a.text),
  );
  if (!plainArgs) return false;
  const callee = expr.expression;
  if (ts.isIdentifier(callee)) return true;
  if (!ts.isPropertyAccessExpression(callee)) return false;
  const owner = callee.expression;
  if (ts.isIdentifier(owner)) return true;
  return (
    ts.isCallExpression(owner) &&
    ts.isIdentifier(owner.expression) &&
    owner.arguments.every(a => ts.isIdentifier(a) && params.has(a.text))
  );
}

function paramNames(fn: ts.FunctionLikeDeclarationBase): Set<string> {
  return new Set(
    fn.parameters.map(p => (ts.isIdentifier(p.name) ? p.name.text : '')),
  );
}

/** The body of a function: one statement, returning or calling one delegation. */
function delegates(fn: ts.FunctionLikeDeclarationBase): boolean {
  const params = paramNames(fn);
  const body = fn.body;
  if (!body) return false;
  if (!ts.isBlock(body)) return isDelegation(body, params);
  if (body.statements.length !== 1) return false;
  const only = body.statements[0];
  if (ts.isReturnStatement(only) && only.expression) {
    return isDelegation(only.expression, params);
  }
  return (
    ts.isExpressionStatement(only) && isDelegation(only.expression, params)
  );
}

/** Each export of the module's value exports that is not a single delegation, by name. */
function notDelegating(source: string): string[] {
  const file = ts.createSourceFile(
    'main.ts',
    source,
    ts.ScriptTarget.ES2019,
    true,
  );
  const bad: string[] = [];
  for (const statement of file.statements) {
    if (!isExported(statement)) {
      // Re-exports of types only; nothing else of main.ts's is exported.
      if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) {
        bad.push(statement.getText());
      }
      continue;
    }
    if (
      ts.isInterfaceDeclaration(statement) ||
      ts.isTypeAliasDeclaration(statement)
    ) {
      continue;
    }
    if (ts.isFunctionDeclaration(statement)) {
      if (!delegates(statement)) bad.push(statement.name?.text ?? '?');
      continue;
    }
    if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) {
        const init = d.initializer;
        const ok =
          init !== undefined &&
          (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) &&
          delegates(init);
        if (!ok) bad.push(d.name.getText());
      }
      continue;
    }
    bad.push(statement.getText().slice(0, 40));
  }
  return bad;
}

describe('src/server/main.ts only forwards', () => {
  it('has no export that is more than a single delegation', () => {
    const source = fs.readFileSync(MAIN, 'utf8');
    expect(notDelegating(source)).toEqual([]);
  });

  it('exports the functions Apps Script calls (the check reads something)', () => {
    const source = fs.readFileSync(MAIN, 'utf8');
    for (const name of ['onOpen', 'insertPapers', 'scheduledReorganize']) {
      expect(source).toMatch(new RegExp(`export const ${name} =`));
    }
  });

  it('refuses an export that chains steps, decides or builds deps', () => {
    const source = `
      export const one = (a: string) => haul().insert(a);
      export function two(a: string) { return library(a).bibtex(); }
      export function chains(r: string[]) {
        const s = services();
        const written = insert.insertPapers(r, {document: s.document});
        return undoHaul.recordHaul(written);
      }
      export const decides = (e?: {triggerUid?: string}) =>
        daily(e && e.triggerUid ? String(e.triggerUid) : undefined).run();
      export const builds = () => find.findPapers({document: services().document});
      export const deep = () => services().haul().insert();
      export let later = 1;
    `;
    expect(notDelegating(source)).toEqual([
      'chains',
      'decides',
      'builds',
      'deep',
      'later',
    ]);
  });
});
