import { describe, expect, it } from 'vitest';
import { directionOf, neighbourInDirection } from '../../../web/src/components/mind-map/map-keyboard.ts';

describe('moving between map neighbours with arrow keys', () => {
  const from = { x: 100, y: 100 };
  const around = [
    { id: 'right', x: 200, y: 110 }, { id: 'far-right', x: 400, y: 100 }, { id: 'up', x: 90, y: 0 },
    { id: 'down-left', x: 20, y: 180 },
  ];

  it('reads arrow keys only', () => {
    expect(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Enter'].map(directionOf)).toEqual(['up', 'down', 'left', 'right', undefined]);
  });

  it('picks the neighbour most nearly in the arrow\'s direction, the nearer one on a tie', () => {
    expect(neighbourInDirection(from, around, 'right')).toBe('right');
    expect(neighbourInDirection(from, around, 'up')).toBe('up');
    expect(neighbourInDirection(from, around, 'left')).toBe('down-left');
    expect(neighbourInDirection(from, around.slice(0, 2), 'left')).toBeUndefined();
  });
});
