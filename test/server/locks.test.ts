// The locks through the bundle: a trigger without a document still excludes this user's inserts; arXiv one request at a time.
import type {DocJson} from '../../src/core/doc-model';
import type {
  InsertResult,
  PreviewResult,
  ScheduleState,
} from '../../src/core/types';
import {generateDoc} from '../../samples/generate-doc';
import {arxivReplay} from '../support/arxiv-replay';
import {loadDist} from '../support/dist-bundle';

function shuffledDoc(): DocJson {
  return generateDoc(60, {seed: 3, shuffled: true});
}

describe('write lock (bundle)', () => {
  it('a scheduled run with no active document waits for the user lock and changes nothing while it is held', () => {
    const {env, fns} = loadDist({document: shuffledDoc()});
    env.scriptRun(fns, 'setSchedule', {enabled: true, hour: 6});
    const before = env.document.toJSON();

    env.holdLock('user', true);
    env.timeTrigger(fns, 'scheduledReorganize', {activeDocument: false});
    expect(env.document.toJSON()).toEqual(before);
    const busy = (env.scriptRun(fns, 'getSchedule') as ScheduleState).lastRun;
    expect(busy).toMatchObject({complete: false, moves: 0});
    expect(busy?.message).toMatch(/busy|another/i);

    env.holdLock('user', false);
    env.timeTrigger(fns, 'scheduledReorganize', {activeDocument: false});
    expect(env.document.toJSON()).not.toEqual(before);
    const done = (env.scriptRun(fns, 'getSchedule') as ScheduleState).lastRun;
    expect(done).toMatchObject({complete: true});
    expect(done?.moves).toBeGreaterThan(0);
  });

  it('an insert takes the document lock and then the user lock, and releases both', () => {
    const replay = arxivReplay();
    const {env, fns} = loadDist({
      document: shuffledDoc(),
      fetch: r => replay.handle(r),
    });
    env.holdLock('user', true);
    const [refused] = env.scriptRun(fns, 'insertPapers', [
      {id: '1605.08386', section: 'Inbox'},
    ]) as InsertResult[];
    expect(refused.status).toBe('error');
    env.holdLock('user', false);

    const [inserted] = env.scriptRun(fns, 'insertPapers', [
      {id: '1605.08386', section: 'Inbox'},
    ]) as InsertResult[];
    expect(inserted.status).toBe('inserted');
    // Both released: an overlapping run of another execution gets them at once.
    const methods = env.calls.byMethod();
    expect(methods['LockService.DocumentLock.releaseLock']).toBeGreaterThan(0);
    expect(methods['LockService.UserLock.releaseLock']).toBeGreaterThan(0);
  });
});

describe('arXiv turn (bundle)', () => {
  it('sends no request while another execution is fetching, and says so', () => {
    const replay = arxivReplay();
    const {env, fns} = loadDist({fetch: r => replay.handle(r)});
    env.holdLock('script', true);
    const busy = env.scriptRun(
      fns,
      'previewPapers',
      'arXiv:1605.08386',
    ) as PreviewResult;
    expect(env.fetchLog).toHaveLength(0);
    expect(busy.items[0]).toMatchObject({status: 'error'});
    expect(busy.items[0].message).toMatch(/busy fetching/);

    env.holdLock('script', false);
    const ready = env.scriptRun(
      fns,
      'previewPapers',
      'arXiv:1605.08386',
    ) as PreviewResult;
    expect(ready.items[0].status).toBe('ready');
    expect(env.fetchLog).toHaveLength(1);
  });
});
