// The dialog's draft store: one per user, tagged with its document, fitted to one property value, cleared when empty.
import {
  readHaulDraft,
  saveHaulDraft,
  type DraftPlace,
} from '../../../src/app/haul/haul-draft';
import {PROPERTY_VALUE_MAX_BYTES, STORED} from '../../../src/core/stored-state';

function place(
  documentId = 'doc-1',
  now = 1_000,
): DraftPlace & {
  values: Map<string, string>;
} {
  const values = new Map<string, string>();
  return {
    values,
    userProperties: {
      get: k => values.get(k) ?? null,
      set: (k, v) => void values.set(k, v),
      delete: k => void values.delete(k),
    },
    document: {id: () => documentId},
    clock: {now: () => now, sleep: () => undefined},
  };
}

const DRAFT = {
  text: 'arXiv:1605.08386',
  cards: [
    {key: '1605.08386', gist: 'keep me', section: 'Vision', newSection: ''},
  ],
  inserted: [],
};

describe('haul drafts', () => {
  it('keeps a draft under its registered key and reads it back with its time', () => {
    const p = place();
    saveHaulDraft(p, DRAFT);
    expect([...p.values.keys()]).toEqual([STORED.haulDraft.key]);
    expect(readHaulDraft(p)).toEqual({...DRAFT, savedAt: 1_000});
  });

  it('offers a draft only in the document it was typed in', () => {
    const p = place('doc-1');
    saveHaulDraft(p, DRAFT);
    const other = {...p, document: {id: () => 'doc-2'}};
    expect(readHaulDraft(other)).toBeNull();
    // An empty draft in another document leaves this one's draft alone.
    saveHaulDraft(other, null);
    expect(readHaulDraft(p)).not.toBeNull();
  });

  it('null or an empty draft forgets it', () => {
    const p = place();
    saveHaulDraft(p, DRAFT);
    saveHaulDraft(p, {text: '  ', cards: [], inserted: ['1605.08386']});
    expect(p.values.size).toBe(0);
    saveHaulDraft(p, DRAFT);
    saveHaulDraft(p, null);
    expect(readHaulDraft(p)).toBeNull();
  });

  it('a huge haul keeps its gists within one property value', () => {
    const p = place();
    const cards = Array.from({length: 60}, (_, i) => ({
      key: `2401.${String(10000 + i)}`,
      gist: i % 3 ? '' : 'g'.repeat(100),
      section: 'A section with a long name '.repeat(3),
      newSection: '',
    }));
    saveHaulDraft(p, {text: 'x'.repeat(6000), cards, inserted: []});
    const raw = p.values.get(STORED.haulDraft.key)!;
    expect(Buffer.byteLength(raw)).toBeLessThanOrEqual(
      PROPERTY_VALUE_MAX_BYTES,
    );
    expect(readHaulDraft(p)!.cards.filter(c => c.gist)).toHaveLength(20);
  });
});
