import { css } from 'lit';

/** Before → after lists (the changes waiting for review and the audit trail). */
export const diffStyles = css`
  dl.diff { margin: 8px 0 16px; }
  .diff-row { border-top: 1px solid #b1b4b6; padding: 8px 0; display: grid; grid-template-columns: minmax(0, 1fr); gap: 4px 16px; }
  @media (min-width: 640px) { .diff-row { grid-template-columns: 10em minmax(0, 1fr) minmax(0, 1fr); } }
  .diff-row dt { font-weight: 700; }
  .diff-row dd { margin: 0; white-space: pre-line; overflow-wrap: anywhere; padding: 4px 8px; }
  .diff-row dd.from { background: var(--lo-light); border-left: 4px solid #b1b4b6; }
  .diff-row dd.to { background: #fff; border-left: 4px solid var(--lo-green); }
  .side { display: block; font-weight: 700; font-size: 0.9rem; color: var(--lo-secondary); }
  .text { display: block; }
  article { border: 2px solid var(--lo-border); padding: 12px 16px; margin: 0 0 20px; }
  article h2 { font-size: 1.2rem; margin: 0 0 6px; overflow-wrap: anywhere; }
  .meta { color: var(--lo-secondary); font-size: 0.95rem; margin-bottom: 8px; }
  ol.cards { list-style: none; padding: 0; }
`;
