import { css } from 'lit';

export const suggestChangeStyles = css`
  :host { display: block; }
  details { margin: 0 0 16px; }
  summary { cursor: pointer; color: var(--lo-link); text-decoration: underline; padding: 6px 0; min-height: 32px; font-weight: 700; }
  form { border-left: 4px solid #b1b4b6; padding: 8px 0 4px 16px; margin-top: 8px; }
  form > div { margin-bottom: 16px; }
  textarea { min-height: 90px; }
  textarea.long { min-height: 200px; }
  .done { border: 4px solid var(--lo-green); padding: 12px 16px; }
  .done h3 { margin-top: 0; }
  .done:focus, .error-summary:focus { outline: 3px solid var(--lo-focus); }
`;
