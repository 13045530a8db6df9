// A stand-in for export.arxiv.org that answers any id_list with a valid Atom feed, so hauls of hundreds of ids run offline.

/** A request as the emulator hands it to a fetch handler (UrlFetchApp's url, method and payload). */
export interface FetchRequest {
  url: string;
  method?: string;
  payload?: unknown;
  headers?: unknown;
}

export interface FetchResponse {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

/** One request the stand-in answered, with the ids it asked for and when (virtual ms). */
export interface LoggedRequest {
  method: string;
  ids: string[];
  returned: number;
  status: number;
  at: number;
}

export interface SyntheticArxiv {
  handler: (request: FetchRequest) => FetchResponse;
  requests: LoggedRequest[];
}

const ID_PATTERN =
  /^(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?$/;
const API_DEFAULT_MAX_RESULTS = 10;

const TOPICS = [
  {category: 'cs.LG', words: ['gradient', 'optimization', 'generalization']},
  {category: 'cs.CL', words: ['language', 'translation', 'tokenization']},
  {category: 'cs.CV', words: ['vision', 'segmentation', 'detection']},
  {category: 'cs.CR', words: ['adversarial', 'robustness', 'privacy']},
  {category: 'cs.AI', words: ['reinforcement', 'planning', 'agents']},
  {category: 'stat.ML', words: ['kernel', 'bayesian', 'variational']},
  {category: 'math.OC', words: ['convex', 'convergence', 'duality']},
  {category: 'cs.CY', words: ['fairness', 'ethics', 'accountability']},
];
const NOUNS = [
  'Transformers',
  'Diffusion Models',
  'Graph Networks',
  'Policies',
  'Embeddings',
  'Benchmarks',
  'Attention',
  'Representations',
];
const SURNAMES = [
  'Chen',
  'Garcia',
  'Müller',
  'Okafor',
  'Tanaka',
  'Novak',
  'Singh',
  'Dubois',
  'Kowalski',
  'Haddad',
];
const GIVEN = ['Ana', 'Wei', 'Lars', 'Amara', 'Yuki', 'Omar', 'Priya', 'Jean'];

/** A small deterministic hash, so the same id always gets the same paper. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** The v1 date a real paper with this id would have (the month its id encodes). */
function publishedDate(id: string, seed: number): string {
  const digits = /(\d{2})(\d{2})[.\d]/.exec(id.split('/').pop() ?? id);
  const yy = digits ? Number(digits[1]) : 20;
  const month = digits ? Math.min(Math.max(Number(digits[2]), 1), 12) : 1;
  const year = yy >= 91 ? 1900 + yy : 2000 + yy;
  const day = 1 + (seed % 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T17:59:46Z`;
}

/** One Atom entry in the shape arXiv's 2026 backend sends. */
export function syntheticEntry(id: string): string {
  const seed = hash(id);
  const topic = TOPICS[seed % TOPICS.length];
  const word = topic.words[(seed >>> 4) % topic.words.length];
  const noun = NOUNS[(seed >>> 8) % NOUNS.length];
  const version = 1 + ((seed >>> 12) % 3);
  const authorCount = 1 + ((seed >>> 14) % 6);
  const authors = Array.from({length: authorCount}, (_, i) => {
    const s = hash(`${id}#${i}`);
    return `${GIVEN[s % GIVEN.length]} ${SURNAMES[(s >>> 5) % SURNAMES.length]}`;
  });
  const title = `On ${word[0].toUpperCase()}${word.slice(1)} in ${noun}: a study of paper ${id}`;
  const summary =
    `We study ${word} for ${noun.toLowerCase()} and show that a simple baseline matches prior work. ` +
    `Our analysis covers ${authorCount * 3} settings and explains when ${word} helps. ` +
    'Experiments on standard benchmarks confirm the theory, and code is released for reproduction.';
  const published = publishedDate(id, seed);
  const secondary = TOPICS[(seed >>> 18) % TOPICS.length].category;
  const categories = [topic.category];
  if (secondary !== topic.category) categories.push(secondary);
  return [
    '  <entry>',
    `    <id>http://arxiv.org/abs/${id}v${version}</id>`,
    `    <title>${escapeXml(title)}</title>`,
    `    <updated>${published}</updated>`,
    `    <link href="https://arxiv.org/abs/${id}v${version}" rel="alternate" type="text/html"/>`,
    `    <link href="https://arxiv.org/pdf/${id}v${version}" rel="related" type="application/pdf" title="pdf"/>`,
    `    <summary>${escapeXml(summary)}</summary>`,
    ...categories.map(
      c => `    <category term="${c}" scheme="http://arxiv.org/schemas/atom"/>`,
    ),
    `    <published>${published}</published>`,
    `    <arxiv:comment>${8 + (seed % 30)} pages</arxiv:comment>`,
    `    <arxiv:primary_category term="${topic.category}"/>`,
    ...authors.map(
      a => `    <author>\n      <name>${escapeXml(a)}</name>\n    </author>`,
    ),
    '  </entry>',
  ].join('\n');
}

function feed(query: string, total: number, entries: string[]): string {
  return [
    "<?xml version='1.0' encoding='UTF-8'?>",
    '<feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">',
    `  <id>https://arxiv.org/api/${hash(query).toString(36)}</id>`,
    `  <title>arXiv Query: ${escapeXml(query)}</title>`,
    '  <updated>2026-04-12T22:10:19Z</updated>',
    `  <opensearch:itemsPerPage>${entries.length}</opensearch:itemsPerPage>`,
    `  <opensearch:totalResults>${total}</opensearch:totalResults>`,
    '  <opensearch:startIndex>0</opensearch:startIndex>',
    ...entries,
    '</feed>',
  ].join('\n');
}

/** arXiv's answer to a malformed id: a feed with one entry whose id names the error (HTTP 400). */
function errorFeed(badId: string): string {
  return feed(`id_list=${badId}`, 1, [
    [
      '  <entry>',
      '    <id>https://arxiv.org/api/errors#incorrect_id_format_for_' +
        escapeXml(badId) +
        '</id>',
      '    <title>Error</title>',
      `    <summary>incorrect id format for ${escapeXml(badId)}</summary>`,
      '  </entry>',
    ].join('\n'),
  ]);
}

/** The query parameters of a GET url and a form-encoded (or object) POST payload, merged. */
export function requestParams(request: FetchRequest): URLSearchParams {
  const params = new URLSearchParams(request.url.split('?')[1] ?? '');
  const payload = request.payload;
  if (typeof payload === 'string') {
    new URLSearchParams(payload).forEach((v, k) => params.set(k, v));
  } else if (payload && typeof payload === 'object') {
    for (const [k, v] of Object.entries(payload)) params.set(k, String(v));
  }
  return params;
}

/**
 * A fetch handler that knows every well-formed id (except `missing` ones)
 * and honours id_list, start and max_results as arXiv does, including the
 * default of 10 results. `now` stamps each logged request with the
 * emulator's virtual time, to check the 3 s spacing.
 */
export function syntheticArxiv(
  options: {now?: () => number; missing?: ReadonlySet<string>} = {},
): SyntheticArxiv {
  const requests: LoggedRequest[] = [];
  const missing = options.missing ?? new Set<string>();
  const handler = (request: FetchRequest): FetchResponse => {
    const params = requestParams(request);
    const ids = (params.get('id_list') ?? '')
      .split(',')
      .map(s => s.trim())
      .filter(Boolean);
    const log = (status: number, returned: number) =>
      requests.push({
        method: (request.method ?? 'get').toLowerCase(),
        ids,
        returned,
        status,
        at: options.now ? options.now() : 0,
      });
    const bad = ids.find(id => !ID_PATTERN.test(id));
    if (bad !== undefined) {
      log(400, 0);
      return {status: 400, body: errorFeed(bad)};
    }
    const start = Number(params.get('start') ?? 0) || 0;
    const maxParam = params.get('max_results');
    const max = maxParam === null ? API_DEFAULT_MAX_RESULTS : Number(maxParam);
    const found = ids
      .map(id => id.replace(/v\d+$/, ''))
      .filter(id => !missing.has(id));
    const page = found.slice(start, start + max);
    log(200, page.length);
    return {
      status: 200,
      body: feed(params.toString(), found.length, page.map(syntheticEntry)),
      headers: {'Content-Type': 'application/atom+xml; charset=UTF-8'},
    };
  };
  return {handler, requests};
}
