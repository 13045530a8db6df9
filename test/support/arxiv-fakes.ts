// In-memory ports for the arXiv client's tests: a virtual clock, a key-value store, an expiring cache, a logged HttpPort.
import type {
  CachePort,
  ClockPort,
  HttpPort,
  HttpRequest,
  HttpResponse,
} from '../../src/app/shared/ports';

/** Virtual time: sleep advances it at once. */
export class FakeClock implements ClockPort {
  slept = 0;
  constructor(public time = Date.UTC(2026, 3, 1)) {}
  now(): number {
    return this.time;
  }
  sleep(ms: number): void {
    this.time += ms;
    this.slept += ms;
  }
}

/** A cache whose entries expire on the fake clock. */
export class MemoryCache implements CachePort {
  readonly items = new Map<string, {value: string; expiresAt: number}>();
  constructor(private readonly clock: ClockPort) {}
  getAll(keys: string[]): Record<string, string> {
    const found: Record<string, string> = {};
    for (const key of keys) {
      const item = this.items.get(key);
      if (item && item.expiresAt > this.clock.now()) found[key] = item.value;
    }
    return found;
  }
  putAll(values: Record<string, string>, ttlSeconds: number): void {
    for (const key of Object.keys(values)) {
      this.items.set(key, {
        value: values[key],
        expiresAt: this.clock.now() + ttlSeconds * 1000,
      });
    }
  }
}

/** One request as sent, with the virtual time it went out. */
export interface SentRequest extends HttpRequest {
  at: number;
}

/**
 * An HttpPort over a handler that may throw (no answer) or take virtual time.
 * @param handler answers a request; `latencyMs` advances the clock
 */
export function loggedHttp(
  clock: FakeClock,
  handler: (request: HttpRequest) => HttpResponse & {latencyMs?: number},
): HttpPort & {sent: SentRequest[]} {
  const sent: SentRequest[] = [];
  return {
    sent,
    fetch(request) {
      sent.push({...request, at: clock.now()});
      const {latencyMs = 0, ...response} = handler(request);
      clock.time += latencyMs;
      return response;
    },
  };
}
