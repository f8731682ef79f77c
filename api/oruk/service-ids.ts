import type { OrukRepository } from '../../graph/oruk/index.ts';
import { isUuid, serviceUuid } from './ids.ts';

/** How soon a lookup that missed may read the ids again (a burst of unknown ids reads them once). */
const REFRESH_AFTER_MS = 1_000;

/**
 * Finds the offer behind a published service UUID. UUIDs are hashes, so the index is built from the live offer
 * ids and read again when a lookup misses (an offer added since); an offer retired since is filtered out by
 * the read that follows. A graph offer id is accepted as it is.
 */
export function createServiceIdIndex(repo: OrukRepository) {
  let byUuid = new Map<string, string>();
  let builtAt = Number.NEGATIVE_INFINITY;
  let building: Promise<void> | undefined;

  const rebuild = async () => {
    building ??= repo.liveIds().then((ids) => {
      byUuid = new Map(ids.map((id) => [serviceUuid(id), id]));
      builtAt = Date.now();
    }).finally(() => { building = undefined; });
    await building;
  };

  return async function offerIdOf(serviceId: string): Promise<string | undefined> {
    if (!isUuid(serviceId)) return serviceId;
    const key = serviceId.toLowerCase();
    if (!byUuid.has(key) && Date.now() - builtAt > REFRESH_AFTER_MS) await rebuild();
    return byUuid.get(key);
  };
}
