import { describe, expect, it } from 'vitest';
import {
  allConcepts,
  allRelations,
  ancestors,
  buildVocabulary,
  conceptById,
  conceptsByScheme,
  linksOf,
  narrower,
  OntologyDataError,
  relationsFrom,
  relationsTo,
  SCHEMES,
  type SchemeId,
} from '../../ontology/index.ts';

const schemeOf = (id: string): SchemeId | undefined => conceptById(id)?.scheme;
const linked = (id: string, type: string, scheme: SchemeId) =>
  relationsFrom(id).filter((r) => r.type === type && schemeOf(r.to) === scheme);

describe('the SEND vocabulary', () => {
  it('gives every concept a label and a plain description', () => {
    for (const concept of allConcepts) {
      expect(concept.label.trim().length, concept.id).toBeGreaterThan(1);
      expect(concept.description.trim().length, concept.id).toBeGreaterThanOrEqual(20);
      expect(concept.source.trim().length, concept.id).toBeGreaterThan(2);
    }
  });

  it('has unique ids whose prefix names the scheme', () => {
    const ids = allConcepts.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const concept of allConcepts) expect(concept.id.startsWith(`${SCHEMES[concept.scheme].prefix}:`), concept.id).toBe(true);
  });

  it('has concepts in every scheme', () => {
    for (const scheme of Object.keys(SCHEMES) as SchemeId[]) expect(conceptsByScheme(scheme).length, scheme).toBeGreaterThan(0);
  });

  it('links only concepts that exist', () => {
    for (const relation of allRelations) {
      expect(conceptById(relation.from), relation.from).toBeDefined();
      expect(conceptById(relation.to), relation.to).toBeDefined();
    }
  });

  it('has no BROADER cycles', () => {
    for (const concept of allConcepts) {
      expect(ancestors(concept.id).map((c) => c.id), concept.id).not.toContain(concept.id);
    }
  });

  it('derives narrower from broader', () => {
    expect(narrower('need:specific-learning-difficulty').map((c) => c.id)).toEqual(
      expect.arrayContaining(['need:dyslexia', 'need:dyscalculia', 'need:dyspraxia']),
    );
    expect(linksOf('need:cognition-and-learning').some((l) => l.type === 'NARROWER' && l.wording === 'includes')).toBe(true);
  });

  it('gives every piece of legislation an official legislation.gov.uk or gov.uk URL', () => {
    const laws = conceptsByScheme('legislation');
    expect(laws.length).toBeGreaterThan(40);
    for (const law of laws) expect(law.url, law.id).toMatch(/^https:\/\/www\.(legislation\.gov\.uk|gov\.uk)\//);
  });

  it('links every care pathway to at least one need and one commissioner', () => {
    for (const pathway of conceptsByScheme('carePathway')) {
      const needs = relationsTo(pathway.id, 'HAS_PATHWAY').filter((r) => schemeOf(r.from) === 'need');
      expect(needs.length, `${pathway.id} needs`).toBeGreaterThan(0);
      expect(linked(pathway.id, 'COMMISSIONED_BY', 'commissioner').length, `${pathway.id} commissioner`).toBeGreaterThan(0);
    }
  });

  it('leads every child pathway into an adult pathway', () => {
    const children = conceptsByScheme('carePathway').filter((p) => p.lifeStage === 'child');
    expect(children.length).toBeGreaterThanOrEqual(14);
    for (const pathway of children) {
      const adult = linked(pathway.id, 'LEADS_TO', 'carePathway').map((r) => conceptById(r.to));
      expect(adult.some((p) => p?.lifeStage === 'adult'), pathway.id).toBe(true);
    }
  });

  it('puts every framework question in its question set, numbered from 1', () => {
    const sizes: Record<string, number> = {
      'qset:se7-parent': 14, 'qset:se7-young-person': 13, 'qset:se7-service': 9, 'qset:se7-area-wide': 16,
      'qset:manchester': 10, 'qset:stockport': 19, 'qset:outpost': 7,
    };
    for (const question of conceptsByScheme('frameworkQuestion')) {
      expect(relationsFrom(question.id, 'IN_SET').map((r) => r.to), question.id).toEqual([question.questionSet]);
    }
    for (const [set, size] of Object.entries(sizes)) {
      const orders = relationsTo(set, 'IN_SET').map((r) => conceptById(r.from)?.order).sort((a, b) => (a ?? 0) - (b ?? 0));
      expect(orders, set).toEqual(Array.from({ length: size }, (_, i) => i + 1));
    }
  });

  it("maps every Outpost question onto SE7 questions", () => {
    for (const question of conceptsByScheme('frameworkQuestion').filter((q) => q.questionSet === 'qset:outpost')) {
      const targets = relationsFrom(question.id).filter((r) => r.type === 'EQUIVALENT' || r.type === 'RELATED');
      expect(targets.some((r) => r.to.startsWith('question:se7-')), question.id).toBe(true);
    }
  });

  it('walks age bands to transition points to processes', () => {
    for (const band of conceptsByScheme('ageBand')) expect(linked(band.id, 'LEADS_TO', 'transitionPoint').length, band.id).toBeGreaterThan(0);
    for (const point of conceptsByScheme('transitionPoint')) {
      expect(linked(point.id, 'LEADS_TO', 'process').length, point.id).toBeGreaterThan(0);
      expect(point.timescale, point.id).toBeTruthy();
    }
  });

  it('says what each access route means for a family and what it starts', () => {
    for (const route of conceptsByScheme('accessRoute')) expect(route.forFamilies, route.id).toBeTruthy();
    expect(linked('route:ehc-plan', 'TRIGGERS', 'process').map((r) => r.to)).toContain('process:ehc-needs-assessment');
  });

  it('links needs to pathways, provision categories and the settings that cater for them', () => {
    expect(linked('need:autism', 'HAS_PATHWAY', 'carePathway').map((r) => r.to)).toContain('pathway:neurodevelopmental');
    expect(linked('need:autism', 'CATERED_BY', 'settingType').length).toBeGreaterThan(0);
    expect(linked('need:continence', 'HAS_PATHWAY', 'carePathway').map((r) => r.to)).toContain('pathway:bladder-and-bowel');
  });

  it('refuses invalid data with every problem listed', () => {
    const bad = () =>
      buildVocabulary([{
        scheme: 'need',
        entries: [
          { id: 'need:a', label: 'A need', description: 'A description long enough to pass.', source: 'test', links: { BROADER: ['need:b'] } },
          { id: 'need:b', label: 'B need', description: 'A description long enough to pass.', source: 'test', links: { BROADER: ['need:a'] } },
          { id: 'pathway:c', label: 'Wrong', description: 'A description long enough to pass.', source: 'test', links: { IN_SET: ['need:x'] } },
        ],
      }]);
    expect(bad).toThrow(OntologyDataError);
    try {
      bad();
    } catch (error) {
      const problems = (error as OntologyDataError).problems.join('\n');
      expect(problems).toMatch(/BROADER cycle/);
      expect(problems).toMatch(/pathway:c: prefix/);
      expect(problems).toMatch(/need:x: unknown target/);
    }
  });
});
