/**
 * The axes a gap matrix can use. Each maps to a fixed relationship type and node label, chosen from
 * this whitelist only: nothing from a request ever becomes Cypher text.
 */
export const DIMENSIONS = {
  need: { rel: 'FOR_NEED', label: 'Need', title: 'Need' },
  ageBand: { rel: 'FOR_AGE', label: 'AgeBand', title: 'Age band' },
  accessRoute: { rel: 'ACCESS_ROUTE', label: 'AccessRoute', title: 'How to get it' },
  category: { rel: 'IN_CATEGORY', label: 'ProvisionCategory', title: 'Type of provision' },
  pathway: { rel: 'ON_PATHWAY', label: 'CarePathway', title: 'Care pathway' },
  area: { rel: 'SERVES_AREA', label: 'Area', title: 'Area' },
} as const;

export type Dimension = keyof typeof DIMENSIONS;
export const DIMENSION_NAMES = Object.keys(DIMENSIONS) as [Dimension, ...Dimension[]];
