import { css } from 'lit';

export const resultFiltersStyles = css`
  :host { display: block; }
  details { border: 2px solid var(--lo-border); background: #fff; margin: 0 0 12px; }
  summary { padding: 10px 12px; font-weight: 700; cursor: pointer; min-height: 44px; }
  .inside { padding: 0 12px 12px; }
  .groups { display: grid; grid-template-columns: 1fr; gap: 4px 24px; }
  @media (min-width: 700px) { .groups { grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); } }
  .check { display: flex; gap: 8px; align-items: center; margin: 6px 0; }
  .check label { font-weight: 400; margin: 0; }
  .count { color: var(--lo-secondary); }
  .inline { display: flex; gap: 8px; align-items: flex-end; flex-wrap: wrap; margin-bottom: 12px; }
  .inline input { max-width: 6em; }
  .inline select { max-width: 16em; }
  .current { margin: 0 0 12px; }
  .current h3 { font-size: 1rem; margin: 0 0 6px; }
  .current ul { display: flex; flex-wrap: wrap; gap: 8px; list-style: none; padding: 0; margin: 0 0 6px; }
  .current button { font-size: 0.95rem; }
`;
