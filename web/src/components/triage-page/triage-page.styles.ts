import { css } from 'lit';

export const triagePageStyles = css`
  :host { display: block; }
  .filter { display: flex; flex-wrap: wrap; gap: 8px; align-items: flex-end; margin: 12px 0 20px; }
  .filter select { max-width: 14em; }
  ol { list-style: none; padding: 0; }
  article { border: 2px solid var(--lo-border); padding: 12px 16px; margin: 0 0 20px; }
  article h2 { font-size: 1.2rem; margin: 0 0 6px; }
  .meta { display: flex; flex-wrap: wrap; gap: 6px 16px; color: var(--lo-secondary); font-size: 0.95rem; margin-bottom: 8px; }
  blockquote { margin: 8px 0 12px; padding: 8px 16px; border-left: 6px solid #b1b4b6; white-space: pre-line; }
  .contact { font-size: 0.95rem; }
  form > div { margin: 0 0 12px; }
  textarea { min-height: 90px; }
  .buttons { display: flex; flex-wrap: wrap; gap: 8px; }
  .status-new { background: #fff7bf; }
  .status-published { background: #cce2d8; }
`;
