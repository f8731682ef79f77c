import { css } from 'lit';

export const resultsPageStyles = css`
  :host { display: block; }
  .ask { display: flex; flex-wrap: wrap; gap: 8px; align-items: flex-end; margin-bottom: 12px; }
  .ask > div { flex: 1 1 260px; }
  .ask textarea { min-height: 48px; max-width: none; }
  .count { font-weight: 700; font-size: 1.1rem; margin: 12px 0; }
  .views { display: grid; grid-template-columns: minmax(0, 1fr); gap: 16px 24px; }
  @media (min-width: 960px) {
    .views { grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); }
    lo-result-tree { --lo-tree-height: 560px; }
  }
  @media (max-width: 640px) { lo-mind-map { --lo-map-height: 360px; } }
  .problem { border-left: 6px solid var(--lo-red); padding: 8px 12px; }
  @media print {
    .ask, lo-result-filters, lo-selected-item { display: none; }
    .views { display: block; }
  }
`;
