import type { DiscoverResult, Neighbourhood } from '../../api/types.ts';
import { humanise } from '../mind-map/to-elements.ts';

/** One row of the list: an item, why it is there, and (once opened) its connections. */
export interface TreeItem {
  /** Unique in the tree: the ids from the top down, joined with "/". */
  key: string;
  id: string;
  name: string;
  kind: string;
  why: string[];
  summary: string;
  level: number;
  expanded: boolean;
  /** Undefined until its connections have been loaded. */
  children: TreeItem[] | undefined;
}

/**
 * The list's items: the results, ranked, each with the same "why" the map has; an opened item's
 * connections become its children (loaded ones only; an ancestor is never repeated below itself). Pure.
 */
export function toTreeItems(results: readonly DiscoverResult[], neighbourhoods: ReadonlyMap<string, Neighbourhood>, open: readonly string[]): TreeItem[] {
  const opened = new Set(open);
  const build = (id: string, name: string, kind: string, why: string[], summary: string, parentKey: string, level: number, ancestors: Set<string>): TreeItem => {
    const key = parentKey ? `${parentKey}/${id}` : id;
    const hood = neighbourhoods.get(id);
    const expanded = opened.has(id) && !ancestors.has(id);
    let children: TreeItem[] | undefined;
    if (expanded && hood) {
      const names = new Map(hood.nodes.map((n) => [n.data.id, n.data]));
      const seen = new Set<string>();
      children = [];
      for (const { data: edge } of hood.edges) {
        const other = edge.source === id ? edge.target : edge.target === id ? edge.source : undefined;
        const node = other === undefined ? undefined : names.get(other);
        if (!node || seen.has(node.id) || ancestors.has(node.id) || node.id === id) continue;
        seen.add(node.id);
        const relation = edge.label ?? humanise(edge.type);
        const why = edge.source === id ? `${name} ${relation} ${node.label}.` : `${node.label} ${relation} ${name}.`;
        children.push(build(node.id, node.label, node.kind, [why], '', key, level + 1, new Set([...ancestors, id])));
      }
    }
    return { key, id, name, kind, why, summary, level, expanded, children };
  };
  return results.map((r) => build(r.id, r.name, r.kind, r.why, r.summary, '', 1, new Set()));
}

/** The items a person can see (top level, and children of expanded items), in reading order. */
export function visibleItems(items: readonly TreeItem[]): TreeItem[] {
  const out: TreeItem[] = [];
  const walk = (list: readonly TreeItem[]) => {
    for (const item of list) {
      out.push(item);
      if (item.expanded && item.children) walk(item.children);
    }
  };
  walk(items);
  return out;
}

/** The key of the parent of `key`, if it has one. */
export function parentKey(key: string, items: readonly TreeItem[]): string | undefined {
  const all = visibleItems(items);
  const item = all.find((i) => i.key === key);
  if (!item || item.level === 1) return undefined;
  return key.slice(0, key.length - item.id.length - 1);
}
