import { css } from 'lit';

export const mindMapStyles = css`
  :host { display: block; }
  .controls { display: flex; flex-wrap: wrap; gap: 6px; margin-bottom: 8px; }
  .controls button { min-width: 44px; padding: 6px 10px; }
  .frame {
    position: relative;
    /* The space is reserved before cytoscape loads, so nothing moves when the map appears. */
    height: var(--lo-map-height, min(65vh, 520px));
    min-height: 280px;
    border: 2px solid var(--lo-border);
    background: #fff;
    overflow: hidden;
  }
  .frame:focus-visible { outline: 4px solid var(--lo-focus); outline-offset: 0; box-shadow: inset 0 0 0 3px var(--lo-text); background: #fff; }
  .cy { position: absolute; inset: 0; }
  .placeholder {
    position: absolute; inset: 0; display: flex; align-items: center; justify-content: center; margin: 0; max-width: none;
    color: var(--lo-secondary); pointer-events: none;
  }
  .help { font-size: 0.9rem; color: var(--lo-secondary); margin-top: 6px; }
  @media print {
    .controls, .help { display: none; }
    .frame { height: 420px; border: 1px solid #000; }
  }
`;
