import { css } from 'lit';

export const selectedItemStyles = css`
  :host { display: block; }
  section { border: 2px solid var(--lo-text); border-left-width: 8px; padding: 12px 14px; background: #fff; margin: 12px 0; }
  h3 { margin: 0 0 4px; }
  .meta { display: flex; gap: 6px; align-items: center; margin-bottom: 6px; }
  .why { margin: 6px 0; padding-left: 20px; }
  .actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 10px; }
  .empty { color: var(--lo-secondary); margin: 12px 0; }
`;
