// Loads the project's modules when they exist, so each measurement runs once its piece has landed and says so otherwise.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..');
const PIECES_DIR = path.join(ROOT, 'build/bench-pieces');

/** A piece that has not landed (or failed to build): why, in words for the table. */
export class Missing {
  constructor(readonly reason: string) {}
}

/**
 * The module at `relativePath` (TypeScript, bundled with its imports into
 * CommonJS), or Missing when the file is not there yet or does not build.
 * Each piece is bundled on its own so one broken file cannot stop the others.
 */
export function loadPiece<T>(relativePath: string): T | Missing {
  const file = path.join(ROOT, relativePath);
  if (!fs.existsSync(file)) {
    return new Missing(`not available yet (${relativePath})`);
  }
  const outFile = path.join(
    PIECES_DIR,
    relativePath.replace(/[/\\]/g, '__').replace(/\.ts$/, '.js'),
  );
  try {
    esbuild.buildSync({
      entryPoints: [file],
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      outfile: outFile,
      logLevel: 'silent',
    });
    return require(outFile) as T;
  } catch (err) {
    return new Missing(
      `does not build yet (${relativePath}): ${firstLine(err)}`,
    );
  }
}

/** The built file at `relativePath` (e.g. build/emulator.js), or Missing. */
export function loadBuilt<T>(relativePath: string): T | Missing {
  const file = path.join(ROOT, relativePath);
  if (!fs.existsSync(file)) {
    return new Missing(`not available yet (${relativePath})`);
  }
  return require(file) as T;
}

/** The named export of a loaded piece when it is a function, or Missing. */
export function exported<F>(
  piece: unknown,
  name: string,
  where: string,
): F | Missing {
  if (piece instanceof Missing) return piece;
  const value = (piece as Record<string, unknown>)[name];
  return typeof value === 'function'
    ? (value as F)
    : new Missing(`not available yet (${where} has no ${name})`);
}

/** The first line of an error's message, for a table cell. */
export function firstLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0].slice(0, 160);
}
