import { css } from 'lit';

export const nodeConnectionsStyles = css`
  :host { display: block; }
  .views { display: grid; grid-template-columns: minmax(0, 1fr); gap: 16px 24px; }
  @media (min-width: 960px) {
    .views { grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); }
    lo-result-tree { --lo-tree-height: 480px; }
  }
  h3 { margin-top: 0; }
  .note { color: var(--lo-secondary); }
  @media print { .views { display: block; } lo-mind-map, lo-map-legend, lo-selected-item { display: none; } }
`;
