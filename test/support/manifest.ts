// The repository's appsscript.json for tests, and the same without the Docs advanced service (today's DocumentApp-only read path).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type {Manifest} from '../../emulator';

/** appsscript.json as clasp pushes it. */
export const MANIFEST = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../appsscript.json'), 'utf8'),
) as Manifest;

/** The manifest with no advanced service: `Docs` is undefined and every read is DocumentApp's pass. */
export const WITHOUT_DOCS_API: Manifest = {
  ...MANIFEST,
  dependencies: undefined,
};
