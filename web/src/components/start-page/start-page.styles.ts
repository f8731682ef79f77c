import { css } from 'lit';

export const startPageStyles = css`
  :host { display: block; }
  .lede { font-size: 1.15rem; }
  form { margin: 16px 0 24px; }
  textarea { min-height: 96px; font-size: 1.1rem; max-width: 40em; }
  .optional { display: flex; flex-wrap: wrap; gap: 12px 24px; margin: 16px 0; }
  .optional > div { flex: 1 1 200px; max-width: 18em; }
  input[type='number'] { max-width: 6em; }
  .examples li { margin: 8px 0; }
  .examples a { display: inline-block; padding: 2px 0; }
  .entry-points { display: grid; gap: 16px; grid-template-columns: 1fr; padding: 0; list-style: none; }
  @media (min-width: 700px) { .entry-points { grid-template-columns: 1fr 1fr; } }
  .entry-points li { border-top: 4px solid var(--lo-blue); padding-top: 8px; }
  .entry-points h3 { margin-top: 4px; }
  .entry-points a { font-weight: 700; }
  .field-error { border-left: 5px solid var(--lo-red); padding-left: 12px; }
`;
