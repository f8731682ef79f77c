import { Concept, ConceptEntry, Relation, RelationType, type SchemeId } from './concept.ts';
import { RELATION_RULES, relationAllowed } from './relation-rules.ts';
import { SCHEMES, schemeForPrefix } from './scheme-info.ts';
import type { SchemeEntries } from './schemes/define.ts';

/** Thrown when the ontology data is invalid; lists every problem found. */
export class OntologyDataError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`The ontology data is invalid (${problems.length} problem(s)):\n- ${problems.join('\n- ')}`);
    this.name = 'OntologyDataError';
    this.problems = problems;
  }
}

/** The validated vocabulary, with indexes for fast lookups. */
export interface Vocabulary {
  concepts: readonly Concept[];
  relations: readonly Relation[];
  byId: ReadonlyMap<string, Concept>;
  outgoing: ReadonlyMap<string, readonly Relation[]>;
  incoming: ReadonlyMap<string, readonly Relation[]>;
}

const OFFICIAL_URL = /^https:\/\/www\.(legislation\.gov\.uk|gov\.uk)\//;

/** Parses every entry with zod, turns inline links into relations, and checks the whole graph. Throws if invalid. */
export function buildVocabulary(schemes: readonly SchemeEntries[]): Vocabulary {
  const problems: string[] = [];
  const concepts: Concept[] = [];
  const relations: Relation[] = [];
  const relationKeys = new Set<string>();

  for (const { scheme, entries } of schemes) {
    for (const raw of entries) {
      const parsed = ConceptEntry.safeParse({ ...raw, scheme });
      if (!parsed.success) {
        problems.push(`${raw.id ?? '(no id)'}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
        continue;
      }
      const { links, ...fields } = parsed.data;
      const concept = Concept.parse(withoutRepeatedLabels(fields));
      concepts.push(concept);
      for (const [type, targets] of Object.entries(links ?? {}) as [RelationType, string[]][]) {
        for (const to of targets) {
          const key = RELATION_RULES[type].symmetric ? [type, ...[concept.id, to].sort()].join('|') : `${type}|${concept.id}|${to}`;
          if (relationKeys.has(key)) continue;
          relationKeys.add(key);
          relations.push(Relation.parse({ from: concept.id, type, to, source: concept.source }));
        }
      }
    }
  }

  const byId = new Map<string, Concept>();
  for (const concept of concepts) {
    if (byId.has(concept.id)) problems.push(`duplicate concept id ${concept.id}`);
    byId.set(concept.id, concept);
    problems.push(...checkConcept(concept));
  }
  for (const relation of relations) problems.push(...checkRelation(relation, byId));
  problems.push(...findBroaderCycles(relations));
  problems.push(...checkQuestionSets(concepts, relations));
  if (problems.length > 0) throw new OntologyDataError(problems);

  return { concepts, relations, byId, outgoing: groupBy(relations, (r) => r.from), incoming: groupBy(relations, (r) => r.to) };
}

/** A label's comparison key: case, apostrophes, hyphens and punctuation ignored. */
const labelKey = (label: string): string => label.toLowerCase().replace(/['’]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Drops alternative labels that repeat the label (or each other), and hidden labels that repeat any of them. */
function withoutRepeatedLabels<T extends { label: string; altLabels: string[]; hiddenLabels: string[] }>(concept: T): T {
  const seen = new Set([labelKey(concept.label)]);
  const keep = (label: string): boolean => {
    const key = labelKey(label);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  return { ...concept, altLabels: concept.altLabels.filter(keep), hiddenLabels: concept.hiddenLabels.filter(keep) };
}

function checkConcept(concept: Concept): string[] {
  const problems: string[] = [];
  const prefix = concept.id.split(':')[0] ?? '';
  const expected: SchemeId | undefined = schemeForPrefix(prefix);
  if (expected !== concept.scheme) {
    problems.push(`${concept.id}: prefix "${prefix}" does not match scheme ${concept.scheme} (${SCHEMES[concept.scheme].prefix})`);
  }
  if (concept.minAge !== undefined && concept.maxAge !== undefined && concept.minAge > concept.maxAge) {
    problems.push(`${concept.id}: minAge ${concept.minAge} is above maxAge ${concept.maxAge}`);
  }
  if (concept.scheme === 'legislation' && !OFFICIAL_URL.test(concept.url ?? '')) {
    problems.push(`${concept.id}: legislation needs an official legislation.gov.uk or gov.uk url`);
  }
  if (concept.scheme === 'carePathway' && !concept.lifeStage) problems.push(`${concept.id}: care pathway needs a lifeStage`);
  if (concept.scheme === 'frameworkQuestion' && (!concept.questionSet || !concept.order)) {
    problems.push(`${concept.id}: framework question needs questionSet and order`);
  }
  return problems;
}

function checkRelation(relation: Relation, byId: ReadonlyMap<string, Concept>): string[] {
  const from = byId.get(relation.from);
  const to = byId.get(relation.to);
  const where = `${relation.from} -${relation.type}-> ${relation.to}`;
  if (!from || !to) return [`${where}: unknown ${from ? 'target' : 'source'} concept`];
  if (from.id === to.id) return [`${where}: a concept cannot relate to itself`];
  if (!relationAllowed(relation.type, from.scheme, to.scheme)) return [`${where}: ${from.scheme} → ${to.scheme} is not allowed`];
  return [];
}

/** Every BROADER cycle, as "a → b → a". */
function findBroaderCycles(relations: readonly Relation[]): string[] {
  const parents = groupBy(relations.filter((r) => r.type === 'BROADER'), (r) => r.from);
  const state = new Map<string, 'visiting' | 'done'>();
  const cycles: string[] = [];
  const visit = (id: string, path: string[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') {
      cycles.push(`BROADER cycle: ${[...path.slice(path.indexOf(id)), id].join(' → ')}`);
      return;
    }
    state.set(id, 'visiting');
    for (const parent of parents.get(id) ?? []) visit(parent.to, [...path, id]);
    state.set(id, 'done');
  };
  for (const id of parents.keys()) visit(id, []);
  return cycles;
}

function checkQuestionSets(concepts: readonly Concept[], relations: readonly Relation[]): string[] {
  const inSet = new Set(relations.filter((r) => r.type === 'IN_SET').map((r) => `${r.from}|${r.to}`));
  const orders = new Set<string>();
  const problems: string[] = [];
  for (const concept of concepts.filter((c) => c.scheme === 'frameworkQuestion')) {
    if (!inSet.has(`${concept.id}|${concept.questionSet}`)) problems.push(`${concept.id}: not IN_SET its questionSet`);
    const key = `${concept.questionSet}#${concept.order}`;
    if (orders.has(key)) problems.push(`${concept.id}: order ${concept.order} is used twice in ${concept.questionSet}`);
    orders.add(key);
  }
  return problems;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
