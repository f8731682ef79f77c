import { createHash } from 'node:crypto';

/**
 * The Open Referral UK profile asks for UUIDs everywhere; the graph's ids are readable strings. Every id the feed
 * publishes is a name-based UUID (version 5, RFC 9562) of what it identifies, so the same offer, concept or place
 * always gets the same UUID, in the API and in an export, and no table of ids has to be stored.
 */

/** The namespace of every UUID this feed makes. Changing it changes every published id: never do. */
export const FEED_NAMESPACE = '0f5c8a52-7d3e-4b8a-9c1f-3e6d2a9b7c40';

const HEX_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return HEX_UUID.test(value);
}

/** The version 5 UUID of `name` in `namespace`. */
export function uuidV5(name: string, namespace: string = FEED_NAMESPACE): string {
  const hash = createHash('sha1').update(Buffer.from(namespace.replace(/-/g, ''), 'hex')).update(name, 'utf8').digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The kinds of record the feed gives an id to. */
export type OrukRecordKind =
  | 'service' | 'organization' | 'location' | 'service_at_location' | 'address' | 'accessibility' | 'attribute'
  | 'taxonomy' | 'taxonomy_term' | 'schedule' | 'service_area' | 'cost_option' | 'funding' | 'contact' | 'phone' | 'language';

/** The UUID of one record: its kind and the graph ids (or positions) that identify it. */
export function orukId(kind: OrukRecordKind, ...parts: Array<string | number>): string {
  return uuidV5([kind, ...parts.map(String)].join('\u0000'));
}

export const serviceUuid = (offerId: string) => orukId('service', offerId);
export const termUuid = (conceptId: string) => orukId('taxonomy_term', conceptId);
export const taxonomyUuid = (scheme: string) => orukId('taxonomy', scheme);
