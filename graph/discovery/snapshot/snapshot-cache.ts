import type { GraphContext } from '../../seam/index.ts';
import { buildSnapshot } from './build-snapshot.ts';
import { readGraph, readGraphVersion } from './read-graph.ts';
import type { Snapshot } from './types.ts';

export interface SnapshotCacheOptions {
  /** How often to look at (:Meta {id:'graph'}).version for ingests made by another process (ms; 0 = never). */
  pollMs?: number;
  log?: (message: string) => void;
  /** Called with each new snapshot before it is served (to build what depends on it, off the request path). */
  prepare?: (snapshot: Snapshot) => void;
}

/** Holds the current snapshot, builds it on first use, and rebuilds it when the graph changes. */
export interface SnapshotCache {
  /** The current snapshot, building it first when there is none yet. */
  get(): Promise<Snapshot>;
  /** The current snapshot, or null before the first build. */
  current(): Snapshot | null;
  /** Rebuilds now; concurrent calls share one build. The old snapshot serves until the new one is ready. */
  refresh(): Promise<Snapshot>;
  /** Looks at the graph version once and rebuilds when it changed (what the timer runs every pollMs). */
  poll(): Promise<void>;
  /** Starts the version poll and a first build in the background. */
  start(): void;
  /** Stops polling; the cache can still be read. */
  close(): void;
}

export function createSnapshotCache(ctx: GraphContext, options: SnapshotCacheOptions = {}): SnapshotCache {
  const pollMs = options.pollMs ?? 5000;
  const log = options.log ?? (() => {});
  let snapshot: Snapshot | null = null;
  let building: Promise<Snapshot> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | null = null;
  let polling = false;

  const refresh = (): Promise<Snapshot> => {
    if (building) {
      // A build is running and may have read the graph before the change: build once more after it.
      again = true;
      return building;
    }
    building = (async () => {
      try {
        let next: Snapshot;
        do {
          again = false;
          const started = Date.now();
          next = buildSnapshot(await readGraph(ctx));
          options.prepare?.(next);
          snapshot = next;
          log(`discovery snapshot: ${next.nodes.length} nodes, ${next.targets.length} arcs, version ${next.version ?? 'none'} in ${Date.now() - started} ms`);
        } while (again);
        return next;
      } finally {
        building = null;
      }
    })();
    return building;
  };

  const poll = async () => {
    if (polling) return;
    polling = true;
    try {
      const version = await readGraphVersion(ctx);
      if (!snapshot || version !== snapshot.version) await refresh();
    } catch (error) {
      log(`discovery snapshot: could not check the graph version (${(error as Error).message})`);
    } finally {
      polling = false;
    }
  };

  return {
    get: () => (snapshot ? Promise.resolve(snapshot) : refresh()),
    current: () => snapshot,
    refresh,
    poll,
    start() {
      if (timer || pollMs <= 0) return;
      void poll();
      timer = setInterval(() => void poll(), pollMs);
      timer.unref();
    },
    close() {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
}
