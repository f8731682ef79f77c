import { describe, expect, it } from 'vitest';
import { radialLayout } from '../../../web/src/components/mind-map/radial-layout.ts';

const dist = (p: { x: number; y: number } | undefined) => Math.hypot(p?.x ?? 0, p?.y ?? 0);

describe('radialLayout', () => {
  const input = {
    ids: ['c', 'a', 'b', 'a1', 'a2', 'b1', 'lost'],
    edges: [{ source: 'c', target: 'a' }, { source: 'c', target: 'b' }, { source: 'a', target: 'a1' }, { source: 'a2', target: 'a' }, { source: 'b', target: 'b1' }],
    centre: 'c',
  };

  it('rings nodes by their steps from the centre, outer rings further out', () => {
    const { positions, rings } = radialLayout(input);
    expect(positions.get('c')).toEqual({ x: 0, y: 0 });
    expect([rings.get('a'), rings.get('a1'), rings.get('b1')]).toEqual([1, 2, 2]);
    expect(dist(positions.get('a1'))).toBeGreaterThan(dist(positions.get('a')));
    expect(Math.round(dist(positions.get('a1')))).toBe(Math.round(dist(positions.get('b1'))));
  });

  it('puts unconnected nodes on the outermost ring, and is deterministic', () => {
    const first = radialLayout(input);
    expect(first.rings.get('lost')).toBe(3);
    expect([...radialLayout(input).positions]).toEqual([...first.positions]);
  });

  it('keeps a node at least on its minimum ring', () => {
    const { rings } = radialLayout({ ...input, minRing: new Map([['b', 2]]) });
    expect(rings.get('b')).toBe(2);
    expect(rings.get('b1')).toBe(3);
  });

  it('keeps a branch together: children sit on their parent\'s side', () => {
    const { positions } = radialLayout(input);
    const angle = (id: string) => Math.atan2(positions.get(id)?.y ?? 0, positions.get(id)?.x ?? 0);
    const gap = (x: number, y: number) => Math.abs(Math.atan2(Math.sin(x - y), Math.cos(x - y)));
    expect(gap(angle('a1'), angle('a'))).toBeLessThan(gap(angle('a1'), angle('b')));
  });
});
