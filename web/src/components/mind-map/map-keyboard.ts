import type { Point } from './radial-layout.ts';

export type Direction = 'up' | 'down' | 'left' | 'right';

const ANGLE: Record<Direction, number> = { right: 0, down: Math.PI / 2, left: Math.PI, up: -Math.PI / 2 };

/** The arrow key's direction, or undefined for any other key. */
export function directionOf(key: string): Direction | undefined {
  return ({ ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' } as const)[key as 'ArrowUp'];
}

/**
 * Which neighbour an arrow key moves to: the one whose direction from `from` is closest to the arrow's
 * (within 90°), nearer ones winning ties. Undefined when none lies that way. Pure (screen coordinates: y grows down).
 */
export function neighbourInDirection(from: Point, candidates: ReadonlyArray<{ id: string } & Point>, direction: Direction): string | undefined {
  let best: { id: string; cost: number } | undefined;
  for (const c of candidates) {
    const dx = c.x - from.x;
    const dy = c.y - from.y;
    const distance = Math.hypot(dx, dy);
    if (distance === 0) continue;
    let off = Math.abs(Math.atan2(dy, dx) - ANGLE[direction]);
    if (off > Math.PI) off = 2 * Math.PI - off;
    if (off >= Math.PI / 2) continue;
    const cost = off * 1000 + distance;
    if (!best || cost < best.cost) best = { id: c.id, cost };
  }
  return best?.id;
}
