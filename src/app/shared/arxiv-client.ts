// Looks papers up on the arXiv API within its terms: batched, 3 s apart across executions, bounded retries, cached.
import {isAtomFeed, parseFeed} from '../../core/atom';
import type {Paper} from '../../core/types';
import type {XmlElementLike} from '../../core/xml-element';
import type {
  CachePort,
  ClockPort,
  HttpPort,
  HttpRequest,
  HttpResponse,
  KeyValueStore,
  LockPort,
  XmlParserPort,
} from './ports';

/** What a lookup found. */
export interface ArxivLookup {
  /** Found papers by normalized id. */
  papers: Record<string, Paper>;
  /** Ids arXiv answered for without a paper (a feed cut short answers for none it lacks). */
  missing: string[];
  /** A plain sentence for the user when arXiv could not be reached; then nothing partial is reported as missing. */
  error?: string;
}

export interface ArxivClientDeps {
  http: HttpPort;
  clock: ClockPort;
  cache: CachePort;
  /** Holds the time of the last request, shared by every execution of the script. */
  spacing: KeyValueStore;
  xml: XmlParserPort;
  /**
   * A lock shared by every execution (the script lock), held from the wait
   * for the 3 s slot until the answer is in: arXiv asks for one connection at
   * a time, and the stamp alone cannot stop two executions reading it at once.
   */
  turn?: LockPort;
}

export interface ArxivClientOptions {
  /** Ids per request; 100 keeps 250 ids to 3 requests. */
  batchSize?: number;
  /** arXiv's terms: one request every 3 seconds. */
  spacingMs?: number;
  /** Waits before each retry after a 429, a 5xx or a timeout; their count bounds the retries. */
  retryDelaysMs?: number[];
  /** CacheService's maximum expiry (6 h); arXiv's data changes once a day. */
  cacheTtlSeconds?: number;
  /** How long to wait for another execution's request to finish. */
  turnTimeoutMs?: number;
  /** Longer GET URLs go as a POST form body instead (UrlFetch allows 2 KB URLs). */
  maxGetUrlLength?: number;
  endpoint?: string;
}

export const ARXIV_ENDPOINT = 'https://export.arxiv.org/api/query';
/** Key of the last request's time (ms) in the spacing store. */
export const LAST_REQUEST_KEY = 'arxiv.lastRequestAt';
const CACHE_PREFIX = 'arxiv.paper.v1:';

export const RATE_LIMITED =
  'arXiv is rate-limiting requests; try again in a minute.';
export const TIMED_OUT = 'arXiv did not answer in time; try again in a minute.';
export const BUSY =
  'Paper Haul is busy fetching other papers from arXiv; try again in a minute.';

type Failure = {retry: boolean; error: string};
type BatchOutcome = {papers: Paper[]; cutShort?: boolean} | {error: string};

/**
 * arXiv's throttle may answer HTTP 200 with the plain text "Rate exceeded."
 * instead of a feed: whatever the status, that is a 429 with its back-off.
 */
function isRateExceeded(body: string): boolean {
  return /^\s*Rate exceeded\.?\s*$/i.test(body);
}

/** The arXiv API over the ports: see ArxivClientOptions for the rules it keeps. */
export class ArxivClient {
  private readonly batchSize: number;
  private readonly spacingMs: number;
  private readonly retryDelaysMs: number[];
  private readonly cacheTtlSeconds: number;
  private readonly maxGetUrlLength: number;
  private readonly endpoint: string;
  private readonly turnTimeoutMs: number;

  constructor(
    private readonly deps: ArxivClientDeps,
    options: ArxivClientOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 100;
    this.spacingMs = options.spacingMs ?? 3000;
    this.retryDelaysMs = options.retryDelaysMs ?? [4000, 8000, 16000];
    this.cacheTtlSeconds = options.cacheTtlSeconds ?? 21600;
    this.maxGetUrlLength = options.maxGetUrlLength ?? 1800;
    this.endpoint = options.endpoint ?? ARXIV_ENDPOINT;
    this.turnTimeoutMs = options.turnTimeoutMs ?? 30000;
  }

  /**
   * Fetches the papers of normalized ids: cached ones without a request, the
   * rest in batches matched to the answer by id (arXiv answers in any order
   * and leaves unknown ids out). Stops at the first batch arXiv would not
   * serve and reports it in `error`. `retry: false` sends each batch once
   * (work that must stay within one request, e.g. a preview's enrichment).
   * With `fresh`, the cache is not read (version watch must see today's
   * arXiv), though what arrives refreshes it.
   */
  lookup(
    ids: string[],
    options: {retry?: boolean; fresh?: boolean} = {},
  ): ArxivLookup {
    const wanted = [...new Set(ids)];
    const papers = options.fresh ? {} : this.cachedPapers(wanted);
    const toFetch = wanted.filter(id => !papers[id]);
    const missing: string[] = [];
    for (let start = 0; start < toFetch.length; start += this.batchSize) {
      const batch = toFetch.slice(start, start + this.batchSize);
      const outcome = this.fetchBatch(batch, options.retry !== false);
      if ('error' in outcome)
        return {papers, missing: [], error: outcome.error};
      const requested = new Set(batch);
      const found: Record<string, Paper> = {};
      for (const paper of outcome.papers) {
        if (requested.has(paper.id)) found[paper.id] = paper;
      }
      this.remember(found);
      for (const id of batch) {
        if (found[id]) papers[id] = found[id];
        // A feed cut short did not answer for the ids it lacks: they are neither
        // found nor missing. That includes a full page with more pages after it
        // (arXiv ignoring max_results): those ids are left unanswered rather than
        // fetched with `start`, because a page more costs another 3 s slot inside
        // a caller's time budget this client does not know (a preview promises
        // one request), while the papers that came are cached, so the next try
        // asks only for the rest and a few tries cover any batch.
        else if (!outcome.cutShort) missing.push(id);
      }
    }
    return {papers, missing};
  }

