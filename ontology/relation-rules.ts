import type { RelationType, SchemeId } from './concept.ts';

/** Which schemes each relation type may join: checked when the ontology loads. `'same'` = within one scheme. */
export interface RelationRule {
  from: readonly SchemeId[] | 'any';
  to: readonly SchemeId[] | 'any' | 'same';
  /** Symmetric types are stored once and read in both directions. */
  symmetric: boolean;
}

const provisionLike = ['carePathway', 'process', 'provisionCategory', 'settingType'] as const;

export const RELATION_RULES: Record<RelationType, RelationRule> = {
  BROADER: { from: 'any', to: 'same', symmetric: false },
  RELATED: { from: 'any', to: 'any', symmetric: true },
  EQUIVALENT: { from: ['frameworkQuestion'], to: ['frameworkQuestion'], symmetric: true },
  HAS_PATHWAY: { from: ['need'], to: ['carePathway'], symmetric: false },
  IN_CATEGORY: { from: ['need', ...provisionLike], to: ['provisionCategory'], symmetric: false },
  COMMISSIONED_BY: { from: provisionLike, to: ['commissioner'], symmetric: false },
  LEADS_TO: {
    from: ['carePathway', 'ageBand', 'transitionPoint'],
    to: ['carePathway', 'transitionPoint', 'process'],
    symmetric: false,
  },
  UNDER_LAW: {
    from: [...provisionLike, 'accessRoute', 'commissioner', 'transitionPoint', 'pfaOutcome', 'need'],
    to: ['legislation'],
    symmetric: false,
  },
  CATERED_BY: { from: ['need'], to: ['settingType'], symmetric: false },
  TRIGGERS: { from: ['accessRoute'], to: ['process'], symmetric: false },
  IN_SET: { from: ['frameworkQuestion'], to: ['questionSet'], symmetric: false },
  FOR_AGE: { from: provisionLike, to: ['ageBand'], symmetric: false },
  FOR_OUTCOME: { from: provisionLike, to: ['pfaOutcome'], symmetric: false },
};

/** The valid LEADS_TO pairs (from scheme → to scheme). */
export const LEADS_TO_PAIRS: ReadonlyArray<readonly [SchemeId, SchemeId]> = [
  ['carePathway', 'carePathway'],
  ['ageBand', 'transitionPoint'],
  ['transitionPoint', 'process'],
];

/** Does a relation of `type` from a `from`-scheme concept to a `to`-scheme concept follow the rules? */
export function relationAllowed(type: RelationType, from: SchemeId, to: SchemeId): boolean {
  const rule = RELATION_RULES[type];
  const fromOk = rule.from === 'any' || rule.from.includes(from);
  const toOk = rule.to === 'any' || (rule.to === 'same' ? from === to : rule.to.includes(to));
  if (!fromOk || !toOk) return false;
  if (type === 'LEADS_TO') return LEADS_TO_PAIRS.some(([f, t]) => f === from && t === to);
  return true;
}
