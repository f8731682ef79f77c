/** GET /api/gaps: a matrix whose cells count live provision, with zero and thin cells marked. */
export interface GapCell {
  row: string;
  col: string;
  count: number;
  level: 'none' | 'thin' | 'covered';
  offers: Array<{ id: string; name: string; kind: string; commissioners: string[] }>;
  commissioners: string[];
  breakdown?: Record<string, number>;
}

export interface GapMatrix {
  rows: Array<{ id: string; label: string }>;
  cols: Array<{ id: string; label: string }>;
  cells: GapCell[];
  thinAtMost: number;
  totals: { offers: number; none: number; thin: number };
}

export const cellKey = (row: string, col: string) => `${row}|${col}`;

/** The cells by "row|col", so the table can look each one up. */
export function indexCells(matrix: GapMatrix): Map<string, GapCell> {
  return new Map(matrix.cells.map((c) => [cellKey(c.row, c.col), c]));
}

/**
 * How dark a covered cell is: five steps by its share of the largest count. Shade is extra: every cell
 * shows its number, and zero and thin cells have patterns and words, so colour is never needed.
 */
export function shadeOf(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(5, Math.max(1, Math.ceil((count / max) * 5)));
}

/** What a cell shows: its number, and "none" or "thin" when it is a gap. */
export function cellText(cell: GapCell | undefined): { count: number; word: string } {
  const level = cell?.level ?? 'none';
  return { count: cell?.count ?? 0, word: level === 'covered' ? '' : level };
}

/** What a cell says to a screen reader, starting with what it shows: "Autism, 5 to 11: 0 none (a gap)". */
export function describeCell(rowLabel: string, colLabel: string, cell: GapCell | undefined): string {
  const { count, word } = cellText(cell);
  return `${rowLabel}, ${colLabel}: ${count}${word ? ` ${word}` : ''}${word === 'none' ? ' (a gap)' : ''}`;
}
