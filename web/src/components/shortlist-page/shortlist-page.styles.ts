import { css } from 'lit';

export const shortlistPageStyles = css`
  :host { display: block; }
  .share { border: 2px solid var(--lo-border); padding: 12px 16px; margin: 12px 0 20px; }
  .share input { max-width: none; }
  .row { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 8px; align-items: center; }
  .table-wrap { overflow-x: auto; margin: 0 0 24px; }
  table { border-collapse: collapse; min-width: 640px; width: 100%; font-size: 0.95rem; }
  caption { text-align: left; font-weight: 700; font-size: 1.2rem; padding: 0 0 8px; }
  th, td { border-bottom: 1px solid #b1b4b6; padding: 8px 10px 8px 0; text-align: left; vertical-align: top; }
  thead th { border-bottom: 2px solid var(--lo-text); }
  article { border-top: 4px solid var(--lo-blue); padding: 8px 0 16px; break-inside: avoid; }
  article h3 { margin: 4px 0; }
  dl { display: grid; grid-template-columns: minmax(0, 1fr); margin: 8px 0; }
  @media (min-width: 640px) { dl { grid-template-columns: 10em minmax(0, 1fr); } }
  dt { font-weight: 700; padding: 4px 8px 0 0; }
  dd { margin: 0; padding: 4px 0; white-space: pre-line; }
  .print-only { display: none; }
  @media print {
    .share, .no-print { display: none !important; }
    .print-only { display: block; }
    .table-wrap { overflow: visible; }
    table { min-width: 0; font-size: 9pt; }
    article { border-top: 1px solid #000; }
  }
`;
