import { css } from 'lit';

export const mapLegendStyles = css`
  :host { display: block; }
  h3 { font-size: 1rem; margin: 8px 0 4px; }
  ul { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 4px 16px; font-size: 0.95rem; }
  li { display: flex; gap: 6px; align-items: center; }
  .states li { gap: 8px; }
  .swatch { display: inline-block; width: 18px; height: 18px; border: 3px solid #0b0c0c; }
  .swatch.selected { background: #ffdd00; }
  .swatch.pinned { border-style: dashed; }
  .swatch.expanded { border-style: double; border-width: 5px; }
`;
