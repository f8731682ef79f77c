import type { OfferLocation } from '../../../ontology/offer.ts';
import { cleanLine, unique } from './text.ts';
import { toNumber, type JsonRecord, type Warn } from './values.ts';

type LocationInput = Partial<OfferLocation>;

/** One address line from the address parts the formats share (address_1..4, city, region, state/province). */
export function addressText(a: JsonRecord): string | undefined {
  const parts = unique([
    cleanLine(a.attention), cleanLine(a.address_1), cleanLine(a.address_2), cleanLine(a.address_3),
    cleanLine(a.address_4), cleanLine(a.city), cleanLine(a.region), cleanLine(a.state_province),
  ]);
  return parts.length ? parts.join(', ') : undefined;
}

/** A UK postcode tidied ("bk2 3ht" → "BK2 3HT"); other text is kept as written. */
export function postcode(value: unknown): string | undefined {
  const s = cleanLine(value);
  if (!s) return undefined;
  const m = /^([A-Za-z]{1,2}\d[A-Za-z\d]?)\s*(\d[A-Za-z]{2})$/.exec(s);
  return m ? `${m[1]} ${m[2]}`.toUpperCase() : s;
}

/** Latitude and longitude when both are real coordinates; out-of-range or partial ones are left out (warning). */
export function coordinates(lat: unknown, lon: unknown, where: string, warn: Warn): { lat?: number; lon?: number } {
  const la = toNumber(lat);
  const lo = toNumber(lon);
  if (la === undefined && lo === undefined) return {};
  if (la === undefined || lo === undefined || Math.abs(la) > 90 || Math.abs(lo) > 180 || (la === 0 && lo === 0)) {
    warn(`${where}: latitude ${String(lat)} / longitude ${String(lon)} are not a real position; left out`);
    return {};
  }
  return { lat: la, lon: lo };
}

/** Builds a location, leaving out empty parts; undefined when nothing at all is known. */
export function makeLocation(parts: LocationInput): LocationInput | undefined {
  const out: LocationInput = {};
  for (const [k, v] of Object.entries(parts) as Array<[keyof LocationInput, unknown]>) {
    if (v !== undefined && !(Array.isArray(v) && v.length === 0)) (out as Record<string, unknown>)[k] = v;
  }
  const known = out.name || out.address || out.postcode || out.lat !== undefined;
  return known ? { accessibility: [], ...out } : undefined;
}
