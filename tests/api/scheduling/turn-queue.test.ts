import { describe, expect, it } from 'vitest';
import { createTurnQueue } from '../../../api/scheduling/turn-queue.ts';

const busy = (ms: number) => { const end = performance.now() + ms; while (performance.now() < end); };

describe('the turn queue for CPU work', () => {
  it('runs pieces in arrival order and hands back results and errors', async () => {
    const queue = createTurnQueue();
    const order: number[] = [];
    const results = await Promise.allSettled([1, 2, 3, 4].map((n) => queue.run(() => {
      order.push(n);
      if (n === 3) throw new Error('three');
      return n * 10;
    })));
    expect(order).toEqual([1, 2, 3, 4]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([10, 20, 'three', 40]);
    expect(queue.waiting).toBe(0);
  });

  it('lets the event loop run (timers, sockets) between two pieces', async () => {
    const queue = createTurnQueue();
    const events: string[] = [];
    await Promise.all([
      queue.run(() => {
        events.push('piece 1');
        setTimeout(() => events.push('timer'), 0);
        busy(5);
      }),
      queue.run(() => { events.push('piece 2'); busy(5); }),
      queue.run(() => events.push('piece 3')),
    ]);
    // Run straight from the handlers, all three pieces would come before the timer.
    expect(events.indexOf('timer')).toBeGreaterThan(0);
    expect(events.indexOf('timer')).toBeLessThan(events.indexOf('piece 3'));
  });
});
