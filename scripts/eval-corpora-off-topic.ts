// The eval's off-topic papers: recorded arXiv answers (test/fixtures/arxiv/) from fields no section of the sample ML doc covers, which a preview should send to the Inbox.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {parseFeed} from '../src/core/atom';
import type {Paper} from '../src/core/types';
import {xmldomParser} from './lib/xmldom-parser';

/** Primary categories in these archives are the sample doc's fields (math-heavy papers go to "ML Math" or "Theory"). */
const COVERED = /^(cs|stat|eess|math)\./;

/** Every distinct paper of the recorded feeds whose primary category is outside cs.*, stat.*, eess.*, math.*. */
export function offTopicPapers(): Paper[] {
  const dir = join(__dirname, '..', 'test', 'fixtures', 'arxiv');
  const parser = xmldomParser();
  const byId = new Map<string, Paper>();
  for (const file of readdirSync(dir)
    .filter(f => f.endsWith('.xml'))
    .sort()) {
    let root;
    try {
      root = parser.parse(readFileSync(join(dir, file), 'utf8'));
    } catch {
      continue;
    }
    const result = parseFeed(root);
    if ('error' in result) continue;
    for (const p of result.papers) {
      if (p.id && p.primaryCategory && !COVERED.test(p.primaryCategory)) {
        byId.set(p.id, p);
      }
    }
  }
  return [...byId.values()];
}
