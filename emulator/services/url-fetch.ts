// UrlFetchApp over a scripted handler: manifest allowlist, URL length limit, HTTP exceptions, a log of requests.
import type {EmulatorContext} from '../context';

/** What the handler sees of one request. */
export interface FetchRequest {
  url: string;
  method: string;
  payload?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

/** The handler's answer; `latencyMs` is virtual time the request takes (e.g. a slow server). */
export interface FetchReply {
  status: number;
  body: string;
  headers?: Record<string, string>;
  latencyMs?: number;
}

/** Answers requests in tests; throwing emulates a timeout or DNS failure. */
export type FetchHandler = (request: FetchRequest) => FetchReply;

/** One request as it went out, with the virtual time it was sent and its outcome. */
export interface FetchLogEntry extends FetchRequest {
  at: number;
  status?: number;
  error?: string;
}

export const URL_MAX_CHARS = 2048;
const TRUNCATED_RESPONSE_CHARS = 200;

type Options = GoogleAppsScript.URL_Fetch.URLFetchRequestOptions;

function formEncode(payload: {[key: string]: unknown}): string {
  return Object.keys(payload)
    .map(
      key =>
        `${encodeURIComponent(key)}=${encodeURIComponent(String(payload[key]))}`,
    )
    .join('&');
}

/** Only the scheme and host, as Apps Script names a failed URL in its message. */
function origin(url: string): string {
  const match = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(url);
  return match ? match[0] : url;
}

class EmulatedResponse implements Pick<
  GoogleAppsScript.URL_Fetch.HTTPResponse,
  'getResponseCode' | 'getContentText' | 'getHeaders' | 'getAllHeaders'
> {
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly reply: FetchReply,
  ) {}

  getResponseCode(): number {
    this.ctx.call('UrlFetchApp.HTTPResponse.getResponseCode', 'utility');
    return this.reply.status;
  }

  /** The body as the handler gave it; the charset argument changes nothing for text already decoded. */
  getContentText(charset?: string): string {
    void charset;
    this.ctx.call('UrlFetchApp.HTTPResponse.getContentText', 'utility');
    return this.reply.body;
  }

  getHeaders(): Record<string, string> {
    this.ctx.call('UrlFetchApp.HTTPResponse.getHeaders', 'utility');
    return {...this.reply.headers};
  }

  getAllHeaders(): Record<string, string> {
    this.ctx.call('UrlFetchApp.HTTPResponse.getAllHeaders', 'utility');
    return {...this.reply.headers};
  }
}

/**
 * UrlFetchApp for one environment. `allowlist` holds the manifest's
 * urlFetchWhitelist prefixes; undefined means the manifest sets none.
 */
export function createUrlFetchApp(
  ctx: EmulatorContext,
  handler: FetchHandler,
  allowlist: string[] | undefined,
  log: FetchLogEntry[],
) {
  function toRequest(url: string, options: Options = {}): FetchRequest {
    url = String(url);
    if (url.length > URL_MAX_CHARS) {
      throw new Error('Limit Exceeded: URLFetch URL Length.');
    }
    if (allowlist && !allowlist.some(prefix => url.startsWith(prefix))) {
      throw new Error(
        `Script has attempted to fetch a URL that is not in the manifest's urlFetchWhitelist: ${url}`,
      );
    }
    const request: FetchRequest = {
      url,
      method: String(options.method ?? 'get').toLowerCase(),
    };
    if (options.payload !== undefined) {
      request.payload =
        typeof options.payload === 'string'
          ? options.payload
          : formEncode(options.payload as {[key: string]: unknown});
      request.contentType =
        options.contentType ?? 'application/x-www-form-urlencoded';
    } else if (options.contentType) {
      request.contentType = options.contentType;
    }
    if (options.headers) request.headers = {...options.headers};
    return request;
  }

  function send(request: FetchRequest, mute: boolean): EmulatedResponse {
    const entry: FetchLogEntry = {...request, at: ctx.clock.now()};
    log.push(entry);
    let reply: FetchReply;
    try {
      reply = handler({...request});
    } catch (err) {
      entry.error = err instanceof Error ? err.message : String(err);
      throw new Error(entry.error || `Address unavailable: ${request.url}`);
    }
    entry.status = reply.status;
    ctx.clock.advance(reply.latencyMs ?? 0);
    ctx.checkDeadline();
    if (reply.status >= 400 && !mute) {
      const body = reply.body.slice(0, TRUNCATED_RESPONSE_CHARS);
      throw new Error(
        `Request failed for ${origin(request.url)} returned code ${reply.status}. ` +
          `Truncated server response: ${body} (use muteHttpExceptions option to examine full response)`,
      );
    }
    return new EmulatedResponse(ctx, reply);
  }

  const app = {
    fetch(url: string, params?: Options): EmulatedResponse {
      ctx.call('UrlFetchApp.fetch', 'fetch');
      return send(toRequest(url, params), Boolean(params?.muteHttpExceptions));
    },
    /** Checks every request before sending any, then sends them in order. */
    fetchAll(
      requests: Array<GoogleAppsScript.URL_Fetch.URLFetchRequest | string>,
    ): EmulatedResponse[] {
      ctx.call('UrlFetchApp.fetchAll', 'fetch');
      const prepared = requests.map(item =>
        typeof item === 'string'
          ? {request: toRequest(item), mute: false}
          : {
              request: toRequest(item.url, item),
              mute: Boolean(item.muteHttpExceptions),
            },
      );
      return prepared.map(({request, mute}) => send(request, mute));
    },
  };
  return app as unknown as GoogleAppsScript.URL_Fetch.UrlFetchApp;
}