  /**
   * The papers of these ids that the cache holds, without asking arXiv: for
   * work that must never wait for a request (a keystroke's search, a
   * preview's background enrichment). A failing cache answers nothing.
   */
  cachedPapers(ids: string[]): Record<string, Paper> {
    const papers: Record<string, Paper> = {};
    if (!ids.length) return papers;
    let stored: Record<string, string>;
    try {
      stored = this.deps.cache.getAll(ids.map(id => CACHE_PREFIX + id));
    } catch {
      // The cache only saves requests; when it fails, arXiv is asked instead.
      return papers;
    }
    for (const id of ids) {
      const json = stored[CACHE_PREFIX + id];
      if (!json) continue;
      try {
        const paper = JSON.parse(json) as Paper;
        if (paper && paper.id === id) papers[id] = paper;
      } catch {
        continue;
      }
    }
    return papers;
  }

  private remember(found: Record<string, Paper>): void {
    const values: Record<string, string> = {};
    for (const id of Object.keys(found)) {
      values[CACHE_PREFIX + id] = JSON.stringify(found[id]);
    }
    if (!Object.keys(values).length) return;
    try {
      this.deps.cache.putAll(values, this.cacheTtlSeconds);
    } catch {
      // Not caching costs one more request later, nothing else.
    }
  }

  private request(batch: string[]): HttpRequest {
    // max_results defaults to 10, which would silently cut longer id lists.
    const query = `id_list=${batch.join(',')}&start=0&max_results=${batch.length}`;
    const url = `${this.endpoint}?${query}`;
    if (url.length <= this.maxGetUrlLength) return {url, method: 'get'};
    return {
      url: this.endpoint,
      method: 'post',
      payload: query,
      contentType: 'application/x-www-form-urlencoded',
    };
  }

  private fetchBatch(batch: string[], retry: boolean): BatchOutcome {
    const request = this.request(batch);
    const retries = retry ? this.retryDelaysMs.length : 0;
    for (let attempt = 0; ; attempt++) {
      const outcome = this.attempt(request);
      if (!('retry' in outcome)) return outcome;
      if (!outcome.retry || attempt >= retries) {
        return {error: outcome.error};
      }
      this.deps.clock.sleep(this.retryDelaysMs[attempt]);
    }
  }

  /** Sends one request in this execution's turn; a busy turn is a failure not worth retrying at once. */
  private send(request: HttpRequest): HttpResponse | Failure {
    const {turn} = this.deps;
    if (turn && !turn.tryLock(this.turnTimeoutMs)) {
      return {retry: false, error: BUSY};
    }
    try {
      this.waitForTurn();
      return this.deps.http.fetch(request);
    } catch {
      return {retry: true, error: TIMED_OUT};
    } finally {
      // Stamped again when the answer is in, so the next request waits 3 s from then.
      this.stamp();
      if (turn) turn.release();
    }
  }

  private attempt(request: HttpRequest): BatchOutcome | Failure {
    const response = this.send(request);
    if ('retry' in response) return response;
    const {status} = response;
    if (status === 429 || isRateExceeded(response.body)) {
      return {retry: true, error: RATE_LIMITED};
    }
    if (status >= 500) {
      return {
        retry: true,
        error: `arXiv is having trouble (HTTP ${status}); try again in a minute.`,
      };
    }
    let root: XmlElementLike | null = null;
    try {
      root = this.deps.xml.parse(response.body);
    } catch {
      root = null;
    }
    const feed: BatchOutcome | null = root ? parseFeed(root) : null;
    // arXiv's error feed comes with 400; detect it by its entry, whatever the
    // status. An HTML error page (a 403) may parse as XML but is not arXiv's feed.
    if (feed && 'error' in feed && (status === 200 || isAtomFeed(root!))) {
      return feed;
    }
    if (status !== 200) {
      return {error: `arXiv refused the request (HTTP ${status}).`};
    }
    if (!feed) {
      return {
        retry: true,
        error: 'arXiv sent an unreadable answer; try again in a minute.',
      };
    }
    return feed;
  }

  /**
   * Sleeps until 3 s after the last request of any execution, then claims the
   * slot before fetching so a parallel execution waits for this request too.
   * A stamp in the future (clock skew) never makes it wait more than 3 s.
   */
  private waitForTurn(): void {
    const last = Number(this.deps.spacing.get(LAST_REQUEST_KEY));
    if (last > 0) {
      const wait = Math.min(
        last + this.spacingMs - this.deps.clock.now(),
        this.spacingMs,
      );
      if (wait > 0) this.deps.clock.sleep(wait);
    }
    this.stamp();
  }

  private stamp(): void {
    this.deps.spacing.set(LAST_REQUEST_KEY, String(this.deps.clock.now()));
  }
}
