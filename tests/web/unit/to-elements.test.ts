import { describe, expect, it } from 'vitest';
import cytoscape, { type ElementDefinition, type StylesheetJson } from 'cytoscape';
import { QUESTION_ID, toElements, type MapElement, type MapNodeData } from '../../../web/src/components/mind-map/to-elements.ts';
import { graphStyle } from '../../../web/src/components/mind-map/graph-style.ts';
import { LEGEND } from '../../../web/src/components/mind-map/kind-visuals.ts';
import type { DiscoverResult, Neighbourhood } from '../../../web/src/api/types.ts';
import { generatedNeighbourhood } from '../../bench/suites/generated-neighbourhood.ts';

const concepts = [
  { id: 'need:autism', kind: 'need', name: 'Autism' },
  { id: 'need:sleep', kind: 'need', name: 'Sleep difficulties' },
];
const result = (id: string, kind: string, name: string, why: string, score = 0.5, path?: string[]): DiscoverResult =>
  ({ id, kind, name, summary: '', score, why: [why], ...(path ? { path } : {}) });
const results = [
  result('need:sleep', 'need', 'Sleep difficulties', 'You mentioned "can\'t sleep".', 1),
  result('o-sleep', 'service', 'Sleep clinic', 'Sleep clinic is for sleep difficulties, which you mentioned.', 0.8),
  result('process:ehc-assessment', 'process', 'Asking for an EHC needs assessment', 'Children with autism can ask for one.', 0.6),
  result('o-sendiass', 'service', 'SENDIASS', 'Free advice about SEND.', 0.4),
  result('o-forum', 'supportOrganisation', 'Parent carer forum', 'Run by parents.', 0.3, ['need:autism', 'o-forum']),
];

const nodes = (els: MapElement[]) => els.flatMap((e) => (e.group === 'nodes' ? [e] : []));
const edges = (els: MapElement[]) => els.flatMap((e) => (e.group === 'edges' ? [e] : []));
const byId = (els: MapElement[], id: string) => nodes(els).find((n) => n.data.id === id)?.data as MapNodeData;
const parentOf = (els: MapElement[], id: string) => edges(els).find((e) => e.data.target === id)?.data.source;

describe('toElements: API results to cytoscape elements', () => {
  const elements = toElements({ centre: { id: QUESTION_ID, label: 'my son cannot sleep', kind: 'question' }, concepts, results });

  it('puts the question at the centre, the concepts on the first ring and the provision beyond', () => {
    expect(byId(elements, QUESTION_ID)).toMatchObject({ ring: 0, family: 'question', shape: 'star' });
    expect(nodes(elements).find((n) => n.data.id === QUESTION_ID)?.position).toEqual({ x: 0, y: 0 });
    for (const c of concepts) expect(byId(elements, c.id).ring).toBe(1);
    for (const id of ['o-sleep', 'process:ehc-assessment', 'o-sendiass', 'o-forum']) expect(byId(elements, id).ring).toBe(2);
  });

  it('hangs each result from the concept its path or its "why" names, else from the question', () => {
    expect(parentOf(elements, 'o-sleep')).toBe('need:sleep');
    expect(parentOf(elements, 'process:ehc-assessment')).toBe('need:autism');
    expect(parentOf(elements, 'o-forum')).toBe('need:autism');
    expect(parentOf(elements, 'o-sendiass')).toBe(QUESTION_ID);
  });

  it('draws a result that is also a concept once, on the concept ring', () => {
    expect(nodes(elements).filter((n) => n.data.id === 'need:sleep')).toHaveLength(1);
    expect(nodes(elements)).toHaveLength(1 + 2 + 4);
  });

  it('tells kinds apart by colour and shape, both from the legend', () => {
    const sleep = byId(elements, 'o-sleep');
    const forum = byId(elements, 'o-forum');
    expect([sleep.shape, forum.shape]).toEqual(['round-rectangle', 'octagon']);
    expect(sleep.colour).not.toBe(forum.colour);
    expect(new Set(LEGEND.map((v) => v.shape)).size).toBe(LEGEND.length);
    expect(new Set(LEGEND.map((v) => v.colour)).size).toBe(LEGEND.length);
  });

  it('adds an opened neighbourhood around its node, with its edges and no dangling ends', () => {
    const hood: Neighbourhood = {
      nodes: [{ data: { id: 'o-sleep', label: 'Sleep clinic', kind: 'service' } }, { data: { id: 'org-nhs', label: 'NHS trust', kind: 'organisation' } },
        { data: { id: 'route:gp', label: 'GP referral', kind: 'accessRoute' } }],
      edges: [{ data: { id: 'e1', source: 'o-sleep', target: 'org-nhs', type: 'PROVIDED_BY', label: 'is run by' } },
        { data: { id: 'e2', source: 'o-sleep', target: 'route:gp', type: 'ACCESS_ROUTE' } },
        { data: { id: 'e3', source: 'o-sleep', target: 'somewhere-else', type: 'X' } }],
    };
    const opened = toElements({ centre: { id: QUESTION_ID, label: 'q', kind: 'question' }, concepts, results, expansions: [{ id: 'o-sleep', neighbourhood: hood }], selected: 'o-sleep', pinned: new Set(['o-sendiass']) });
    const ids = new Set(nodes(opened).map((n) => n.data.id));
    expect(ids.has('org-nhs') && ids.has('route:gp')).toBe(true);
    for (const e of edges(opened)) expect(ids.has(e.data.source) && ids.has(e.data.target)).toBe(true);
    expect(edges(opened).find((e) => e.data.id === 'e2')?.data.label).toBe('access route');
    expect(byId(opened, 'org-nhs').ring).toBe(3);
    expect(nodes(opened).find((n) => n.data.id === 'o-sleep')?.classes).toContain('expanded');
    expect(nodes(opened).find((n) => n.data.id === 'o-sleep')?.classes).toContain('selected');
    expect(nodes(opened).find((n) => n.data.id === 'o-sendiass')?.classes).toContain('pinned');
    expect(edges(opened).filter((e) => e.classes.includes('highlight')).length).toBeGreaterThanOrEqual(3);
  });

  it('gives elements that cytoscape accepts with the stylesheet, headless', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: elements as ElementDefinition[], style: graphStyle as unknown as StylesheetJson });
    expect(cy.nodes()).toHaveLength(7);
    const node = cy.getElementById('o-sleep');
    expect(node.style('shape')).toBe('round-rectangle');
    expect(node.style('label')).toBe('Sleep clinic');
    expect(Number.parseFloat(cy.getElementById(QUESTION_ID).style('width'))).toBeGreaterThan(Number.parseFloat(node.style('width')));
    cy.destroy();
  });

  it('lays out a 300-node neighbourhood at once, every node in its own place', () => {
    const hood = generatedNeighbourhood(300);
    const started = performance.now();
    const big = toElements({ centre: { id: 'root', label: 'Root', kind: 'service' }, expansions: [{ id: 'root', neighbourhood: hood }] });
    expect(performance.now() - started).toBeLessThan(200);
    expect(nodes(big)).toHaveLength(300);
    expect(new Set(nodes(big).map((n) => `${n.position.x},${n.position.y}`)).size).toBe(300);
  });
});
