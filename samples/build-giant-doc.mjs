// Regenerates samples/giant-doc.json from samples/giant-doc.ts: `node samples/build-giant-doc.mjs`.
import {writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {loadTs} from '../scripts/run-ts.js';

const here = dirname(fileURLToPath(import.meta.url));
const doc = loadTs(join(here, 'giant-doc.ts')).buildGiantDoc();
writeFileSync(
  join(here, 'giant-doc.json'),
  JSON.stringify(doc, null, 1) + '\n',
);
console.log(`samples/giant-doc.json: ${doc.body.length} blocks`);
