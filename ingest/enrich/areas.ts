/** An area an authority covers (from the manifest or the graph). */
export interface AreaRef {
  id: string;
  name: string;
}

const EVERYWHERE = /^\s*all\s*(?:$|[(,;:-])|^\s*(?:all areas|everywhere|county[- ]?wide|city[- ]?wide|borough[- ]?wide|authority[- ]?wide|whole (?:county|city|borough|area)|across the (?:county|city|borough)|all districts)\s*$|\ball (?:of|over|across)\b|\b(?:county|city|borough)[- ]?wide\b|\bwhole of\b|\ball (?:areas|districts|localities)\b/i;

const norm = (text: string) => text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * The ids of the areas that `names` (as a source writes them) refer to: an area's id or name anywhere in the
 * text ("Ashcombe; Kirkby Lees", "kirkby-lees"); "all", "county-wide", "All of Brackenshire", or the
 * authority's own name → every area. Names it cannot place are returned in `unknown`.
 */
export function resolveAreas(names: string[], areas: AreaRef[], authorityName?: string): { ids: string[]; unknown: string[] } {
  const ids = new Set<string>();
  const unknown: string[] = [];
  const authority = authorityName ? norm(authorityName.replace(/\b(?:county|city|borough|district)?\s*council\b/i, '')) : undefined;
  for (const name of names) {
    const text = norm(name);
    if (!text) continue;
    if (EVERYWHERE.test(name) || (authority && (text === authority || text === norm(authorityName ?? '')))) {
      for (const area of areas) ids.add(area.id);
      continue;
    }
    const hits = areas.filter((area) => ` ${text} `.includes(` ${norm(area.name)} `) || ` ${text} `.includes(` ${norm(area.id)} `));
    if (hits.length === 0) unknown.push(name);
    for (const area of hits) ids.add(area.id);
  }
  return { ids: [...ids].sort(), unknown };
}
