import type { DiscoverResponse, Facets, Neighbourhood } from '../../api/types.ts';
import { kindName } from '../mind-map/kind-visuals.ts';
import { QUESTION_ID } from '../mind-map/to-elements.ts';
import type { SelectedItem } from '../selected-item/selected-item.ts';
import { visibleItems, type TreeItem } from '../result-tree/to-tree-items.ts';

/** Facet counts: the API's, or (when it gives none) counts by kind from the results themselves. */
export function facetsOf(data: DiscoverResponse | null): Facets {
  if (!data) return {};
  if (data.facets && Object.keys(data.facets).length) return data.facets;
  const counts = new Map<string, number>();
  for (const r of data.results) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
  return { kind: [...counts].map(([value, count]) => ({ value, label: kindName(value), count })).sort((a, b) => b.count - a.count) };
}

/** Everything known about the selected id, from wherever it appears (results, list, map, concepts). */
export function describeSelected(id: string | null, q: string, data: DiscoverResponse | null, tree: readonly TreeItem[],
  neighbourhoods: ReadonlyMap<string, Neighbourhood>): SelectedItem | null {
  if (!id) return null;
  if (id === QUESTION_ID) return { id, name: q, kind: 'question', why: ['Your question, in your words.'], summary: '' };
  const inTree = visibleItems(tree).find((i) => i.id === id);
  if (inTree) return { id, name: inTree.name, kind: inTree.kind, why: inTree.why, summary: inTree.summary };
  const concept = data?.interpretation.concepts.find((c) => c.id === id);
  if (concept) return { id, name: concept.name, kind: concept.kind, why: ['You mentioned this, or we understood it from your words.'], summary: '' };
  for (const hood of neighbourhoods.values()) {
    const node = hood.nodes.find((n) => n.data.id === id);
    if (node) return { id, name: node.data.label, kind: node.data.kind, why: [], summary: '' };
  }
  return null;
}
