import { describe, expect, it } from 'vitest';
import { parentKey, toTreeItems, visibleItems } from '../../../web/src/components/result-tree/to-tree-items.ts';
import { cellText, describeCell, shadeOf } from '../../../web/src/components/gap-heatmap/gap-matrix.ts';
import { viewOfQuestion } from '../../../web/src/components/framework-answers/question-wording.ts';
import type { Neighbourhood } from '../../../web/src/api/types.ts';

describe('the list: results with their connections as children', () => {
  const results = [{ id: 'a', kind: 'service', name: 'A', summary: '', score: 1, why: ['why a'] }, { id: 'b', kind: 'need', name: 'B', summary: '', score: 0.5, why: ['why b'] }];
  const hood: Neighbourhood = {
    nodes: [{ data: { id: 'a', label: 'A', kind: 'service' } }, { data: { id: 'c', label: 'C', kind: 'organisation' } }],
    edges: [{ data: { id: 'e', source: 'a', target: 'c', type: 'PROVIDED_BY', label: 'is run by' } }],
  };
  const hoodC: Neighbourhood = { nodes: [{ data: { id: 'a', label: 'A', kind: 'service' } }], edges: [{ data: { id: 'e', source: 'a', target: 'c', type: 'PROVIDED_BY', label: 'is run by' } }] };

  it('keeps the same "why" as the results and says how each child is connected', () => {
    const items = toTreeItems(results, new Map([['a', hood]]), ['a']);
    expect(items.map((i) => i.why)).toEqual([['why a'], ['why b']]);
    expect(items[0]?.children?.[0]).toMatchObject({ id: 'c', key: 'a/c', level: 2, why: ['A is run by C.'] });
    expect(visibleItems(items).map((i) => i.key)).toEqual(['a', 'a/c', 'b']);
    expect(parentKey('a/c', items)).toBe('a');
  });

  it('never repeats an ancestor below itself', () => {
    const items = toTreeItems(results, new Map([['a', hood], ['c', hoodC]]), ['a', 'c']);
    expect(items[0]?.children?.[0]?.children).toEqual([]);
  });

  it('leaves unopened or unloaded items without children', () => {
    expect(toTreeItems(results, new Map(), ['a'])[0]).toMatchObject({ expanded: true, children: undefined });
  });
});

describe('gap cells read without colour', () => {
  it('say their number and, for gaps, a word that is also in their accessible name', () => {
    const none = { row: 'r', col: 'c', count: 0, level: 'none' as const, offers: [], commissioners: [] };
    const thin = { ...none, count: 2, level: 'thin' as const };
    expect(cellText(none)).toEqual({ count: 0, word: 'none' });
    expect(describeCell('Autism', '5 to 11', none)).toBe('Autism, 5 to 11: 0 none (a gap)');
    expect(describeCell('Autism', '5 to 11', thin)).toContain('2 thin');
    expect(describeCell('Autism', '5 to 11', { ...none, count: 9, level: 'covered' })).toBe('Autism, 5 to 11: 9');
    expect([0, 1, 50, 100].map((n) => shadeOf(n, 100))).toEqual([0, 1, 3, 5]);
  });
});

describe('framework question views', () => {
  it('tell the parent carer\'s and the young person\'s questions apart', () => {
    expect(['question:se7-parent-03', 'question:se7-young-person-03', 'question:outpost-01', null].map(viewOfQuestion)).toEqual(['parent', 'young-person', null, null]);
  });
});
