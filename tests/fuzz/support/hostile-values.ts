import type { Random } from './prng.ts';

/** Full-text (Lucene) query syntax, including what breaks an unescaped query parser. */
export const LUCENE = [
  '+', '-', '&&', '||', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '\\', '/',
  'AND', 'OR', 'NOT', 'autism AND', 'OR OR OR', 'NOT *', '"unterminated phrase', 'name:autism~0.8^4',
  '[a TO z]', '{* TO *}', '/.*(a|b)+.*/', 'a~~~', '*:*', 'description:*', '((((autism', 'autism))))',
  '\\\\\\', '?*?*?*', 'fuzzy~2 AND wild* OR "phr ase"~3', '_exists_:name', 'a\u0000b',
];

/** Cypher and injection fragments: they must only ever be data. */
export const CYPHER = [
  "' OR 1=1 //", '" OR ""="', "'}) MATCH (n) DETACH DELETE n //", '`) DETACH DELETE n //', '$id', '$$',
  'MATCH (n) RETURN n', "CALL db.labels() YIELD label RETURN label", "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
  "CALL apoc.cypher.run('MATCH (n) DELETE n', {})", '}]->(x) RETURN x //', "\\' OR 1=1 --", ';DROP TABLE offers;--',
  "' UNION CALL dbms.components() YIELD name RETURN name //", '{{7*7}}', '${7*7}', '#{7*7}', '%s%s%s%n',
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', '__proto__', 'constructor', 'prototype',
];

/** Path traversal in ids and paths, raw and percent-encoded (sent encoded once more by `encodeSegment`). */
export const TRAVERSAL = [
  '../../../../etc/passwd', '..\\..\\..\\windows\\win.ini', '....//....//etc/passwd', '/etc/passwd', 'file:///etc/passwd',
  '..', '.', '../package.json', '../../.env', '%2e%2e%2f%2e%2e%2fetc%2fpasswd', '..%252f..%252fetc%252fpasswd',
  '%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd', '..%00/', 'index.html%00.json', 'C:\\Windows\\System32\\drivers\\etc\\hosts',
  '\\\\evil.example\\share', '//evil.example/x',
];

/** Percent-sequences that are not valid UTF-8 or not valid escapes at all: inserted raw into URLs. */
export const BAD_ESCAPES = ['%', '%%', '%zz', '%E0%A4%A', '%C0%AE', '%ED%A0%80', '%FF%FE', '%00', '%0d%0aSet-Cookie:%20x=1', '%u0041', '%2'];

export const NUMBERISH = [
  '-1', '0', '-0', '1.5', '1e309', '-1e309', 'NaN', 'Infinity', '0x1F', '9007199254740993', '99999999999999999999999',
  '', ' ', '1 OR 1', 'true', 'null', 'undefined', '[]', '{}', '0e0', '٣', '１２', '\u00a01',
];

const SPECIAL_CODEPOINTS = [
  0x0000, 0x0007, 0x0008, 0x000a, 0x000d, 0x001b, 0x007f, 0x0085, 0x00a0, 0x00ad, 0x034f, 0x0301, 0x061c, 0x180e,
  0x200b, 0x200d, 0x200e, 0x202e, 0x2028, 0x2029, 0x2060, 0x2066, 0xfeff, 0xfff9, 0xfffd, 0xffff, 0x1f600, 0x1f468,
  0x1f3fd, 0xe0001, 0x10ffff, 0x0130, 0x0131, 0x00df, 0x1e9e, 0xfb01, 0x3000, 0x0915, 0x094d, 0x0e01,
];

/** Random Unicode: any plane, control characters, lone surrogates, combining marks, bidi overrides. */
export function randomUnicode(random: Random, length = random.int(1, 40)): string {
  let text = '';
  for (let i = 0; i < length; i += 1) {
    const roll = random.next();
    if (roll < 0.3) text += String.fromCodePoint(random.pick(SPECIAL_CODEPOINTS));
    else if (roll < 0.4) text += String.fromCharCode(random.int(0xd800, 0xdfff)); // a lone surrogate
    else if (roll < 0.5) text += '\u0301'.repeat(random.int(1, 50)); // stacked combining marks
    else if (roll < 0.7) text += String.fromCharCode(random.int(0x20, 0x7e));
    else text += String.fromCodePoint(random.int(0xa0, 0x2ffff));
  }
  return text;
}

/** One hostile string of any family, now and then very long. */
export function hostileString(random: Random): string {
  const roll = random.next();
  if (roll < 0.2) return random.pick(LUCENE);
  if (roll < 0.35) return random.pick(CYPHER);
  if (roll < 0.45) return random.pick(TRAVERSAL);
  if (roll < 0.55) return random.pick(NUMBERISH);
  if (roll < 0.8) return randomUnicode(random);
  if (roll < 0.9) return `${random.pick(['autism', 'short breaks', 'speech', 'ehcp'])} ${random.pick(LUCENE)}${random.pick(CYPHER)}`;
  const unit = random.pick(['a', 'é', '😀', '(', '\\', '"', ' ', 'autism ', '%']);
  return unit.repeat(random.pick([1_000, 10_000, 70_000]));
}
