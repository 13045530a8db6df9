// LockService: document, script and user locks; another execution's hold is emulated, waiting costs virtual time.
import type {EmulatorContext} from '../context';

/** Who holds one lock: an execution id of this environment, or a concurrent run outside it. */
export class LockState {
  holder: number | 'other' | null = null;

  constructor(private readonly ctx: EmulatorContext) {}

  /** A lock whose execution has ended is free again, as Apps Script releases it. */
  isHeldByOther(executionId: number): boolean {
    if (this.holder === null || this.holder === executionId) return false;
    return this.holder === 'other' || this.ctx.isRunning(this.holder);
  }
}

class EmulatedLock implements GoogleAppsScript.Lock.Lock {
  private acquired = false;

  constructor(
    private readonly ctx: EmulatorContext,
    private readonly state: LockState,
    private readonly kind: string,
  ) {}

  private executionId(): number {
    return this.ctx.execution.id ?? 0;
  }

  tryLock(timeoutInMillis: number): boolean {
    this.ctx.call(`LockService.${this.kind}.tryLock`, 'lock');
    const id = this.executionId();
    if (this.state.isHeldByOther(id)) {
      // Nobody releases it while this execution waits: the whole timeout passes.
      this.ctx.clock.advance(timeoutInMillis);
      this.ctx.checkDeadline();
      return false;
    }
    this.state.holder = id;
    this.acquired = true;
    return true;
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) {
      throw new Error(
        'Lock timeout: another process was holding the lock for too long.',
      );
    }
  }

  releaseLock(): void {
    this.ctx.call(`LockService.${this.kind}.releaseLock`, 'lock');
    if (this.acquired && this.state.holder === this.executionId()) {
      this.state.holder = null;
    }
    this.acquired = false;
  }

  hasLock(): boolean {
    this.ctx.call(`LockService.${this.kind}.hasLock`, 'lock');
    return this.acquired && this.state.holder === this.executionId();
  }
}

/** The environment's lock states and the LockService over them. */
export function createLockService(ctx: EmulatorContext) {
  const locks = {
    document: new LockState(ctx),
    script: new LockState(ctx),
    user: new LockState(ctx),
  };
  const service = {
    getDocumentLock(): GoogleAppsScript.Lock.Lock | null {
      ctx.call('LockService.getDocumentLock', 'lock');
      if (!ctx.execution.hasActiveDocument) return null;
      return new EmulatedLock(ctx, locks.document, 'DocumentLock');
    },
    getScriptLock(): GoogleAppsScript.Lock.Lock {
      ctx.call('LockService.getScriptLock', 'lock');
      return new EmulatedLock(ctx, locks.script, 'ScriptLock');
    },
    getUserLock(): GoogleAppsScript.Lock.Lock {
      ctx.call('LockService.getUserLock', 'lock');
      return new EmulatedLock(ctx, locks.user, 'UserLock');
    },
  };
  return {service: service as GoogleAppsScript.Lock.LockService, locks};
}
