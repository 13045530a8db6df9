// UrlFetchApp: the manifest allowlist, URL length, HTTP exceptions, failures, request shapes and the fetch log.
import type {FetchRequest} from '../../emulator';
import {load} from './load';

const SCRIPT = `
function get(url, options) {
  var r = UrlFetchApp.fetch(url, options || {});
  return {code: r.getResponseCode(), body: r.getContentText('UTF-8'), headers: r.getHeaders()};
}
function getAll(requests) {
  return UrlFetchApp.fetchAll(requests).map(function (r) { return r.getResponseCode(); });
}
`;
const API = 'https://export.arxiv.org/api/query';

describe('UrlFetchApp', () => {
  test('only URLs under the manifest allowlist prefixes may be fetched (case-sensitive)', () => {
    const {env, fns} = load(SCRIPT, {fetch: () => ({status: 200, body: 'ok'})});
    expect(fns.get(`${API}?id_list=2111.11432`).code).toBe(200);
    for (const url of [
      'https://arxiv.org/abs/2111.11432',
      'http://export.arxiv.org/api/query',
      'https://EXPORT.arxiv.org/api/query',
      'https://export.arxiv.org/apix',
    ]) {
      expect(() => fns.get(url)).toThrow(
        /not in the manifest's urlFetchWhitelist/,
      );
    }
    expect(env.fetchLog.map(e => e.url)).toEqual([`${API}?id_list=2111.11432`]);
  });

  test('without muteHttpExceptions a 429 throws with the truncated response', () => {
    const {fns} = load(SCRIPT, {
      fetch: () => ({status: 429, body: 'Rate exceeded.'}),
    });
    expect(() => fns.get(API)).toThrow(
      'Request failed for https://export.arxiv.org returned code 429. Truncated server response: Rate exceeded.',
    );
    expect(fns.get(API, {muteHttpExceptions: true})).toEqual({
      code: 429,
      body: 'Rate exceeded.',
      headers: {},
    });
  });

  test('a handler that throws is a network failure; the emulator is offline by default', () => {
    const timeout = load(SCRIPT, {
      fetch: () => {
        throw new Error('Timeout: https://export.arxiv.org/api/query');
      },
    });
    expect(() => timeout.fns.get(API, {muteHttpExceptions: true})).toThrow(
      /^Timeout/,
    );
    expect(() => load(SCRIPT).fns.get(API)).toThrow(/Address unavailable/);
  });

  test('URLs over 2 KB throw before anything is sent', () => {
    const {env, fns} = load(SCRIPT, {fetch: () => ({status: 200, body: ''})});
    expect(() => fns.get(`${API}?id_list=${'1'.repeat(2100)}`)).toThrow(
      /URLFetch URL Length/,
    );
    expect(env.fetchLog).toEqual([]);
  });

  test('POST with an object payload is form-encoded; the log has the virtual time', () => {
    const seen: FetchRequest[] = [];
    const {env, fns} = load(SCRIPT, {
      now: 5000,
      fetch: req => {
        seen.push(req);
        return {status: 200, body: '', headers: {'Content-Type': 'text/xml'}};
      },
    });
    const result = fns.get(API, {
      method: 'post',
      payload: {id_list: '2111.11432,hep-th/9901001', max_results: 50},
      headers: {'X-Test': '1'},
    });
    expect(result.headers).toEqual({'Content-Type': 'text/xml'});
    expect(seen[0]).toEqual({
      url: API,
      method: 'post',
      payload: 'id_list=2111.11432%2Chep-th%2F9901001&max_results=50',
      contentType: 'application/x-www-form-urlencoded',
      headers: {'X-Test': '1'},
    });
    expect(env.fetchLog[0]).toMatchObject({at: 5000, status: 200});
  });

  test('fetchAll checks every URL first and answers in order', () => {
    const {env, fns} = load(SCRIPT, {
      fetch: req => ({status: req.url.endsWith('a') ? 200 : 404, body: ''}),
    });
    expect(
      fns.getAll([`${API}?a`, {url: `${API}?b`, muteHttpExceptions: true}]),
    ).toEqual([200, 404]);
    expect(() => fns.getAll([`${API}?a`, 'https://example.com/'])).toThrow(
      /urlFetchWhitelist/,
    );
    expect(env.fetchLog).toHaveLength(2);
  });
});
