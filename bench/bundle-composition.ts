// What dist/Code.js is made of: bytes each source file or package contributes, to show where a size budget goes.
import * as esbuild from 'esbuild';
import * as path from 'node:path';

/** One contributor to the bundle: a source file, or a whole npm package. */
export interface BundlePart {
  source: string;
  bytes: number;
}

/** Folds node_modules paths into their package name, so a library counts once. */
export function partName(inputPath: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(inputPath);
  return match ? `npm:${match[1]}` : inputPath;
}

/**
 * Bytes each input contributes to the server bundle, largest first. Bundles
 * with the options scripts/bundle.js uses for dist/Code.js, so the parts add
 * up to the shipped file (less the generated wrappers).
 */
export async function bundleComposition(root: string): Promise<BundlePart[]> {
  const result = await esbuild.build({
    entryPoints: [path.join(root, 'src/server/main.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'PaperHaul',
    target: 'es2019',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    charset: 'utf8',
    legalComments: 'none',
    minifySyntax: true,
    write: false,
    outfile: 'Code.js',
    metafile: true,
    absWorkingDir: root,
    logLevel: 'silent',
  });
  const bytes = new Map<string, number>();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [input, info] of Object.entries(output.inputs)) {
      const name = partName(input);
      bytes.set(name, (bytes.get(name) ?? 0) + info.bytesInOutput);
    }
  }
  return [...bytes.entries()]
    .map(([source, n]) => ({source, bytes: n}))
    .sort((a, b) => b.bytes - a.bytes);
}
