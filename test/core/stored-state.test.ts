// The table of stored state: budgets per store within 450 KB, one owner per key, enrichment's share in one constant.
import {
  ENRICHMENT_BUDGET_BYTES,
  PROPERTY_STORE_MAX_BYTES,
  SCOPE_BUDGET_MAX_BYTES,
  STORED,
  budgetsByScope,
  chunksFor,
} from '../../src/core/stored-state';
import {BUDGET_CHARS} from '../../src/app/haul/enrichment-store';

describe('stored state', () => {
  it('declares budgets per property scope that sum to at most 450 KB', () => {
    const sums = budgetsByScope();
    for (const scope of ['document', 'user', 'script'] as const) {
      expect(sums[scope]).toBeLessThanOrEqual(450 * 1024);
    }
    expect(SCOPE_BUDGET_MAX_BYTES).toBeLessThan(PROPERTY_STORE_MAX_BYTES);
  });

  it('gives enrichment 250 KB from one constant', () => {
    expect(ENRICHMENT_BUDGET_BYTES).toBe(250 * 1000);
    expect(STORED.enrichment.budgetBytes).toBe(ENRICHMENT_BUDGET_BYTES);
    expect(BUDGET_CHARS).toBe(ENRICHMENT_BUDGET_BYTES);
  });

  it('has no key of one store that another key of the same store starts with', () => {
    const entries = Object.entries(STORED);
    for (const [a, x] of entries) {
      for (const [b, y] of entries) {
        if (a === b || x.scope !== y.scope || x.owner === y.owner) continue;
        expect(y.key.startsWith(x.key)).toBe(false);
      }
    }
  });

  it('sizes chunked values from their budget', () => {
    expect(chunksFor('knownVersions')).toBe(8);
    expect(chunksFor('pendingUpdates')).toBe(4);
    expect(chunksFor('lastHaul')).toBe(4);
  });
});
