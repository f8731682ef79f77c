import { css } from 'lit';

export const conceptChipsStyles = css`
  :host { display: block; margin-bottom: 16px; }
  .chips { display: flex; flex-wrap: wrap; gap: 8px; list-style: none; padding: 0; margin: 8px 0; }
  .chip {
    display: inline-flex; align-items: center; gap: 6px; padding: 2px 2px 2px 10px; border: 2px solid var(--lo-border);
    background: var(--lo-light); font-weight: 700;
  }
  .chip button { min-height: 32px; min-width: 32px; padding: 2px 8px; font-weight: 400; }
  .chip .remove { font-size: 1.2rem; line-height: 1; }
  .empty { color: var(--lo-secondary); }
`;
