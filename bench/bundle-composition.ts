// What dist/Code.js is made of: bytes each source file or package contributes, to show where a size budget goes.
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

/** The slice of esbuild's metafile the breakdown reads. */
interface Metafile {
  outputs: Record<string, {inputs: Record<string, {bytesInOutput: number}>}>;
}

/** Bytes per source (npm packages folded into one part each) of a build's metafile, largest first. */
export function partsOf(metafile: Metafile): BundlePart[] {
  const bytes = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, info] of Object.entries(output.inputs)) {
      const name = partName(input);
      bytes.set(name, (bytes.get(name) ?? 0) + info.bytesInOutput);
    }
  }
  return [...bytes.entries()]
    .map(([source, n]) => ({source, bytes: n}))
    .sort((a, b) => b.bytes - a.bytes);
}

/**
 * Bytes each source contributes to dist/Code.js, from the very build
 * `npm run build` makes (scripts/bundle.js), so the parts add up to the
 * shipped file less its generated wrappers.
 */
export async function bundleComposition(root: string): Promise<BundlePart[]> {
  const bundler = require(path.join(root, 'scripts/bundle.js')) as {
    buildServer(): Promise<{metafile?: Metafile}>;
  };
  const {metafile} = await bundler.buildServer();
  return metafile ? partsOf(metafile) : [];
}
