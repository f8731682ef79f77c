import { css } from 'lit';

export const searchPageStyles = css`
  :host { display: block; }
  .search { display: flex; flex-wrap: wrap; gap: 12px 16px; align-items: flex-end; margin: 12px 0 20px; }
  .search > div { flex: 0 1 36em; }
  .search .small { flex: 0 1 8em; }
  .layout { display: grid; grid-template-columns: minmax(0, 1fr); gap: 16px 32px; }
  @media (min-width: 900px) { .layout { grid-template-columns: minmax(0, 1fr) minmax(0, 2fr); } }
  ol.results { list-style: none; padding: 0; margin: 0; }
  ol.results > li { border-bottom: 1px solid #b1b4b6; padding: 12px 0; }
  ol.results h3 { margin: 0 0 4px; font-size: 1.15rem; }
  .facts { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 4px 0 8px; color: var(--lo-secondary); font-size: 0.95rem; padding: 0; list-style: none; }
  .count { font-weight: 700; }
  .more { margin-top: 16px; }
`;
