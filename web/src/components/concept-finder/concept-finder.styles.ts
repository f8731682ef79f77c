import { css } from 'lit';

export const conceptFinderStyles = css`
  :host { display: block; border: 2px solid var(--lo-border); padding: 12px; margin: 8px 0 16px; background: #fff; }
  .row { display: flex; flex-wrap: wrap; gap: 8px; align-items: flex-end; }
  .row input { flex: 1 1 200px; }
  ul { list-style: none; padding: 0; margin: 12px 0 0; }
  li { margin: 4px 0; }
  li button { text-align: left; }
  .actions { margin-top: 12px; }
`;
