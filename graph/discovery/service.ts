import type { GraphContext } from '../seam/index.ts';
import { discover, type DiscoverRequest, type DiscoverResponse } from './discover.ts';
import { neighbourhood, type Neighbourhood, type NeighbourhoodRequest } from './neighbourhood/neighbourhood.ts';
import { readNodeDetails, type NodeDetails } from './node/node-details.ts';
import { checkEnds, findPath, type FoundPath } from './path/find-path.ts';
import { search, type SearchInput, type SearchOutput } from './search/search-service.ts';
import { createSnapshotCache, type SnapshotCache, type SnapshotCacheOptions } from './snapshot/snapshot-cache.ts';
import { understandingContext } from './understand/context.ts';
import { englishWords } from './understand/english-words.ts';

/** Discovery over one graph: the snapshot cache and everything that reads it. */
export interface DiscoveryService {
  snapshots: SnapshotCache;
  discover(request: DiscoverRequest): Promise<DiscoverResponse>;
  search(input: SearchInput): Promise<SearchOutput>;
  neighbourhood(request: NeighbourhoodRequest): Promise<Neighbourhood | null>;
  node(id: string): Promise<NodeDetails | null>;
  /** Ids (of from, to) that do not exist, then the path when both do. */
  path(from: string, to: string): Promise<{ missing: string[]; path: FoundPath | null }>;
  /** Starts the snapshot's first build and its refresh poll; `onIngested` hooks in-process ingests. */
  start(onIngested?: (listener: () => Promise<void>) => () => void): void;
  close(): void;
}

export interface DiscoveryServiceOptions extends SnapshotCacheOptions {
  /**
   * Runs the synchronous work of answering from the snapshot (discover, neighbourhood). The server passes a
   * queue that takes one piece per turn of the event loop (api/scheduling); by default it runs at once.
   */
  runCpu?: <T>(work: () => T) => Promise<T>;
}

export function createDiscoveryService(ctx: GraphContext, options: DiscoveryServiceOptions = {}): DiscoveryService {
  const { runCpu = async <T>(work: () => T) => work(), ...cacheOptions } = options;
  // Each snapshot's vocabulary (and the English word list) is built before it serves a request.
  const snapshots = createSnapshotCache(ctx, { ...cacheOptions, prepare: (snapshot) => { understandingContext(snapshot); englishWords(); } });
  let unsubscribe: (() => void) | null = null;
  return {
    snapshots,
    discover: async (request) => {
      const snapshot = await snapshots.get();
      return runCpu(() => discover(snapshot, request));
    },
    search: async (input) => search(ctx, await snapshots.get(), input),
    neighbourhood: async (request) => {
      const snapshot = await snapshots.get();
      return runCpu(() => neighbourhood(snapshot, request));
    },
    node: (id) => readNodeDetails(ctx, id),
    async path(from, to) {
      const missing = await checkEnds(ctx, from === to ? [from] : [from, to]);
      if (missing.length > 0) return { missing, path: null };
      if (from === to) {
        // A node is connected to itself in no steps (and shortestPath refuses equal ends).
        const node = await readNodeDetails(ctx, from);
        return { missing, path: node ? { nodes: [{ id: node.id, kind: node.kind, kindLabel: node.kindLabel, name: node.name }], steps: [] } : null };
      }
      return { missing, path: await findPath(ctx, from, to) };
    },
    start(onIngested) {
      snapshots.start();
      if (onIngested && !unsubscribe) {
        // The ingest waits for the new snapshot, so what it loaded is discoverable as soon as it returns.
        unsubscribe = onIngested(async () => {
          await snapshots.refresh().then(() => undefined, () => undefined);
        });
      }
    },
    close() {
      snapshots.close();
      unsubscribe?.();
      unsubscribe = null;
    },
  };
}
