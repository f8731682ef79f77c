import { describe, expect, it } from 'vitest';
import { diversify } from '../../../graph/discovery/fusion/diversity.ts';
import { reciprocalRankFusion } from '../../../graph/discovery/fusion/rrf.ts';
import { buildSnapshot } from '../../../graph/discovery/snapshot/build-snapshot.ts';
import type { RawEdge, RawNode } from '../../../graph/discovery/snapshot/read-graph.ts';
import { BestPathSearch } from '../../../graph/discovery/spreading/best-paths.ts';
import { personalisedPageRank } from '../../../graph/discovery/spreading/ppr-push.ts';

const node = (id: string, labels: string[], name = id): RawNode => ({
  id, labels, scheme: null, name, summary: null, description: null, minAge: null, maxAge: null, authorityId: 'la',
  areas: null, costType: null, delivery: null, altLabels: null, hiddenLabels: null, text: null,
});
const edge = (from: string, type: string, to: string, explicit = true): RawEdge => ({ from, type, to, explicit });

/** A small Local Offer: two needs, three services, a kind of help, the authority (a hub). */
function smallGraph() {
  const { nodes, edges } = smallRaw();
  return buildSnapshot({ version: 3, nodes, edges }, { builtAt: 0 });
}

function smallRaw() {
  const nodes = [
    node('need:autism', ['Concept', 'Need'], 'Autism'),
    node('need:sleep', ['Concept', 'Need'], 'Sleep difficulties'),
    node('category:short-breaks', ['Concept', 'ProvisionCategory'], 'Short breaks'),
    node('o-club', ['Offer', 'Service'], 'Saturday club'),
    node('o-sleep', ['Offer', 'Service'], 'Sleep clinic'),
    node('o-far', ['Offer', 'Service'], 'Unrelated service'),
    node('la', ['Authority'], 'Brackenshire'),
  ];
  const edges = [
    edge('o-club', 'FOR_NEED', 'need:autism'),
    edge('o-club', 'IN_CATEGORY', 'category:short-breaks'),
    edge('o-sleep', 'FOR_NEED', 'need:sleep'),
    edge('o-sleep', 'FOR_NEED', 'need:autism', false),
    edge('need:sleep', 'RELATED', 'need:autism'),
    ...['o-club', 'o-sleep', 'o-far'].map((id) => edge(id, 'IN_AUTHORITY', 'la')),
  ];
  return { nodes, edges };
}

describe('the snapshot', () => {
  it('is the same whatever order the database returns nodes and relationships in', () => {
    const { nodes, edges } = smallRaw();
    const reversed = buildSnapshot({ version: 3, nodes: [...nodes].reverse(), edges: [...edges].reverse() }, { builtAt: 0 });
    const usual = smallGraph();
    expect(reversed.nodes.map((n) => n.id)).toEqual(usual.nodes.map((n) => n.id));
    expect([...reversed.targets]).toEqual([...usual.targets]);
    expect([...reversed.transition]).toEqual([...usual.transition]);
  });

  it('stores every relationship both ways, with walk probabilities that sum to one', () => {
    const snapshot = smallGraph();
    expect(snapshot.version).toBe(3);
    expect(snapshot.targets.length).toBe(2 * 8);
    for (let i = 0; i < snapshot.nodes.length; i++) {
      let sum = 0;
      for (let a = snapshot.offsets[i]!; a < snapshot.offsets[i + 1]!; a++) sum += snapshot.transition[a]!;
      if (snapshot.outWeight[i]! > 0) expect(sum).toBeCloseTo(1, 5);
    }
  });

  it('never spreads along the authority (a hub): its arcs have no weight', () => {
    const snapshot = smallGraph();
    const la = snapshot.indexOf.get('la')!;
    expect(snapshot.degree[la]).toBe(0);
    expect(snapshot.outWeight[la]).toBe(0);
  });
});

describe('personalised PageRank by push', () => {
  it('ranks what is near the seed above what is not, and never reaches the unrelated', () => {
    const snapshot = smallGraph();
    const seed = snapshot.indexOf.get('need:autism')!;
    const { scores } = personalisedPageRank(snapshot, [{ index: seed, weight: 1 }], { epsilon: 1e-7 });
    const score = (id: string) => scores[snapshot.indexOf.get(id)!]!;
    expect(score('need:autism')).toBeGreaterThan(score('o-club'));
    expect(score('o-club')).toBeGreaterThan(0);
    expect(score('category:short-breaks')).toBeGreaterThan(0);
    expect(score('o-far')).toBe(0);
    const total = [...scores].reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(1 + 1e-9);
  });

  it('never enters a blocked node', () => {
    const snapshot = smallGraph();
    const blocked = new Uint8Array(snapshot.nodes.length);
    blocked[snapshot.indexOf.get('o-club')!] = 1;
    const { scores, touched } = personalisedPageRank(snapshot, [{ index: snapshot.indexOf.get('need:autism')!, weight: 1 }], { blocked });
    expect(scores[snapshot.indexOf.get('o-club')!]).toBe(0);
    expect(scores[snapshot.indexOf.get('category:short-breaks')!]).toBe(0);
    expect(touched).not.toContain(snapshot.indexOf.get('o-club'));
  });

  it('keeps the best path for explanations', () => {
    const snapshot = smallGraph();
    const seeds = new Set([snapshot.indexOf.get('need:autism')!]);
    const allowed = new Uint8Array(snapshot.nodes.length).fill(1);
    const steps = new BestPathSearch(snapshot, seeds, allowed, allowed).pathTo(snapshot.indexOf.get('category:short-breaks')!);
    expect(steps.map((s) => snapshot.nodes[s.node]!.id)).toEqual(['o-club', 'category:short-breaks']);
  });
});

describe('fusion and diversity', () => {
  it('fuses by rank, so an item high in two lists beats one top in one', () => {
    const fused = reciprocalRankFusion([{ name: 'a', items: [1, 2, 3], weight: 1 }, { name: 'b', items: [2, 4], weight: 1 }], 60);
    expect([...fused.entries()].sort((x, y) => y[1] - x[1])[0]?.[0]).toBe(2);
  });

  it('lets a second group in before a third item of the first', () => {
    const items = [{ id: 'club1', g: 'club', s: 1 }, { id: 'club2', g: 'club', s: 0.95 }, { id: 'club3', g: 'club', s: 0.9 }, { id: 'law', g: 'law', s: 0.7 }];
    const out = diversify(items, (i) => i.s, (i) => [i.g], [0.7], 3).map((o) => o.item.id);
    expect(out).toEqual(['club1', 'law', 'club2']);
  });

  it('returns scores that never increase', () => {
    const items = [{ g: 'a', s: 1 }, { g: 'a', s: 0.99 }, { g: 'b', s: 0.5 }];
    const scores = diversify(items, (i) => i.s, (i) => [i.g], [0.5], 3).map((o) => o.score);
    expect([...scores].sort((x, y) => y - x)).toEqual(scores);
  });
});
