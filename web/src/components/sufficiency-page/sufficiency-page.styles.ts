import { css } from 'lit';

export const sufficiencyPageStyles = css`
  :host { display: block; }
  .summary { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 12px; list-style: none; padding: 0; margin: 0 0 20px; }
  .summary li { border: 2px solid var(--lo-border); padding: 10px; }
  .summary strong { display: block; font-size: 1.8rem; }
  .controls { display: flex; flex-wrap: wrap; gap: 12px 16px; align-items: flex-end; margin: 0 0 16px; }
  .controls select { max-width: 14em; }
  .check { display: flex; gap: 8px; align-items: center; min-height: 44px; }
  .check label { margin: 0; }
  .table-wrap { overflow-x: auto; }
  table { border-collapse: collapse; width: 100%; min-width: 760px; font-size: 0.95rem; }
  th, td { text-align: left; vertical-align: top; border-bottom: 1px solid #b1b4b6; padding: 8px 10px 8px 0; }
  thead th { border-bottom: 2px solid var(--lo-text); }
  .flag { font-weight: 700; }
  .flag::before { content: '⚠ '; }
  details summary { cursor: pointer; color: var(--lo-link); text-decoration: underline; min-height: 24px; }
  .shortfall { border-collapse: collapse; margin: 8px 0; min-width: 0; }
  .shortfall th, .shortfall td { border: 1px solid #b1b4b6; padding: 6px; white-space: pre-line; }
`;
