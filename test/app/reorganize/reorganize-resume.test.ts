// An unfinished reorganize records its section level; the run that continues plans at it, and a finished run clears it.
import {reorganize} from '../../../src/app/reorganize/reorganize';
import {
  UNFINISHED_LEVEL_KEY,
  resumeSettings,
} from '../../../src/app/reorganize/reorganize-resume';
import type {ClockPort} from '../../../src/app/shared/ports';
import {DEFAULT_SETTINGS} from '../../../src/core/settings';
import {FakeLock, MemoryStore} from '../../support/fakes';
import {
  StrictDocument,
  heading,
  writtenHead,
} from '../../support/reorganize-fixtures';

const clock: ClockPort = {now: () => 0, sleep: () => undefined};
const lock = new FakeLock();

/** Two unsorted sections. */
const blocks = [
  heading('NLP'),
  writtenHead('1706.03762', 'Attention'),
  writtenHead('2005.14165', 'GPT-3'),
  heading('RL'),
  writtenHead('1312.5602', 'Atari'),
  writtenHead('1707.06347', 'PPO'),
];

/** A document whose first move fails, as a run cut short. */
class FailingOnce extends StrictDocument {
  failed = false;
  override moveRange(from: number, count: number, before: number): void {
    if (!this.failed) {
      this.failed = true;
      throw new Error('Service error: Documents');
    }
    super.moveRange(from, count, before);
  }
}

describe('reorganize-resume', () => {
  it('a run that stops keeps its level; the next one plans at it and, finishing, clears it', () => {
    const progress = new MemoryStore();
    const document = new FailingOnce(blocks);
    const deps = {document, lock, clock, settings: DEFAULT_SETTINGS, progress};
    expect(reorganize(undefined, deps).complete).toBe(false);
    expect(progress.get(UNFINISHED_LEVEL_KEY)).toBe('2');
    expect(reorganize(undefined, deps).complete).toBe(true);
    expect(progress.get(UNFINISHED_LEVEL_KEY)).toBeNull();
  });

  it('plans at the recorded level only while the level is automatic', () => {
    const progress = new MemoryStore();
    progress.set(UNFINISHED_LEVEL_KEY, '3');
    expect(resumeSettings(progress, DEFAULT_SETTINGS).sectionLevel).toBe(3);
    const chosen = {...DEFAULT_SETTINGS, sectionLevel: 1};
    expect(resumeSettings(progress, chosen).sectionLevel).toBe(1);
    progress.set(UNFINISHED_LEVEL_KEY, 'junk');
    expect(resumeSettings(progress, DEFAULT_SETTINGS).sectionLevel).toBe(0);
    expect(resumeSettings(undefined, DEFAULT_SETTINGS)).toBe(DEFAULT_SETTINGS);
  });
});
