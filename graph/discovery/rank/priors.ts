import type { NodeKind } from '../kinds.ts';
import type { Snapshot } from '../snapshot/types.ts';

/**
 * How useful each kind of node is as an answer, other things equal: provision, kinds of help,
 * processes and rights first; commissioners and preparing-for-adulthood outcomes are context more
 * than answers. A product decision, applied to every question alike.
 */
export const KIND_PRIOR: Partial<Record<NodeKind, number>> = {
  service: 1, setting: 0.9, provisionCategory: 1, process: 1, need: 0.9, legislation: 0.85, carePathway: 0.85,
  supportOrganisation: 0.8, transitionPoint: 0.8, settingType: 0.65, commissioner: 0.5, pfaOutcome: 0.5,
};

/** Narrower-concept counts per snapshot. */
const containerCache = new WeakMap<Snapshot, Float32Array>();

/**
 * A container ("Health", "Children and Families Act 2014", "Special educational needs") holds many
 * narrower concepts and says less than any of them: its prior is (1 + narrower concepts)^-exponent.
 */
export function containerFactor(snapshot: Snapshot, index: number, exponent = 0.5): number {
  let factors = containerCache.get(snapshot);
  if (!factors) {
    factors = new Float32Array(snapshot.nodes.length).fill(1);
    for (let i = 0; i < snapshot.nodes.length; i++) {
      let narrower = 0;
      for (let a = snapshot.offsets[i]!; a < snapshot.offsets[i + 1]!; a++) {
        const type = snapshot.arcTypes[snapshot.arcType[a]!]!;
        if (type.type === 'BROADER' && !type.forward) narrower++;
      }
      factors[i] = narrower;
    }
    containerCache.set(snapshot, factors);
  }
  return Math.pow(1 + factors[index]!, -exponent);
}

/** The prior of a node as an answer: its kind's usefulness times its container factor. */
export function answerPrior(snapshot: Snapshot, index: number, containerExponent = 0.5): number {
  const node = snapshot.nodes[index]!;
  return (KIND_PRIOR[node.kind] ?? 0.7) * containerFactor(snapshot, index, containerExponent);
}


