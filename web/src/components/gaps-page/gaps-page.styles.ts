import { css } from 'lit';

export const gapsPageStyles = css`
  :host { display: block; }
  form { display: flex; flex-wrap: wrap; gap: 12px 16px; align-items: flex-end; margin: 12px 0 16px; }
  form select { max-width: 14em; }
  .totals { font-weight: 700; }
  .cell { border: 4px solid var(--lo-text); padding: 12px 16px; margin: 20px 0; }
  .cell h2 { margin-top: 0; }
  .cell:focus-within { outline: none; }
`;
