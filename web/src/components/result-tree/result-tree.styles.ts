import { css } from 'lit';

export const resultTreeStyles = css`
  :host { display: block; }
  [role='tree'] {
    list-style: none; margin: 0; padding: 4px; border: 2px solid var(--lo-border); background: #fff;
    max-height: var(--lo-tree-height, none); overflow: auto;
  }
  [role='tree']:focus { outline: none; }
  [role='tree']:focus-visible { outline: 3px solid var(--lo-focus); outline-offset: 0; box-shadow: inset 0 0 0 2px var(--lo-text); }
  .level-2 { margin-left: 22px; border-left: 3px solid #d0d3d5; }
  .level-3 { margin-left: 44px; border-left: 3px solid #d0d3d5; }
  .level-4, .level-5, .level-6 { margin-left: 66px; border-left: 3px solid #d0d3d5; }
  li { margin: 0; }
  .row { display: flex; gap: 8px; align-items: flex-start; padding: 8px 6px; border-bottom: 1px solid #e1e3e4; cursor: pointer; }
  .row:hover { background: var(--lo-light); }
  .row.selected { background: #e8f1f8; box-shadow: inset 5px 0 0 var(--lo-blue); }
  [role='tree']:focus-visible .row.active { outline: 3px solid var(--lo-text); outline-offset: -3px; background: var(--lo-focus); }
  .twisty {
    flex: none; width: 28px; height: 28px; display: inline-flex; align-items: center; justify-content: center;
    border: 1px solid var(--lo-border); background: #fff; font-size: 0.8rem; user-select: none;
  }
  .body { flex: 1; min-width: 0; }
  .name { font-weight: 700; color: var(--lo-link); text-decoration: underline; }
  .meta { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin: 2px 0; }
  .shape { width: 16px; height: 16px; flex: none; }
  .why { margin: 4px 0 0; padding: 0; list-style: none; font-size: 0.95rem; color: var(--lo-secondary); }
  .why li::before { content: '→ '; }
  .note { margin: 4px 0 0; color: var(--lo-secondary); font-size: 0.95rem; }
  .pinned { font-size: 0.85rem; font-weight: 700; }
`;
