// The user's section rules: whether a rule's categories or keywords match a paper.
import type {SectionRule} from '../settings';

/** The rule's reason when it matches the paper (categories, then keywords), else null. */
export function ruleMatches(
  rule: SectionRule,
  codes: string[],
  text: string,
): string | null {
  for (const pattern of rule.categories) {
    const lower = pattern.toLowerCase();
    const hit = codes.some(code => {
      const c = code.toLowerCase();
      if (lower === '*') return true;
      if (lower.endsWith('.*')) {
        const archive = lower.slice(0, -2);
        return c === archive || c.startsWith(`${archive}.`);
      }
      return c === lower;
    });
    if (hit) return `rule: ${pattern}`;
  }
  for (const keyword of rule.keywords) {
    const escaped = keyword.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (new RegExp(`(?:^|\\W)${escaped}(?:$|\\W)`, 'i').test(text)) {
      return `rule: keyword "${keyword}"`;
    }
  }
  return null;
}
