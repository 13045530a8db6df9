// Asks Semantic Scholar, Crossref and the ACL Anthology for papers over the HTTP port: batched, bounded retries within the time budget.
import {STORED} from '../../core/stored-state';
import {
  parseAclPage,
  parseCrossrefWork,
  parseS2Batch,
  parseS2Match,
  S2_FIELDS,
  type Unreadable,
} from '../../core/scholarly';
import type {ScholarlyPaper} from '../../core/types';
import type {ClockPort, HttpPort, HttpRequest, HttpResponse} from './ports';

export const S2_BATCH_URL =
  'https://api.semanticscholar.org/graph/v1/paper/batch';
export const S2_MATCH_URL =
  'https://api.semanticscholar.org/graph/v1/paper/search/match';
export const CROSSREF_WORKS_URL = 'https://api.crossref.org/works/';
export const ACL_ANTHOLOGY_URL = 'https://aclanthology.org/';
/** Semantic Scholar takes at most this many ids per batch request. */
export const S2_BATCH_LIMIT = 500;
/** The user property holding the user's own Semantic Scholar API key. */
export const S2_API_KEY_PROPERTY = STORED.semanticScholarKey.key;

/** One answer of a service: what it found, or a plain sentence why there is nothing. */
export type Answer<T> = {found: T} | {notFound: true} | Unreadable;

export interface ScholarlyClientDeps {
  http: HttpPort;
  clock: ClockPort;
  /** True when `ms` more would still end within the execution's time budget (TimeBudget.fits). */
  fits(ms: number): boolean;
  /** The user's own Semantic Scholar API key, or null (then the shared pool is used). */
  apiKey?: () => string | null;
}

export interface ScholarlyClientOptions {
  /** Waits before each retry after a 429, a 5xx or no answer; their count bounds the retries. */
  retryDelaysMs?: number[];
  /** What one request may take, for deciding whether a retry still fits the budget. */
  requestAllowanceMs?: number;
}

type Attempt = {response: HttpResponse} | {retry: boolean; error: string};

/** The three services over the ports; see ScholarlyClientOptions for the rules it keeps. */
export class ScholarlyClient {
  private readonly retryDelaysMs: number[];
  private readonly requestAllowanceMs: number;

  constructor(
    private readonly deps: ScholarlyClientDeps,
    options: ScholarlyClientOptions = {},
  ) {
    this.retryDelaysMs = options.retryDelaysMs ?? [2000, 5000];
    this.requestAllowanceMs = options.requestAllowanceMs ?? 20000;
  }

  /**
   * Semantic Scholar's papers for these Graph API ids (`ARXIV:...`, `DOI:...`,
   * `ACL:...`, paper ids), one per id in order, null where it knows none; at
   * most S2_BATCH_LIMIT ids a request. Stops at the first request it could not
   * get answered.
   */
  batch(ids: string[]): {papers: (ScholarlyPaper | null)[]} | Unreadable {
    const papers: (ScholarlyPaper | null)[] = [];
    for (let start = 0; start < ids.length; start += S2_BATCH_LIMIT) {
      const chunk = ids.slice(start, start + S2_BATCH_LIMIT);
      const headers: Record<string, string> = {};
      const key = this.apiKey();
      if (key) headers['x-api-key'] = key;
      const outcome = this.send('Semantic Scholar', {
        url: `${S2_BATCH_URL}?fields=${S2_FIELDS.join(',')}`,
        method: 'post',
        payload: JSON.stringify({ids: chunk}),
        contentType: 'application/json',
        headers,
      });
      if ('error' in outcome) return outcome;
      const {status, body} = outcome.response;
      if (status === 403 && key) {
        return {
          error:
            'Semantic Scholar refused your API key (HTTP 403); check it in the settings.',
        };
      }
      const parsed = parseS2Batch(body, chunk.length);
      if ('error' in parsed) {
        return status === 200
          ? parsed
          : {error: `${parsed.error} (HTTP ${status})`};
      }
      papers.push(...parsed);
    }
    return {papers};
  }

  /** Semantic Scholar's best title match for a typed title; its 404 ("Title match not found") and an empty answer are "not found". */
  titleMatch(title: string): Answer<ScholarlyPaper> {
    const headers: Record<string, string> = {};
    const key = this.apiKey();
    if (key) headers['x-api-key'] = key;
    const outcome = this.send('Semantic Scholar', {
      url: `${S2_MATCH_URL}?query=${encodeURIComponent(title)}&fields=${S2_FIELDS.join(',')}`,
      method: 'get',
      headers,
    });
    if ('error' in outcome) return outcome;
    const {status, body} = outcome.response;
    if (status === 404) return {notFound: true};
    const parsed = parseS2Match(body);
    if (parsed === null) return {notFound: true};
    if ('error' in parsed) {
      return status === 200
        ? parsed
        : {error: `${parsed.error} (HTTP ${status})`};
    }
    return {found: parsed};
  }

  /** Crossref's record of a DOI; its 404 is "not found". */
  crossrefWork(doi: string): Answer<ScholarlyPaper> {
    const outcome = this.send('Crossref', {
      url: CROSSREF_WORKS_URL + encodeURI(doi),
      method: 'get',
    });
    if ('error' in outcome) return outcome;
    const {status, body} = outcome.response;
    if (status === 404) return {notFound: true};
    if (status !== 200) {
      return {error: `Crossref refused the request (HTTP ${status}).`};
    }
    const paper = parseCrossrefWork(body);
    return 'error' in paper ? paper : {found: paper};
  }

  /** The ACL Anthology page of a paper, read from its citation tags; its 404 is "not found". */
  aclPaper(aclId: string): Answer<ScholarlyPaper> {
    const outcome = this.send('The ACL Anthology', {
      url: `${ACL_ANTHOLOGY_URL}${encodeURIComponent(aclId)}/`,
      method: 'get',
    });
    if ('error' in outcome) return outcome;
    const {status, body} = outcome.response;
    if (status === 404) return {notFound: true};
    if (status !== 200) {
      return {
        error: `The ACL Anthology refused the request (HTTP ${status}).`,
      };
    }
    const paper = parseAclPage(body, aclId);
    return 'error' in paper ? paper : {found: paper};
  }

  private apiKey(): string | null {
    try {
      const key = this.deps.apiKey?.()?.trim();
      return key || null;
    } catch {
      return null;
    }
  }

  /**
   * Sends a request, retrying a 429, a 5xx or no answer after each delay
   * while the wait and one more request still fit the time budget.
   */
  private send(
    service: string,
    request: HttpRequest,
  ): {response: HttpResponse} | Unreadable {
    for (let attempt = 0; ; attempt++) {
      const outcome = this.attempt(service, request);
      if ('response' in outcome) return outcome;
      const delay = this.retryDelaysMs[attempt];
      if (
        !outcome.retry ||
        delay === undefined ||
        !this.deps.fits(delay + this.requestAllowanceMs)
      ) {
        return {error: outcome.error};
      }
      this.deps.clock.sleep(delay);
    }
  }

  private attempt(service: string, request: HttpRequest): Attempt {
    let response: HttpResponse;
    try {
      response = this.deps.http.fetch(request);
    } catch {
      return {
        retry: true,
        error: `${service} did not answer in time; try again in a minute.`,
      };
    }
    if (response.status === 429) {
      return {
        retry: true,
        error: `${service} is rate-limiting requests; try again in a minute.`,
      };
    }
    if (response.status >= 500) {
      return {
        retry: true,
        error: `${service} is having trouble (HTTP ${response.status}); try again in a minute.`,
      };
    }
    return {response};
  }
}
