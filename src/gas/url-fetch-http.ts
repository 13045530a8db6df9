// HttpPort over UrlFetchApp: statuses come back as values, bodies decoded as UTF-8, no answer at all as an exception.
import type {HttpPort, HttpRequest, HttpResponse} from '../app/shared/ports';

/** An HttpPort that never throws for an HTTP status (muteHttpExceptions), only when no answer came. */
export function urlFetchHttp(): HttpPort {
  return {
    fetch(request: HttpRequest): HttpResponse {
      const options: GoogleAppsScript.URL_Fetch.URLFetchRequestOptions = {
        method: request.method,
        muteHttpExceptions: true,
        followRedirects: true,
      };
      if (request.payload !== undefined) options.payload = request.payload;
      if (request.contentType) options.contentType = request.contentType;
      if (request.headers) options.headers = request.headers;
      let response: GoogleAppsScript.URL_Fetch.HTTPResponse;
      try {
        response = UrlFetchApp.fetch(request.url, options);
      } catch (err) {
        // UrlFetchApp throws on timeouts and DNS failures; callers treat every such case alike.
        const reason = err instanceof Error ? err.message : String(err);
        throw new Error(`No answer from ${request.url}: ${reason}`);
      }
      return {
        status: response.getResponseCode(),
        // arXiv sends UTF-8; without the charset UrlFetch may guess Latin-1 and garble names.
        body: response.getContentText('UTF-8'),
        headers: response.getHeaders() as Record<string, string>,
      };
    },
  };
}
