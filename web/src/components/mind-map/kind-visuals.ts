/**
 * How each kind of node looks: a colour AND a shape AND a legend entry, so colour is never the only
 * cue (WCAG 1.4.1). Kinds are grouped into a few families people can tell apart at a glance.
 */
export type NodeShape = 'star' | 'ellipse' | 'round-rectangle' | 'pentagon' | 'diamond' | 'hexagon' | 'rectangle' | 'octagon' | 'tag' | 'barrel';

export interface KindVisual {
  family: string;
  /** Plain-English name shown in the legend and read out in the list. */
  label: string;
  colour: string;
  border: string;
  shape: NodeShape;
}

const FAMILIES = {
  question: { family: 'question', label: 'Your question', colour: '#0b0c0c', border: '#0b0c0c', shape: 'star' },
  need: { family: 'need', label: 'Need or situation', colour: '#6f3cc4', border: '#3d1f70', shape: 'ellipse' },
  service: { family: 'service', label: 'Service', colour: '#1d70b8', border: '#0c3963', shape: 'round-rectangle' },
  setting: { family: 'setting', label: 'School, college or setting', colour: '#00703c', border: '#003a1f', shape: 'pentagon' },
  pathway: { family: 'pathway', label: 'Care pathway', colour: '#b0480f', border: '#5e2607', shape: 'diamond' },
  right: { family: 'right', label: 'Right, process or way in', colour: '#a3246f', border: '#55113a', shape: 'hexagon' },
  law: { family: 'law', label: 'Law or guidance', colour: '#505a5f', border: '#23282b', shape: 'rectangle' },
  organisation: { family: 'organisation', label: 'Organisation or commissioner', colour: '#00706a', border: '#003835', shape: 'octagon' },
  help: { family: 'help', label: 'Kind of help', colour: '#8a6100', border: '#463100', shape: 'tag' },
  other: { family: 'other', label: 'Age, place or other', colour: '#6e6e6e', border: '#333333', shape: 'barrel' },
} satisfies Record<string, KindVisual>;

export type Family = keyof typeof FAMILIES;

const FAMILY_OF_KIND: Record<string, Family> = {
  question: 'question',
  need: 'need', transitionPoint: 'need',
  service: 'service',
  setting: 'setting', settingType: 'setting',
  carePathway: 'pathway',
  process: 'right', accessRoute: 'right',
  legislation: 'law',
  organisation: 'organisation', supportOrganisation: 'organisation', commissioner: 'organisation', authority: 'organisation',
  provisionCategory: 'help', pfaOutcome: 'help',
  ageBand: 'other', area: 'other', location: 'other', questionSet: 'other', frameworkQuestion: 'other', other: 'other',
};

/** Plain-English names of single kinds (as in graph/discovery/kinds.ts), for lists. */
export const KIND_NAMES: Record<string, string> = {
  service: 'service', setting: 'school or setting', need: 'need or condition', ageBand: 'age band',
  transitionPoint: 'point of change', settingType: 'type of setting', carePathway: 'care pathway',
  provisionCategory: 'kind of help', accessRoute: 'way in', process: 'process or right', legislation: 'law or guidance',
  commissioner: 'commissioner', pfaOutcome: 'preparing for adulthood', questionSet: 'question set',
  frameworkQuestion: 'question', organisation: 'organisation', supportOrganisation: 'support organisation',
  authority: 'local authority', area: 'area', location: 'place', other: 'other', question: 'your question',
};

export function familyOf(kind: string): Family {
  return FAMILY_OF_KIND[kind] ?? 'other';
}

export function visualOf(kind: string): KindVisual {
  return FAMILIES[familyOf(kind)];
}

export function kindName(kind: string): string {
  return KIND_NAMES[kind] ?? kind;
}

/** Every family, in legend order. */
export const LEGEND: readonly KindVisual[] = Object.values(FAMILIES);
