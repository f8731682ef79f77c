/**
 * Short plain-English labels for relationship types, read from the start node (`out`) or from the
 * end node (`in`): used on mind-map edges and in node details.
 */
export const RELATION_LABELS: Record<string, { out: string; in: string }> = {
  FOR_NEED: { out: 'is for', in: 'is met by' },
  FOR_AGE: { out: 'is for ages', in: 'is the age band of' },
  ACCESS_ROUTE: { out: 'way in', in: 'is the way into' },
  IN_CATEGORY: { out: 'is part of', in: 'covers' },
  ON_PATHWAY: { out: 'is on', in: 'includes' },
  UNDER_LAW: { out: 'is set out in', in: 'sets out' },
  COMMISSIONED_BY: { out: 'is commissioned by', in: 'commissions' },
  SETTING_TYPE: { out: 'is a', in: 'is the type of' },
  SUPPORTS_PROCESS: { out: 'helps with', in: 'is helped by' },
  FOR_OUTCOME: { out: 'helps towards', in: 'is helped by' },
  PROVIDED_BY: { out: 'is run by', in: 'runs' },
  IN_AUTHORITY: { out: 'is in', in: 'has' },
  SERVES_AREA: { out: 'serves', in: 'is served by' },
  AT_LOCATION: { out: 'is at', in: 'is where' },
  PART_OF: { out: 'is part of', in: 'includes' },
  HAS_ANSWER: { out: 'answers', in: 'is an answer of' },
  BROADER: { out: 'is a kind of', in: 'includes' },
  RELATED: { out: 'is related to', in: 'is related to' },
  EQUIVALENT: { out: 'asks the same as', in: 'asks the same as' },
  HAS_PATHWAY: { out: 'is looked after on', in: 'is the care pathway for' },
  CATERED_BY: { out: 'is catered for by', in: 'caters for' },
  LEADS_TO: { out: 'leads on to', in: 'follows on from' },
  TRIGGERS: { out: 'starts', in: 'is started by' },
  IN_SET: { out: 'is a question in', in: 'includes the question' },
};

export function relationLabel(type: string, direction: 'out' | 'in' = 'out'): string {
  return RELATION_LABELS[type]?.[direction] ?? type.toLowerCase().replace(/_/g, ' ');
}
