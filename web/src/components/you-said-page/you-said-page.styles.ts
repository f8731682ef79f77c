import { css } from 'lit';

export const youSaidPageStyles = css`
  :host { display: block; }
  ol { list-style: none; padding: 0; }
  article { border-top: 4px solid var(--lo-blue); padding: 12px 0 20px; }
  h2 { font-size: 1.2rem; margin-top: 0; }
  h3 { font-size: 1rem; margin: 12px 0 4px; }
  blockquote { margin: 0; padding: 8px 16px; border-left: 6px solid #b1b4b6; white-space: pre-line; }
  .response { white-space: pre-line; }
  .date { color: var(--lo-secondary); font-size: 0.95rem; }
`;
