import type { Snapshot } from '../snapshot/types.ts';
import type { Walk } from './graph-rankings.ts';
import type { DiscoverTuning } from './tuning.ts';

/** Memory for kept walks, per snapshot: each walk holds a score per node (8 bytes each). */
const BUDGET_BYTES = 64 * 1024 * 1024;

const cache = new WeakMap<Snapshot, WeakMap<DiscoverTuning, Map<string, Walk>>>();

/**
 * A concept's walk depends only on the concept, the hard filters, the offers demoted and the tuning, and
 * questions share concepts all the time ("autism", "short breaks", "EHC plan"): walks are kept per snapshot
 * (a new snapshot, after an ingest, starts afresh), oldest dropped first, within BUDGET_BYTES. Walks are
 * read-only once made. `key` must name everything else the walk depends on.
 */
export function cachedWalk(snapshot: Snapshot, tuning: DiscoverTuning, key: string, compute: () => Walk): Walk {
  let byTuning = cache.get(snapshot);
  if (!byTuning) cache.set(snapshot, (byTuning = new WeakMap()));
  let walks = byTuning.get(tuning);
  if (!walks) byTuning.set(tuning, (walks = new Map()));
  const found = walks.get(key);
  if (found) {
    // Most recently used last, so the oldest is first to go.
    walks.delete(key);
    walks.set(key, found);
    return found;
  }
  const made = compute();
  const maxWalks = Math.max(16, Math.floor(BUDGET_BYTES / (snapshot.nodes.length * 8)));
  while (walks.size >= maxWalks) walks.delete(walks.keys().next().value!);
  walks.set(key, made);
  return made;
}
