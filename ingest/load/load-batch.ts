import { inWriteTransaction } from '../../graph/seam/index.ts';
import { toOfferRow, type LoadableOffer, type OfferRepository, type OfferRow } from '../../graph/offers/index.ts';

export interface BatchCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * Loads one batch in ONE write transaction: reads the stored content hashes, then writes only the offers that
 * are new, changed or coming back from retirement. If anything fails, nothing of the batch is written.
 * Offer ids must be unique within the batch.
 */
export async function loadBatch(repo: OfferRepository, offers: LoadableOffer[], now: string): Promise<BatchCounts> {
  const rows = offers.map(toOfferRow);
  return loadRows(repo, rows, now);
}

/** As loadBatch, for rows already built. */
export async function loadRows(repo: OfferRepository, rows: OfferRow[], now: string): Promise<BatchCounts> {
  return inWriteTransaction(repo.context, async (tx) => {
    const stored = await repo.readState(rows.map((row) => row.id), tx);
    const counts: BatchCounts = { created: 0, updated: 0, unchanged: 0 };
    const changed = rows.filter((row) => {
      const before = stored.get(row.id);
      if (!before) counts.created += 1;
      else if (before.contentHash === row.props.contentHash && !before.retired) counts.unchanged += 1;
      else counts.updated += 1;
      return !before || before.contentHash !== row.props.contentHash || before.retired;
    });
    await repo.upsert(changed, now, new Set(stored.keys()), tx);
    return counts;
  });
}
