import { css } from 'lit';

export const changesPageStyles = css`
  :host { display: block; }
  form > div { margin: 0 0 12px; }
  textarea { min-height: 70px; }
  .buttons { display: flex; flex-wrap: wrap; gap: 8px; }
  [role='status']:focus { outline: 3px solid var(--lo-focus); }
`;
