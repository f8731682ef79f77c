import type { Random } from './prng.ts';
import type { RouteInfo } from './route-table.ts';
import { BAD_ESCAPES, hostileString, TRAVERSAL } from './hostile-values.ts';
import { hostileBody } from './hostile-bodies.ts';

/** One request as app.inject takes it. */
export interface HostileRequest {
  method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
  remoteAddress: string;
}

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const OTHER_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
const FORGED_TOKENS = [
  'eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJpZCI6IngiLCJyb2xlIjoiYWRtaW4ifQ.', // alg: none
  'eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiYWRtaW4ifQ.c2lnbmF0dXJl', 'a.b.c', '....', '', 'null',
];

/** Percent-encodes a value for a URL, keeping lone surrogates (which encodeURIComponent refuses) as invalid UTF-8. */
export function encodeSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return value.replace(/[\ud800-\udfff]/g, '%ED%A0%80').split('%ED%A0%80').map((part) => encodeURIComponent(part)).join('%ED%A0%80');
  }
}

function hostileId(random: Random): string {
  const roll = random.next();
  if (roll < 0.35) return encodeSegment(random.pick(TRAVERSAL));
  if (roll < 0.45) return random.pick(TRAVERSAL).replace(/\\/g, '%5C'); // raw slashes: other routes, or none
  if (roll < 0.55) return random.pick(BAD_ESCAPES);
  if (roll < 0.65) return random.pick(['o-autism-123', 'need:autism', 'local-offer', 'ashcombe', encodeSegment('x'.repeat(random.int(90, 300)))]);
  return encodeSegment(hostileString(random));
}

function hostileQuery(random: Random, names: string[]): string {
  const pairs: string[] = [];
  const known = names.length ? names : ['q'];
  for (const name of known) if (random.chance(0.6)) pairs.push(`${name}=${encodeSegment(hostileString(random))}`);
  if (random.chance(0.2)) pairs.push(`${random.pick(known)}=${encodeSegment(hostileString(random))}`); // the same name twice
  if (random.chance(0.15)) pairs.push(`${random.pick(known)}[]=1`, `${random.pick(known)}[a]=b`);
  if (random.chance(0.1)) pairs.push(random.pick(known)); // a name without a value
  if (random.chance(0.1)) pairs.push(`${random.pick(known)}=${random.pick(BAD_ESCAPES)}`);
  if (random.chance(0.1)) pairs.push(`${encodeSegment(hostileString(random).slice(0, 30))}=${encodeSegment(hostileString(random))}`);
  if (random.chance(0.05)) pairs.push(`__proto__[role]=admin`, 'constructor[prototype][x]=1');
  return pairs.length ? `?${pairs.join(random.chance(0.05) ? ';' : '&')}` : '';
}

function hostileHeaders(random: Random): Record<string, string> {
  const headers: Record<string, string> = {};
  if (random.chance(0.2)) headers.cookie = `log_session=${random.chance(0.5) ? random.pick(FORGED_TOKENS) : encodeSegment(hostileString(random).slice(0, 500))}`;
  if (random.chance(0.15)) headers.authorization = `Bearer ${random.pick(FORGED_TOKENS)}`;
  if (random.chance(0.1)) headers.accept = random.pick(['text/html', 'application/xml', '*/*;q=0', 'image/*', ';;;', 'application/json;q=abc']);
  if (random.chance(0.05)) headers['accept-encoding'] = random.pick(['gzip', 'br', 'deflate', 'identity;q=0', 'x-unknown']);
  if (random.chance(0.05)) headers['x-forwarded-for'] = '127.0.0.1, 10.0.0.1, evil';
  if (random.chance(0.05)) headers.range = random.pick(['bytes=0-0', 'bytes=-1', 'bytes=99999999-', 'bytes=a-b']);
  return headers;
}

/** A hostile request aimed at `route`: its path with hostile ids, hostile query, body, content type and headers. */
export function hostileRequest(random: Random, route: RouteInfo): HostileRequest {
  let path = route.path.replace(/:\w+/g, () => hostileId(random));
  if (!route.params.length && random.chance(0.1)) path += random.pick(['/', '/..', '/%2e%2e/%2e%2e/package.json', `/${encodeSegment(hostileString(random))}`, '//']);
  const method = (random.chance(0.08) ? random.pick(OTHER_METHODS) : route.method) as HostileRequest['method'];
  const request: HostileRequest = {
    method,
    url: `${path}${hostileQuery(random, route.query)}`,
    headers: hostileHeaders(random),
    // Rate limits are per address: spread the addresses so most requests reach validation and the handler.
    remoteAddress: `10.${random.int(0, 255)}.${random.int(0, 255)}.${random.int(1, 254)}`,
  };
  if (WITH_BODY.has(method)) {
    const body = hostileBody(random, route.bodyFields);
    request.payload = body.payload;
    if (body.contentType !== undefined) request.headers['content-type'] = body.contentType;
  }
  return request;
}
