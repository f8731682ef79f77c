import { readQuery, type GraphContext } from '../seam/index.ts';
import { DIMENSIONS, type Dimension } from './dimensions.ts';

/** The values along one axis, with each value's descendants (an offer for "autism" also counts under "communication and interaction"). */
const AXIS = `
MATCH (c) WHERE $label IN labels(c) AND ($authority IS NULL OR NOT c:Area OR c.authorityId = $authority)
OPTIONAL MATCH (d)-[:BROADER*1..4]->(c)
WITH c, collect(DISTINCT d.id) AS descendants
RETURN c.id AS id, coalesce(c.label, c.name) AS label, coalesce(c.minAge, -1) AS sortAge, [c.id] + descendants AS covers
ORDER BY sortAge, label`;

/** Every live offer with the values it has on each axis and who commissions it. */
const OFFERS = `
MATCH (o:Offer) WHERE coalesce(o.retired, false) = false
  AND ($authority IS NULL OR o.authorityId = $authority)
  AND ($area IS NULL OR EXISTS { (o)-[:SERVES_AREA]->(:Area {id: $area}) })
CALL (o) { OPTIONAL MATCH (o)-[r]->(x) WHERE type(r) = $rowRel RETURN collect(DISTINCT x.id) AS rowIds }
CALL (o) { OPTIONAL MATCH (o)-[r]->(x) WHERE type(r) = $colRel RETURN collect(DISTINCT x.id) AS colIds }
CALL (o) { OPTIONAL MATCH (o)-[r]->(x) WHERE $byRel IS NOT NULL AND type(r) = $byRel RETURN collect(DISTINCT x.id) AS byIds }
CALL (o) { OPTIONAL MATCH (o)-[:COMMISSIONED_BY]->(c) RETURN collect(DISTINCT coalesce(c.label, c.name)) AS commissioners }
RETURN o.id AS id, o.name AS name, o.kind AS kind, rowIds, colIds, byIds, commissioners`;

export interface AxisValue { id: string; label: string; covers: string[] }
export interface GapOffer { id: string; name: string; kind: string; commissioners: string[] }

export interface GapCell {
  row: string;
  col: string;
  count: number;
  /** none: no provision at all; thin: at or under the threshold; covered otherwise. */
  level: 'none' | 'thin' | 'covered';
  offers: GapOffer[];
  commissioners: string[];
  /** With `by`: how the cell's offers split by access route or category. */
  breakdown?: Record<string, number>;
}

export interface GapMatrix {
  rows: { id: string; label: string }[];
  cols: { id: string; label: string }[];
  cells: GapCell[];
  thinAtMost: number;
  totals: { offers: number; none: number; thin: number };
}

export interface GapQuery {
  rows: Dimension;
  cols: Dimension;
  by?: Dimension | undefined;
  area?: string | undefined;
  authority?: string | undefined;
  thinAtMost?: number;
}

interface OfferRow extends GapOffer { rowIds: string[]; colIds: string[]; byIds: string[] }

/** Needs × age bands (or any two axes): how much live provision each cell has, and which. */
export async function buildGapMatrix(ctx: GraphContext, query: GapQuery): Promise<GapMatrix> {
  const authority = query.authority ?? null;
  const axis = (dimension: Dimension) => readQuery<AxisValue>(ctx, AXIS, { label: DIMENSIONS[dimension].label, authority });
  const [rows, cols, offers] = await Promise.all([
    axis(query.rows),
    axis(query.cols),
    readQuery<OfferRow>(ctx, OFFERS, {
      authority, area: query.area ?? null, rowRel: DIMENSIONS[query.rows].rel, colRel: DIMENSIONS[query.cols].rel,
      byRel: query.by ? DIMENSIONS[query.by].rel : null,
    }),
  ]);
  const thinAtMost = query.thinAtMost ?? 2;
  const cells: GapCell[] = [];
  for (const row of rows) {
    const rowCovers = new Set(row.covers);
    for (const col of cols) {
      const colCovers = new Set(col.covers);
      const inCell = offers.filter((o) => o.rowIds.some((id) => rowCovers.has(id)) && o.colIds.some((id) => colCovers.has(id)));
      const count = inCell.length;
      const cell: GapCell = {
        row: row.id, col: col.id, count,
        level: count === 0 ? 'none' : count <= thinAtMost ? 'thin' : 'covered',
        offers: inCell.map(({ id, name, kind, commissioners }) => ({ id, name, kind, commissioners })),
        commissioners: [...new Set(inCell.flatMap((o) => o.commissioners))].sort(),
      };
      if (query.by) cell.breakdown = countBy(inCell.flatMap((o) => o.byIds));
      cells.push(cell);
    }
  }
  return {
    rows: rows.map(({ id, label }) => ({ id, label })),
    cols: cols.map(({ id, label }) => ({ id, label })),
    cells,
    thinAtMost,
    totals: { offers: offers.length, none: cells.filter((c) => c.level === 'none').length, thin: cells.filter((c) => c.level === 'thin').length },
  };
}

function countBy(ids: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const id of ids) counts[id] = (counts[id] ?? 0) + 1;
  return counts;
}
