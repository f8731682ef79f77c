import { css } from 'lit';

export const gapHeatmapStyles = css`
  :host { display: block; }
  .wrap { overflow: auto; max-height: 75vh; border: 1px solid #b1b4b6; }
  table { border-collapse: separate; border-spacing: 0; font-size: 0.9rem; }
  th { text-align: left; font-weight: 700; padding: 6px 8px; background: #fff; }
  thead th { position: sticky; top: 0; z-index: 2; vertical-align: bottom; border-bottom: 2px solid var(--lo-text); min-width: 84px; }
  tbody th { position: sticky; left: 0; z-index: 1; max-width: 18em; border-right: 2px solid var(--lo-text); font-weight: 400; }
  thead th:first-child { left: 0; z-index: 3; }
  td { padding: 2px; border-bottom: 1px solid #fff; }
  td button {
    width: 100%; min-width: 64px; min-height: 40px; padding: 4px; box-shadow: none; font-weight: 700; font-size: 1rem;
    border: 2px solid transparent; color: var(--lo-text); background: #fff; flex-direction: column; gap: 0;
  }
  td button small { font-weight: 400; font-size: 0.75rem; }
  /* Zero: diagonal hatching and a heavy outline; thin: dots. Patterns, numbers and words carry the meaning, not colour. */
  .none { background: repeating-linear-gradient(45deg, #fff 0 6px, #d4351c 6px 8px); border: 2px solid #0b0c0c; }
  .thin { background: radial-gradient(#0b0c0c 1px, transparent 1.5px) 0 0 / 7px 7px, #fff7bf; border: 2px dashed #0b0c0c; }
  .none span, .thin span, .none small, .thin small { background: #fff; padding: 0 3px; }
  .shade-1 { background: #e8f1f8; }
  .shade-2 { background: #c2d8ec; }
  .shade-3 { background: #8eb8dc; }
  .shade-4 { background: #1d70b8; color: #fff; }
  .shade-5 { background: #0c3963; color: #fff; }
  td button:focus-visible { outline: 3px solid var(--lo-focus); outline-offset: 0; box-shadow: inset 0 0 0 3px var(--lo-text); color: var(--lo-text); background: var(--lo-focus); }
  td button[aria-pressed='true'] { outline: 3px solid var(--lo-text); outline-offset: -5px; }
  .key { display: flex; flex-wrap: wrap; gap: 8px 20px; list-style: none; padding: 0; margin: 12px 0; }
  .key li { display: flex; gap: 8px; align-items: center; }
  .swatch { display: inline-block; width: 34px; height: 24px; }
  @media print { .wrap { max-height: none; overflow: visible; } thead th, tbody th { position: static; } }
`;
