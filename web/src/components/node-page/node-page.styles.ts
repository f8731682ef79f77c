import { css } from 'lit';

export const nodePageStyles = css`
  :host { display: block; }
  .caption { color: var(--lo-secondary); font-size: 1.1rem; margin: 0 0 4px; }
  .lede { font-size: 1.15rem; }
  .actions { display: flex; flex-wrap: wrap; gap: 10px; margin: 12px 0 20px; }
  .prose { white-space: pre-line; max-width: 42em; }
  dl.facts { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0; margin: 0 0 16px; max-width: 46em; }
  @media (min-width: 640px) { dl.facts { grid-template-columns: 12em minmax(0, 1fr); } }
  dl.facts dt { font-weight: 700; padding: 8px 12px 0 0; }
  @media (min-width: 640px) { dl.facts dt, dl.facts dd { border-bottom: 1px solid #b1b4b6; padding: 8px 12px 8px 0; } }
  dl.facts dd { margin: 0; padding: 0 0 8px; white-space: pre-line; overflow-wrap: anywhere; }
  ul.links { padding-left: 20px; }
  ul.links li { margin: 6px 0; }
  .law p { margin: 2px 0 10px; }
  .contents { border-left: 4px solid #b1b4b6; padding-left: 12px; margin: 0 0 20px; }
  .contents ol { margin: 4px 0; padding-left: 20px; columns: 2 14em; }
  .contents li { margin: 4px 0; }
  .reviewed { color: var(--lo-secondary); font-size: 0.95rem; }
  @media print {
    .actions, .contents, .feedback, .suggest { display: none; }
  }
`;
