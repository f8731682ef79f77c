import { describe, expect, it } from 'vitest';
import { filterMasks } from '../../../graph/discovery/rank/eligibility.ts';
import type { Walk } from '../../../graph/discovery/rank/graph-rankings.ts';
import { DISCOVER_TUNING } from '../../../graph/discovery/rank/tuning.ts';
import { cachedWalk } from '../../../graph/discovery/rank/walk-cache.ts';
import { buildSnapshot } from '../../../graph/discovery/snapshot/build-snapshot.ts';
import type { RawEdge, RawNode } from '../../../graph/discovery/snapshot/read-graph.ts';
import { BestPathSearch } from '../../../graph/discovery/spreading/best-paths.ts';

const node = (id: string, labels: string[], minAge: number | null = null, maxAge: number | null = null): RawNode => ({
  id, labels, scheme: null, name: id, summary: null, description: null, minAge, maxAge, authorityId: 'la',
  areas: null, costType: null, delivery: null, altLabels: null, hiddenLabels: null, text: null,
});

/** A seeded pseudo-random Local Offer: 12 concepts, 150 offers linked to 1-4 of them, ages spread. */
function randomGraph() {
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const concepts = Array.from({ length: 12 }, (_, i) => node(`need:n${i}`, ['Concept', 'Need']));
  const offers = Array.from({ length: 150 }, (_, i) => node(`o${i}`, ['Offer', 'Service'], Math.floor(random() * 10), 10 + Math.floor(random() * 15)));
  const edges: RawEdge[] = offers.flatMap((offer) => Array.from({ length: 1 + Math.floor(random() * 4) }, () => ({
    from: offer.id, type: 'FOR_NEED', to: concepts[Math.floor(random() * concepts.length)]!.id, explicit: random() > 0.3,
  })));
  edges.push({ from: 'need:n1', type: 'RELATED', to: 'need:n2', explicit: true });
  return buildSnapshot({ version: 1, nodes: [...concepts, ...offers], edges }, { builtAt: 0 });
}

describe('work shared between results and between questions', () => {
  it('one resumable best-path search finds, for every target, the path a search of its own finds', () => {
    // Targets asked in an order unrelated to distance, so the shared search stops and resumes many times.
    const snapshot = randomGraph();
    const seeds = new Set([snapshot.indexOf.get('need:n0')!, snapshot.indexOf.get('need:n5')!]);
    const allowed = new Uint8Array(snapshot.nodes.length).fill(1);
    const shared = new BestPathSearch(snapshot, seeds, allowed, allowed, 4, 5000);
    const targets = snapshot.nodes.map((_, i) => i).filter((i) => !seeds.has(i)).reverse();
    let reached = 0;
    for (const target of targets) {
      const own = new BestPathSearch(snapshot, seeds, allowed, allowed, 4, 5000).pathTo(target);
      const fromShared = shared.pathTo(target);
      expect(fromShared.map((s) => s.arc)).toEqual(own.map((s) => s.arc));
      if (own.length > 0) reached++;
    }
    expect(reached).toBeGreaterThan(100);
  });

  it('keeps the filter masks of a question for the next question with the same filters, and only for it', () => {
    const snapshot = randomGraph();
    const seven = filterMasks(snapshot, { age: { min: 7, max: 7 }, area: null, excluded: new Set() });
    expect(filterMasks(snapshot, { age: { min: 7, max: 7 }, area: null, excluded: new Set() })).toBe(seven);
    const twenty = filterMasks(snapshot, { age: { min: 20, max: 20 }, area: null, excluded: new Set() });
    expect(twenty).not.toBe(seven);
    expect(twenty.blocked).not.toEqual(seven.blocked);
    expect(filterMasks(randomGraph(), { age: { min: 7, max: 7 }, area: null, excluded: new Set() })).not.toBe(seven);
  });

  it('computes a concept walk once per key and snapshot, and drops the oldest beyond its memory budget', () => {
    const snapshot = randomGraph();
    let computed = 0;
    const make = (): Walk => { computed++; return { ranked: [computed], shared: [], scores: new Float64Array(snapshot.nodes.length) }; };
    const first = cachedWalk(snapshot, DISCOVER_TUNING, 'a', make);
    expect(cachedWalk(snapshot, DISCOVER_TUNING, 'a', make)).toBe(first);
    expect(computed).toBe(1);
    cachedWalk(snapshot, DISCOVER_TUNING, 'b', make);
    expect(computed).toBe(2);
    cachedWalk(randomGraph(), DISCOVER_TUNING, 'a', make);
    expect(computed).toBe(3);
    // The budget (64 MB of 8-byte scores) holds far more walks than this small graph makes: fill past it.
    const budget = Math.floor((64 * 1024 * 1024) / (snapshot.nodes.length * 8));
    for (let i = 0; i < budget + 1; i++) cachedWalk(snapshot, DISCOVER_TUNING, `k${i}`, make);
    const before = computed;
    cachedWalk(snapshot, DISCOVER_TUNING, 'a', make);
    expect(computed).toBe(before + 1);
  });
});
