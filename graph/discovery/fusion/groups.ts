import type { Snapshot } from '../snapshot/types.ts';

/**
 * The group a result belongs to for diversification: offers by their most specific kind of help
 * (or type of setting), concepts by their kind. Two youth clubs share a group; a youth club and a
 * law do not.
 */
export function resultGroup(snapshot: Snapshot, index: number): string {
  const node = snapshot.nodes[index]!;
  if (node.kind !== 'service' && node.kind !== 'setting') return node.kind;
  let best: number | null = null;
  for (let a = snapshot.offsets[index]!; a < snapshot.offsets[index + 1]!; a++) {
    const type = snapshot.arcTypes[snapshot.arcType[a]!]!;
    if (!type.forward || (type.type !== 'IN_CATEGORY' && type.type !== 'SETTING_TYPE')) continue;
    const target = snapshot.targets[a]!;
    // The most specific: the category with the fewest offers.
    if (best === null || snapshot.degree[target]! < snapshot.degree[best]!) best = target;
  }
  return best === null ? node.kind : `${node.kind}:${snapshot.nodes[best]!.id}`;
}
