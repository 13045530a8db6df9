// ScriptApp: AuthMode and trigger enums, and installable time triggers under the add-on rules of docs/PLATFORM.md.
import type {AuthModeName, EmulatorContext} from '../context';

/** An installed trigger as the environment records it (Env.triggers). */
export interface TriggerRecord {
  id: string;
  handler: string;
  eventType: 'CLOCK';
  everyHours?: number;
  everyDays?: number;
  atHour?: number;
  nearMinute?: number;
  timezone?: string;
}

export const AUTH_MODE: Record<AuthModeName, AuthModeName> = {
  NONE: 'NONE',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
};

/** Hour intervals Apps Script accepts for everyHours. */
const HOUR_INTERVALS = [1, 2, 4, 6, 8, 12];

function requireInteger(value: number, min: number, max: number, name: string) {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`Invalid argument: ${name}`);
  }
}

class EmulatedTrigger {
  constructor(
    private readonly ctx: EmulatorContext,
    readonly record: TriggerRecord,
  ) {}
  getHandlerFunction(): string {
    this.ctx.call('ScriptApp.Trigger.getHandlerFunction', 'triggers');
    return this.record.handler;
  }
  getUniqueId(): string {
    this.ctx.call('ScriptApp.Trigger.getUniqueId', 'triggers');
    return this.record.id;
  }
  getEventType(): string {
    this.ctx.call('ScriptApp.Trigger.getEventType', 'triggers');
    return this.record.eventType;
  }
  getTriggerSource(): string {
    this.ctx.call('ScriptApp.Trigger.getTriggerSource', 'triggers');
    return 'CLOCK';
  }
}

/** ScriptApp for one environment; `triggers` is the environment's list, shared with Env.triggers. */
export function createScriptApp(
  ctx: EmulatorContext,
  triggers: TriggerRecord[],
) {
  let nextId = 1;

  function clockBuilder(handler: string) {
    const schedule: Omit<TriggerRecord, 'id' | 'handler' | 'eventType'> = {};
    /** Counts the builder call, then checks and records one whole-number setting. */
    function setInteger(
      method: 'everyDays' | 'atHour' | 'nearMinute',
      value: number,
      [min, max]: [number, number],
      argumentName: string,
    ): void {
      ctx.call(`ScriptApp.ClockTriggerBuilder.${method}`, 'triggers');
      requireInteger(value, min, max, argumentName);
      schedule[method] = value;
    }
    const builder = {
      everyMinutes(): never {
        ctx.call('ScriptApp.ClockTriggerBuilder.everyMinutes', 'triggers');
        throw new Error(
          'Add-ons can only create time-based triggers that run at most once per hour.',
        );
      },
      everyHours(n: number) {
        ctx.call('ScriptApp.ClockTriggerBuilder.everyHours', 'triggers');
        if (!HOUR_INTERVALS.includes(n)) {
          throw new Error(
            `Invalid argument: everyHours accepts ${HOUR_INTERVALS.join(', ')}`,
          );
        }
        schedule.everyHours = n;
        return builder;
      },
      everyDays(n: number) {
        setInteger('everyDays', n, [1, 365], 'days');
        return builder;
      },
      atHour(hour: number) {
        setInteger('atHour', hour, [0, 23], 'hour');
        return builder;
      },
      nearMinute(minute: number) {
        setInteger('nearMinute', minute, [0, 59], 'minute');
        return builder;
      },
      inTimezone(timezone: string) {
        ctx.call('ScriptApp.ClockTriggerBuilder.inTimezone', 'triggers');
        schedule.timezone = timezone;
        return builder;
      },
      create(): EmulatedTrigger {
        ctx.call('ScriptApp.ClockTriggerBuilder.create', 'triggers');
        const {source} = ctx.execution;
        // Simple triggers cannot (no authorization); from a time trigger we refuse too, to keep one trigger per schedule.
        if (source === 'simple' || source === 'time') {
          throw new Error(
            `Cannot create a trigger from inside a trigger execution (${source}).`,
          );
        }
        if (!schedule.everyHours && !schedule.everyDays) {
          throw new Error(
            'The time-based trigger has no recurrence: call everyHours or everyDays before create().',
          );
        }
        if (triggers.some(t => t.eventType === 'CLOCK')) {
          throw new Error(
            'This add-on has created too many time-based triggers in this document for this Google user account.',
          );
        }
        const record: TriggerRecord = {
          id: String(nextId++),
          handler,
          eventType: 'CLOCK',
          ...schedule,
        };
        triggers.push(record);
        return new EmulatedTrigger(ctx, record);
      },
    };
    return builder;
  }

  function list(method: string): EmulatedTrigger[] {
    ctx.call(`ScriptApp.${method}`, 'triggers');
    return triggers.map(record => new EmulatedTrigger(ctx, record));
  }

  const app = {
    AuthMode: AUTH_MODE,
    EventType: {CLOCK: 'CLOCK', ON_OPEN: 'ON_OPEN'},
    TriggerSource: {CLOCK: 'CLOCK', DOCUMENTS: 'DOCUMENTS'},
    getProjectTriggers: () => list('getProjectTriggers'),
    getUserTriggers: (document: unknown) => {
      void document;
      return list('getUserTriggers');
    },
    newTrigger(functionName: string) {
      ctx.call('ScriptApp.newTrigger', 'triggers');
      return {
        timeBased: () => {
          ctx.call('ScriptApp.TriggerBuilder.timeBased', 'triggers');
          return clockBuilder(String(functionName));
        },
      };
    },
    deleteTrigger(trigger: EmulatedTrigger) {
      ctx.call('ScriptApp.deleteTrigger', 'triggers');
      const index = triggers.findIndex(t => t.id === trigger.record.id);
      if (index >= 0) triggers.splice(index, 1);
    },
    getScriptId(): string {
      ctx.call('ScriptApp.getScriptId', 'utility');
      return 'emulated-script-id';
    },
  };
  return app as unknown as GoogleAppsScript.Script.ScriptApp;
}
