// urlFetchHttp against the emulated UrlFetchApp: statuses as values, POST bodies, no answer as an exception.
import {createEnvironment, type FetchHandler} from '../../emulator';
import {urlFetchHttp} from '../../src/gas/url-fetch-http';

const globals = globalThis as unknown as {UrlFetchApp?: unknown};

function withHandler(handler: FetchHandler) {
  const env = createEnvironment({fetch: handler, files: {}});
  globals.UrlFetchApp = env.globals.UrlFetchApp;
  return env;
}

afterEach(() => {
  delete globals.UrlFetchApp;
});

describe('urlFetchHttp', () => {
  it('returns a 429 as a value, body and headers included', () => {
    withHandler(() => ({
      status: 429,
      body: 'Rate exceeded.',
      headers: {'content-type': 'text/plain'},
    }));
    expect(
      urlFetchHttp().fetch({
        url: 'https://export.arxiv.org/api/query?id_list=1605.08386',
        method: 'get',
      }),
    ).toEqual({
      status: 429,
      body: 'Rate exceeded.',
      headers: {'content-type': 'text/plain'},
    });
  });

  it('sends a POST form body with its content type', () => {
    const env = withHandler(() => ({status: 200, body: 'Wübben'}));
    const response = urlFetchHttp().fetch({
      url: 'https://export.arxiv.org/api/query',
      method: 'post',
      payload: 'id_list=1605.08386&max_results=1',
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(response.body).toBe('Wübben');
    expect(env.fetchLog[0]).toMatchObject({
      method: 'post',
      payload: 'id_list=1605.08386&max_results=1',
      contentType: 'application/x-www-form-urlencoded',
    });
  });

  it('throws when no answer came, naming the URL', () => {
    withHandler(() => {
      throw new Error('Timeout');
    });
    expect(() =>
      urlFetchHttp().fetch({
        url: 'https://export.arxiv.org/api/query',
        method: 'get',
      }),
    ).toThrow('No answer from https://export.arxiv.org/api/query: Timeout');
  });

  it('is refused outside the manifest allowlist, as Apps Script would', () => {
    withHandler(() => ({status: 200, body: ''}));
    expect(() =>
      urlFetchHttp().fetch({
        url: 'https://arxiv.org/abs/1605.08386',
        method: 'get',
      }),
    ).toThrow(/urlFetchWhitelist/);
  });
});
