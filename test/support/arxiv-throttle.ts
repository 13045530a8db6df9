// Two ways arXiv answers that are not what was asked: a full page when max_results is ignored, and a 200 "Rate exceeded.".
import type {ReplayReply, ReplayRequest} from './arxiv-replay';

/**
 * Wraps a replay handler so it answers as arXiv does when it ignores
 * `max_results`: at most `pageSize` entries, `itemsPerPage` that size and
 * `totalResults` the number of papers the query matched.
 */
export function ignoringMaxResults<
  Q extends ReplayRequest,
  R extends ReplayReply,
>(handle: (request: Q) => R, pageSize: number): (request: Q) => R {
  return request => {
    const reply = handle(request);
    const entries = reply.body.match(/<entry>[\s\S]*?<\/entry>/g) ?? [];
    if (reply.status !== 200 || entries.length <= pageSize) return reply;
    let body = reply.body;
    for (const dropped of entries.slice(pageSize))
      body = body.replace(dropped, '');
    body = body
      .replace(
        /<opensearch:itemsPerPage>\d+</,
        `<opensearch:itemsPerPage>${pageSize}<`,
      )
      .replace(
        /<opensearch:totalResults>\d+</,
        `<opensearch:totalResults>${entries.length}<`,
      );
    return {...reply, body};
  };
}

/** arXiv's throttle as it answers some clients: HTTP 200 and plain text, not a feed. */
export const RATE_EXCEEDED_200: ReplayReply = {
  status: 200,
  body: 'Rate exceeded.',
  headers: {'content-type': 'text/plain'},
};
