import { tokenize } from './nlp.ts';

export interface Place {
  id: string;
  name: string;
  kind: 'area' | 'authority';
  /** For areas: the authority they belong to. */
  authorityId: string | null;
}

export interface PlaceReading extends Place {
  /** The words of the question that named it. */
  text: string;
}

/** Authority names are also matched without "County Council", "City Council", ... */
const COUNCIL_SUFFIX = /\s+(?:county|city|borough|district|metropolitan borough)?\s*council$/i;

/** Finds the first area or authority named in the question ("in Ashcombe", "Port Selwyn"). Areas win over authorities. */
export function readPlace(text: string, places: readonly Place[]): PlaceReading | null {
  const words = tokenize(text).map((t) => t.norm);
  const haystack = ` ${words.join(' ')} `;
  let best: { place: Place; at: number; length: number } | null = null;
  for (const place of places) {
    const names = new Set([place.name, place.name.replace(COUNCIL_SUFFIX, '')]);
    for (const name of names) {
      const needle = tokenize(name).map((t) => t.norm).join(' ');
      if (needle.length < 3) continue;
      const at = haystack.indexOf(` ${needle} `);
      if (at < 0) continue;
      const better = !best || (place.kind === 'area' && best.place.kind === 'authority') ||
        (place.kind === best.place.kind && needle.length > best.length);
      if (better) best = { place, at, length: needle.length };
    }
  }
  if (!best) return null;
  return { ...best.place, text: best.place.name.replace(COUNCIL_SUFFIX, '') };
}
