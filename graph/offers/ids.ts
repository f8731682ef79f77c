import { createHash } from 'node:crypto';

/**
 * Deterministic, URL-safe node ids. The same (source, source id) always gives the same offer id, so loading
 * is idempotent; a readable slug comes first and a hash of the exact values last, so ids never collide
 * when two different values slug the same way.
 */

/** Lower-case ASCII words joined by hyphens ("St Mary's C of E" → "st-mary-s-c-of-e"). */
export function slug(text: string, max = 60): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/g, '');
}

export function shortHash(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 12);
}

function join(prefix: string, readable: string, hash: string): string {
  return readable ? `${prefix}-${readable}-${hash}` : `${prefix}-${hash}`;
}

/** The offer's id, from its identity: the source it came from and its id there. */
export function offerId(source: string, sourceId: string): string {
  return join('o', slug(sourceId, 48), shortHash(source, sourceId));
}

/** One Organisation node per name within an authority, whichever source names it. */
export function organisationId(authorityId: string, name: string): string {
  return join('org', `${slug(authorityId, 30)}-${slug(name, 60)}`, shortHash(authorityId, name.trim().toLowerCase()).slice(0, 6));
}

/** A place, per source: by the source's own location id, else by what it says of the place. */
export function locationId(source: string, key: { id?: string | undefined; name?: string | undefined; address?: string | undefined; postcode?: string | undefined }): string {
  const identity = key.id ?? [key.name, key.address, key.postcode].map((part) => part?.trim().toLowerCase() ?? '').join('|');
  return join('loc', slug(key.name ?? key.postcode ?? '', 40), shortHash(source, identity));
}

/** The n-th (1-based) framework answer of an offer. */
export function answerId(offer: string, index: number): string {
  return `${offer}-a${index}`;
}
