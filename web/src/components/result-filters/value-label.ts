import type { FacetValue } from '../../api/types.ts';

/** A filter value's name: from the facet when known, else the id made readable ("need:speech-language" → "speech language"). */
export function valueLabel(value: string, facet: readonly FacetValue[] | undefined): string {
  const known = facet?.find((v) => v.value === value);
  if (known) return known.label;
  const bare = value.includes(':') ? value.slice(value.indexOf(':') + 1) : value;
  return bare.replace(/[-_]+/g, ' ');
}
