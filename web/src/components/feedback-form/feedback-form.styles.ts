import { css } from 'lit';

export const feedbackFormStyles = css`
  :host { display: block; }
  form > div { margin-bottom: 16px; }
  textarea { min-height: 120px; }
  details { margin: 0 0 16px; }
  summary { cursor: pointer; color: var(--lo-link); text-decoration: underline; padding: 6px 0; min-height: 32px; }
  .contact { border-left: 4px solid #b1b4b6; padding: 8px 0 4px 16px; }
  .contact > div { margin-bottom: 12px; }
  /* The honeypot: out of sight and out of the accessibility tree; people never fill it in, bots do. */
  .trap { position: absolute; left: -10000px; top: auto; width: 1px; height: 1px; overflow: hidden; }
  .done { border: 4px solid var(--lo-green); padding: 12px 16px; }
  .done:focus { outline: 3px solid var(--lo-focus); }
`;
