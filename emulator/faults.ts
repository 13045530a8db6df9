// Fault injection: makes chosen counted service calls throw, as a real DocumentApp call can fail mid-run.

/** What `failAt` matches and throws. */
export interface FaultOptions {
  /** Only calls of this service count ("DocumentApp", "PropertiesService", ...); default: every service. */
  service?: string;
  /** Only calls of this method count: a full name ("DocumentApp.Body.insertParagraph") or its tail ("Body.insertParagraph", "insertParagraph"). */
  method?: string;
  /** The error's message; default "Service error: Documents", Apps Script's wording for a failed Docs call. */
  message?: string;
  /**
   * Also fail every later matching call of the same execution: an execution
   * that cannot go on (killed at its time limit, a service outage), so the
   * code cannot repair anything before it ends.
   */
  restOfExecution?: boolean;
  /**
   * The execution is killed at this call (its time limit): this call and every
   * later call of any service in the same execution throw, so nothing after
   * the cut is written anywhere (document, properties, cache), as no code
   * runs after a kill. Implies `restOfExecution`.
   */
  kill?: boolean;
}

export const DEFAULT_FAULT_MESSAGE = 'Service error: Documents';

interface PendingFault {
  remaining: number;
  options: FaultOptions;
  /** Set once it fired with `restOfExecution`: the execution whose later calls fail too. */
  firedIn?: number;
}

/** True when `method` ("DocumentApp.Body.getChild") is one the options select. */
function matches(method: string, options: FaultOptions): boolean {
  const service = options.service;
  // The part before the first dot, without splitting: this runs at every call.
  if (
    service &&
    !(
      method.startsWith(service) &&
      (method.length === service.length || method[service.length] === '.')
    )
  ) {
    return false;
  }
  if (options.method) {
    return method === options.method || method.endsWith(`.${options.method}`);
  }
  return true;
}

/** The faults armed in one environment; EmulatorContext.call consults it after counting each call. */
export class FaultPlan {
  private pending: PendingFault[] = [];

  /**
   * Arms a one-shot fault: the n-th next counted call that matches throws
   * (n = 1: the very next one). Several faults count independently.
   */
  failAt(n: number, options: FaultOptions = {}): void {
    if (!Number.isInteger(n) || n < 1) {
      throw new Error(`failAt needs a call number of 1 or more, not ${n}`);
    }
    this.pending.push({remaining: n, options: {...options}});
  }

  /** Faults armed that have not fired yet (or still fail their execution's calls). */
  armed(): number {
    return this.pending.length;
  }

  /** Disarms every fault. */
  clear(): void {
    this.pending = [];
  }

  /**
   * Counts one call against every armed fault.
   * @throws Error with the fault's message when one fires
   */
  check(method: string, executionId: number): void {
    // Most calls run with nothing armed: skip building a new list for them.
    if (this.pending.length === 0) return;
    let failure: FaultOptions | null = null;
    /** Whether `fault` stays armed after this call. */
    const keeps = (fault: PendingFault): boolean => {
      if (fault.firedIn !== undefined) {
        if (fault.firedIn !== executionId) return false;
        if (fault.options.kill || matches(method, fault.options)) {
          failure = failure ?? fault.options;
        }
        return true;
      }
      if (!matches(method, fault.options)) return true;
      fault.remaining--;
      if (fault.remaining > 0) return true;
      failure = failure ?? fault.options;
      if (!fault.options.restOfExecution && !fault.options.kill) return false;
      fault.firedIn = executionId;
      return true;
    };
    // A new list only when a fault leaves (most calls keep every one).
    let kept: PendingFault[] | null = null;
    this.pending.forEach((fault, i) => {
      const stays = keeps(fault);
      if (!stays && !kept) kept = this.pending.slice(0, i);
      else if (stays && kept) kept.push(fault);
    });
    if (kept) this.pending = kept;
    if (failure) {
      throw new Error(
        (failure as FaultOptions).message ?? DEFAULT_FAULT_MESSAGE,
      );
    }
  }
}
