import type { Snapshot } from '../snapshot/types.ts';

/** Where the walk starts, and how much of it starts there (weights need not sum to 1). */
export interface Seed {
  index: number;
  weight: number;
}

export interface PprOptions {
  /** Teleport probability: higher keeps the activation closer to the seeds. */
  alpha?: number;
  /** Push threshold per unit of degree: lower explores further and costs more. */
  epsilon?: number;
  /** Hard bound on arc visits, so one query can never run long. */
  maxWork?: number;
  /** Nodes the walk may not enter (filtered out: their links say nothing about this person). */
  blocked?: Uint8Array;
}

export interface PprResult {
  /** Approximate personalised PageRank of each touched node (0 for untouched ones). */
  scores: Float64Array;
  /** Indices of the nodes with a positive score. */
  touched: number[];
  work: number;
}

/**
 * Personalised PageRank by local push (Andersen, Chung and Lang 2006) over the snapshot's weighted
 * arcs. Cost depends on epsilon, not on the size of the graph: only the neighbourhood of the seeds
 * is visited. Arcs of weight 0 are never followed.
 */
export function personalisedPageRank(snapshot: Snapshot, seeds: Seed[], options: PprOptions = {}): PprResult {
  const alpha = options.alpha ?? 0.2;
  const epsilon = options.epsilon ?? 1e-5;
  const maxWork = options.maxWork ?? 400_000;
  const blocked = options.blocked;
  const n = snapshot.nodes.length;
  const p = new Float64Array(n);
  const r = new Float64Array(n);
  const queued = new Uint8Array(n);
  const seen = new Uint8Array(n);
  const touched: number[] = [];
  const { offsets, targets, transition, degree, outWeight } = snapshot;

  const total = seeds.reduce((sum, seed) => sum + Math.max(0, seed.weight), 0);
  if (total <= 0) return { scores: p, touched, work: 0 };
  const queue: number[] = [];
  for (const seed of seeds) {
    if (seed.weight <= 0 || seed.index < 0 || seed.index >= n || blocked?.[seed.index]) continue;
    r[seed.index]! += seed.weight / total;
    if (!seen[seed.index]) { seen[seed.index] = 1; touched.push(seed.index); }
    if (!queued[seed.index]) { queued[seed.index] = 1; queue.push(seed.index); }
  }

  let work = 0;
  let head = 0;
  while (head < queue.length && work < maxWork) {
    const u = queue[head++]!;
    queued[u] = 0;
    const ru = r[u]!;
    if (ru <= 0) continue;
    r[u] = 0;
    // Transitions of a node with somewhere to go sum to 1; blocked neighbours are left out and the rest scaled up.
    let out = outWeight[u]! > 0 ? 1 : 0;
    if (blocked && out > 0) {
      out = 0;
      for (let a = offsets[u]!; a < offsets[u + 1]!; a++) if (!blocked[targets[a]!]) out += transition[a]!;
    }
    if (out <= 0) {
      p[u]! += ru; // nowhere to go: the activation stays here
      continue;
    }
    p[u]! += alpha * ru;
    const spread = ((1 - alpha) * ru) / out;
    const end = offsets[u + 1]!;
    for (let a = offsets[u]!; a < end; a++) {
      const w = transition[a]!;
      if (w <= 0) continue;
      work++;
      const v = targets[a]!;
      if (blocked?.[v]) continue;
      const rv = (r[v]! += spread * w);
      if (!seen[v]) { seen[v] = 1; touched.push(v); }
      if (!queued[v] && rv > epsilon * Math.max(1, degree[v]!)) {
        queued[v] = 1;
        queue.push(v);
      }
    }
    // Keep the queue array from growing without bound on long runs.
    if (head > 50_000 && head * 2 > queue.length) {
      queue.splice(0, head);
      head = 0;
    }
  }
  // The residual not yet pushed counts as if it stopped here (its first step of the walk).
  for (const u of touched) p[u]! += alpha * r[u]!;
  return { scores: p, touched, work };
}
