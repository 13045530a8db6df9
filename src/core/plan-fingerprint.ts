// A short fingerprint of a reorganize plan's steps: the preview hands it out, the apply refuses a plan that differs.
import type {ReorganizeStep} from './reorganize';

/** One step in a canonical form: every field that decides what it does to the document. */
function stepKey(step: ReorganizeStep): string {
  return step.kind === 'move'
    ? `m${step.purpose[0]}:${step.from},${step.count},${step.before},${step.id ?? ''},${step.section}`
    : `r:${step.index},${step.section}`;
}

/** FNV-1a over UTF-16 code units from `seed`, as 8 hex digits. */
function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The plan's fingerprint: equal for plans of the same steps (same blocks
 * moved to the same places, same headings removed), different as soon as one
 * step differs. Two 32-bit hashes with different seeds, plus the step count,
 * make an accidental match between two real plans negligible.
 */
export function planFingerprint(steps: readonly ReorganizeStep[]): string {
  const text = steps.map(stepKey).join(';');
  return `${steps.length}-${fnv1a(text, 0x811c9dc5)}${fnv1a(text, 0x5bd1e995)}`;
}
