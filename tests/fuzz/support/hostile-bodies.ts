import type { Random } from './prng.ts';
import { hostileString, NUMBERISH } from './hostile-values.ts';

/** A body as sent on the wire, with the content type it claims. */
export interface HostileBody {
  contentType: string | undefined;
  payload: string | Buffer;
}

const CONTENT_TYPES = [
  'text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=xyz',
  'application/json; charset=utf-16', 'application/json; charset=latin1', 'APPLICATION/JSON', 'application/vnd.api+json',
  'application/json; boundary=', '*/*', 'application/octet-stream', 'text/html', 'application/json, text/plain',
  `application/json; x=${'a'.repeat(5_000)}`, 'image/svg+xml', ';;;', 'application/',
];

/** Any JSON value, nested a little, with hostile strings and numbers at the leaves. */
export function randomJson(random: Random, depth = 0): unknown {
  const roll = random.next();
  if (depth > 3 || roll < 0.35) return hostileString(random);
  if (roll < 0.45) return random.pick([0, -1, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, true, false, null]);
  if (roll < 0.7) return Array.from({ length: random.int(0, 6) }, () => randomJson(random, depth + 1));
  return Object.fromEntries(Array.from({ length: random.int(0, 6) }, () => [hostileString(random).slice(0, 40), randomJson(random, depth + 1)]));
}

/** A value of the wrong type for whatever a field expects, or a hostile one of the right type. */
function fieldValue(random: Random): unknown {
  return random.pick<() => unknown>([
    () => hostileString(random), () => random.pick(NUMBERISH), () => random.int(-1e9, 1e9), () => null, () => true,
    () => [hostileString(random)], () => ({ $ne: null }), () => ({ [hostileString(random).slice(0, 20)]: randomJson(random) }),
    () => 'local-offer', () => `fuzz-${random.int(0, 1e9)}@example.org`, () => 'new', () => 'approve', () => 'admin',
  ])();
}

function nested(open: string, close: string, depth: number, inner = '1'): string {
  return `${open.repeat(depth)}${inner}${close.repeat(depth)}`;
}

/** One hostile body for a route whose JSON fields are `fields` (may be empty). */
export function hostileBody(random: Random, fields: string[]): HostileBody {
  const json = (payload: string): HostileBody => ({ contentType: 'application/json', payload });
  const roll = random.next();
  if (roll < 0.3 && fields.length) {
    const body = Object.fromEntries(fields.filter(() => random.chance(0.8)).map((field) => [field, fieldValue(random)]));
    if (random.chance(0.2)) body[hostileString(random).slice(0, 30)] = randomJson(random);
    return json(JSON.stringify(body));
  }
  if (roll < 0.45) return json(JSON.stringify(randomJson(random)));
  if (roll < 0.55) {
    const depth = random.pick([100, 1_000, 10_000, 100_000]);
    return json(random.chance(0.5) ? nested('[', ']', depth) : nested('{"a":', '}', Math.floor(depth / 2)));
  }
  if (roll < 0.6) return json(JSON.stringify(Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, i]))));
  if (roll < 0.65) return json(random.pick(['{"__proto__":{"role":"admin"}}', '{"constructor":{"prototype":{"role":"admin"}}}', '{"a":1,"a":2}']));
  if (roll < 0.75) {
    return json(random.pick(['', ' ', '{', '{"a":', '[1,2,', '{"a":1,}', "{'a':1}", 'NaN', '\ufeff{}', '{"a":"\\ud800"}', 'null', '1e999999', '"\\u0000"', 'true false']));
  }
  if (roll < 0.8) return { contentType: 'application/json', payload: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc0, 0xae, 0x22, 0x7d]) };
  if (roll < 0.95) return { contentType: random.pick(CONTENT_TYPES), payload: random.chance(0.5) ? JSON.stringify(randomJson(random)) : hostileString(random) };
  return { contentType: random.chance(0.5) ? undefined : 'application/json', payload: 'x'.repeat(random.pick([300_000, 1_100_000])) };
}
