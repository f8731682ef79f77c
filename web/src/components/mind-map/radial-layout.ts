export interface Point {
  x: number;
  y: number;
}

export interface LayoutInput {
  /** Node ids; the first is drawn at the centre when `centre` is not among them. */
  ids: readonly string[];
  edges: ReadonlyArray<{ source: string; target: string }>;
  centre: string;
  /** The innermost ring a node may sit on (results sit beyond the concepts even when hung from the centre). */
  minRing?: ReadonlyMap<string, number>;
}

export interface LayoutResult {
  positions: Map<string, Point>;
  /** Distance in steps from the centre (0 = centre). Unreachable nodes get the outermost ring. */
  rings: Map<string, number>;
}

const RING_GAP = 160;
/** Room each node needs along its ring, so labels rarely overlap. */
const MIN_SPACING = 64;

/**
 * A radial tree layout: the centre at (0,0), each ring further out, each node's children in the slice of
 * the circle its parent owns (slices sized by how many leaves they hold), so a branch stays together.
 * Pure and deterministic: the same input always gives the same picture, with no layout iterations.
 */
export function radialLayout({ ids, edges, centre, minRing }: LayoutInput): LayoutResult {
  const adjacency = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const { source, target } of edges) {
    adjacency.get(source)?.push(target);
    adjacency.get(target)?.push(source);
  }
  const rings = new Map<string, number>([[centre, 0]]);
  const children = new Map<string, string[]>(ids.map((id) => [id, []]));
  const queue = [centre];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i] as string;
    for (const next of adjacency.get(id) ?? []) {
      if (rings.has(next)) continue;
      rings.set(next, Math.max((rings.get(id) ?? 0) + 1, minRing?.get(next) ?? 0));
      children.get(id)?.push(next);
      queue.push(next);
    }
  }
  // Anything not connected hangs off the centre on the outermost ring.
  const outer = Math.max(1, ...rings.values()) + (ids.some((id) => !rings.has(id)) ? 1 : 0);
  for (const id of ids) {
    if (rings.has(id)) continue;
    rings.set(id, outer);
    children.get(centre)?.push(id);
  }
  const leaves = new Map<string, number>();
  const countLeaves = (id: string): number => {
    const kids = children.get(id) ?? [];
    const n = kids.length ? kids.reduce((sum, kid) => sum + countLeaves(kid), 0) : 1;
    leaves.set(id, n);
    return n;
  };
  countLeaves(centre);
  const radius = ringRadii(rings);
  const positions = new Map<string, Point>([[centre, { x: 0, y: 0 }]]);
  const place = (id: string, from: number, to: number) => {
    const kids = children.get(id) ?? [];
    const total = kids.reduce((sum, kid) => sum + (leaves.get(kid) ?? 1), 0);
    let start = from;
    for (const kid of kids) {
      const span = ((to - from) * (leaves.get(kid) ?? 1)) / total;
      const angle = start + span / 2;
      const r = radius[rings.get(kid) ?? 1] ?? RING_GAP;
      positions.set(kid, { x: round(r * Math.cos(angle)), y: round(r * Math.sin(angle)) });
      place(kid, start, start + span);
      start += span;
    }
  };
  place(centre, -Math.PI / 2, (3 * Math.PI) / 2);
  return { positions, rings };
}

/** Radii that leave room on each ring for every node on it, and grow outward. */
function ringRadii(rings: Map<string, number>): number[] {
  const counts: number[] = [];
  for (const ring of rings.values()) counts[ring] = (counts[ring] ?? 0) + 1;
  const radii = [0];
  for (let ring = 1; ring < counts.length; ring++) {
    const needed = ((counts[ring] ?? 0) * MIN_SPACING) / (2 * Math.PI);
    radii[ring] = Math.max((radii[ring - 1] ?? 0) + RING_GAP, needed);
  }
  return radii;
}

const round = (n: number) => Math.round(n * 10) / 10;
