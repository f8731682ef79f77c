import type { RelationType } from './concept.ts';

/** How to say a relation in plain English, reading it from the `from` side (out) or the `to` side (in). */
export interface RelationWording {
  out: string;
  in: string;
}

export const RELATION_WORDING: Record<RelationType, RelationWording> = {
  BROADER: { out: 'is a kind of', in: 'includes' },
  RELATED: { out: 'is related to', in: 'is related to' },
  EQUIVALENT: { out: 'asks the same as', in: 'asks the same as' },
  HAS_PATHWAY: { out: 'is looked after on', in: 'is the care pathway for' },
  IN_CATEGORY: { out: 'is part of', in: 'covers' },
  COMMISSIONED_BY: { out: 'is commissioned or paid for by', in: 'commissions or pays for' },
  LEADS_TO: { out: 'leads on to', in: 'follows on from' },
  UNDER_LAW: { out: 'is set out in', in: 'sets out' },
  CATERED_BY: { out: 'is catered for by', in: 'caters for' },
  TRIGGERS: { out: 'starts with', in: 'is how you get in through' },
  IN_SET: { out: 'is a question in', in: 'includes the question' },
  FOR_AGE: { out: 'is for ages', in: 'is the age band of' },
  FOR_OUTCOME: { out: 'helps towards', in: 'is helped by' },
};

/** The plain-English wording of a relation seen from one end. */
export function describeRelation(type: RelationType, direction: 'out' | 'in'): string {
  return RELATION_WORDING[type][direction];
}
