// Each second source's failures through the built bundle: 429, 5xx, no answer, null entries and HTML where JSON was due give a plain card, bounded retries and no document change.
import type {Block, DocJson} from '../../src/core/doc-model';
import type {InsertResult, PreviewResult} from '../../src/core/types';
import {loadDist} from '../support/dist-bundle';
import {scholarlyReplay} from '../support/scholarly-replay';

const S2 = 'https://api.semanticscholar.org/';
const CROSSREF = 'https://api.crossref.org/';
const ACL = 'https://aclanthology.org/';

type Reply = {status: number; body: string; headers?: Record<string, string>};
/** A failure of one service: a reply, or no answer at all (the fetch throws, as UrlFetchApp does on a timeout). */
type Failure = Reply | 'timeout';

const HTML = {'content-type': 'text/html'};
const JSON_TYPE = {'content-type': 'application/json'};

/** MADE UP, in the documented shapes: what each service sends when it fails. */
const FAILURES: Record<string, Record<string, Failure>> = {
  [S2]: {
    '429': {
      status: 429,
      body: '{"message": "Too Many Requests. Please wait and try again or apply for a key for higher rate limits.", "code": "429"}',
      headers: JSON_TYPE,
    },
    '503': {
      status: 503,
      body: '<html>Service Unavailable</html>',
      headers: HTML,
    },
    timeout: 'timeout',
    // Semantic Scholar's way of saying it knows none of the ids (the recorded batch has one).
    'null entries': {status: 200, body: '[null]', headers: JSON_TYPE},
    'HTML instead of JSON': {
      status: 200,
      body: '<!DOCTYPE html><html><body>Maintenance</body></html>',
      headers: HTML,
    },
  },
  [CROSSREF]: {
    '429': {status: 429, body: 'Too many requests', headers: {}},
    '503': {
      status: 503,
      body: '<html>Service Unavailable</html>',
      headers: HTML,
    },
    timeout: 'timeout',
    'null entries': {
      status: 200,
      body: '{"status":"ok","message-type":"work","message-version":"1.0.0","message":null}',
      headers: JSON_TYPE,
    },
    'HTML instead of JSON': {
      status: 200,
      body: '<!DOCTYPE html><html><body>Just a moment...</body></html>',
      headers: HTML,
    },
  },
  [ACL]: {
    '429': {status: 429, body: '<html>Too Many Requests</html>', headers: HTML},
    '503': {
      status: 503,
      body: '<html>Service Unavailable</html>',
      headers: HTML,
    },
    timeout: 'timeout',
    // Its page is HTML: the failing forms are a page with empty citation tags and one that is not a paper's page.
    'null entries': {
      status: 200,
      body: '<html><head><meta name="citation_title" content=""></head></html>',
      headers: HTML,
    },
    'HTML instead of JSON': {
      status: 200,
      body: '<!DOCTYPE html><html><body>Just a moment...</body></html>',
      headers: HTML,
    },
  },
};

/** Per service: what the user pastes, and the entry id the dialog inserts, that only this service can answer. */
const ROUTES: Record<string, {paste: string; insertId: string}> = {
  // A Semantic Scholar link has no other source.
  [S2]: {
    paste:
      'https://www.semanticscholar.org/paper/204e3073870fae3d05bcbc2f6a8e263d9b72e776',
    insertId: 's2:204e3073870fae3d05bcbc2f6a8e263d9b72e776',
  },
  // Semantic Scholar's replay knows no paper for this DOI (null), so Crossref is asked.
  [CROSSREF]: {
    paste: 'doi:10.1371/journal.pone.0033693',
    insertId: 'doi:10.1371/journal.pone.0033693',
  },
  // Nor for this Anthology id, so its page is asked.
  [ACL]: {
    paste: 'https://aclanthology.org/2021.naacl-main.208/',
    insertId: 'acl:2021.naacl-main.208',
  },
};

const NAMES: Record<string, string> = {
  [S2]: 'Semantic Scholar',
  [CROSSREF]: 'Crossref',
  [ACL]: 'the ACL Anthology',
};

/** A try and two retries (ScholarlyClient's retry delays): the most one lookup may send to a service. */
const MOST_REQUESTS = 3;

const ROWS = Object.entries(FAILURES).flatMap(([host, failures]) =>
  Object.entries(failures).map(
    ([name, failure]) => [NAMES[host], name, host, failure] as const,
  ),
);

function doc(): DocJson {
  const body: Block[] = [
    {type: 'paragraph', text: 'Agents', heading: 'HEADING1'},
    {
      type: 'listItem',
      text: 'Attention - hand-written',
      links: [{start: 0, end: 9, url: 'https://arxiv.org/abs/1706.03762'}],
    },
  ];
  return {title: 'Reading list', body};
}

function setup(host: string, failure: Failure) {
  const scholarly = scholarlyReplay();
  const {env, fns} = loadDist({
    document: doc(),
    fetch: r => {
      if (r.url.startsWith(host)) {
        if (failure === 'timeout') {
          throw new Error(`Timeout: ${r.url}`);
        }
        return failure;
      }
      return scholarly.serves(r.url)
        ? scholarly.handle(r)
        : {status: 500, body: 'arXiv is not asked in these tests'};
    },
  });
  const sent = () => env.fetchLog.filter(r => r.url.startsWith(host)).length;
  return {env, fns, sent};
}

/** A sentence for a person: no markup, no JSON, no stack, no "undefined". */
function expectPlain(message: string | undefined): void {
  expect(message).toMatch(/^[A-Z][^<>{}\n]*[.]$/);
  expect(message).not.toMatch(
    /undefined|null|Error:|Exception|Timeout:|https?:/,
  );
}

describe("each second source's failures (bundle)", () => {
  it.each(ROWS)(
    '%s, %s: a plain card, bounded requests, the document unchanged',
    (_service, _failure, host, failure) => {
      const {env, fns, sent} = setup(host, failure);
      const before = JSON.stringify(env.document.toJSON());

      const preview = env.scriptRun(
        fns,
        'previewPapers',
        ROUTES[host].paste,
      ) as PreviewResult;
      expect(preview.items).toHaveLength(1);
      const [card] = preview.items;
      expect(['error', 'not_found']).toContain(card.status);
      expectPlain(card.message);
      expect(sent()).toBeGreaterThanOrEqual(1);
      expect(sent()).toBeLessThanOrEqual(MOST_REQUESTS);
      const afterPreview = sent();

      const results = env.scriptRun(fns, 'insertPapers', [
        {id: ROUTES[host].insertId, section: 'Agents', note: 'Why'},
      ]) as InsertResult[];
      expect(results).toHaveLength(1);
      expect(results[0].status).toBe('error');
      expectPlain(results[0].message);
      expect(sent() - afterPreview).toBeLessThanOrEqual(MOST_REQUESTS);
      expect(JSON.stringify(env.document.toJSON())).toBe(before);
    },
  );
});
