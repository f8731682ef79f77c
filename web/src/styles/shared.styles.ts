import { css } from 'lit';

/**
 * Styles every component shares: GOV.UK-like type, links, buttons, the yellow focus ring, and
 * `.visually-hidden`. Colours meet WCAG 2.2 AA contrast on white; targets are at least 24×24 px (most 44).
 */
export const sharedStyles = css`
  :host {
    --lo-text: #0b0c0c;
    --lo-secondary: #484949;
    --lo-link: #1d4f91;
    --lo-link-visited: #4c2c92;
    --lo-focus: #ffdd00;
    --lo-border: #505a5f;
    --lo-light: #f3f2f1;
    --lo-green: #00703c;
    --lo-red: #b10e1e;
    --lo-blue: #1d70b8;
    --lo-gap: 16px;
    font-family: Arial, Helvetica, sans-serif;
    color: var(--lo-text);
    line-height: 1.4;
  }
  *, *::before, *::after { box-sizing: border-box; }
  h1, h2, h3, h4 { line-height: 1.2; margin: 0 0 12px; }
  h1 { font-size: 1.9rem; }
  h2 { font-size: 1.4rem; margin-top: 24px; }
  h3 { font-size: 1.15rem; margin-top: 16px; }
  p { margin: 0 0 12px; max-width: 40em; }
  a { color: var(--lo-link); text-decoration-thickness: 1px; text-underline-offset: 0.15em; }
  a:hover { text-decoration-thickness: 3px; }
  a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible,
  summary:focus-visible, [tabindex]:focus-visible {
    outline: 3px solid transparent;
    background-color: var(--lo-focus);
    box-shadow: 0 -2px var(--lo-focus), 0 4px var(--lo-text);
    color: var(--lo-text);
    text-decoration: none;
  }
  input:focus-visible, select:focus-visible, textarea:focus-visible, [tabindex]:focus-visible {
    background-color: #fff;
    outline: 3px solid var(--lo-focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--lo-text);
  }
  button, .button {
    font: inherit;
    font-size: 1rem;
    min-height: 44px;
    min-width: 44px;
    padding: 8px 14px;
    border: 2px solid transparent;
    border-radius: 0;
    background: var(--lo-green);
    color: #fff;
    box-shadow: 0 2px 0 #002d18;
    cursor: pointer;
    text-decoration: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 6px;
  }
  button.secondary, .button.secondary { background: var(--lo-light); color: var(--lo-text); box-shadow: 0 2px 0 #929191; }
  button.warning { background: var(--lo-red); box-shadow: 0 2px 0 #55150b; }
  button.link {
    background: none; box-shadow: none; color: var(--lo-link); text-decoration: underline; padding: 4px; min-height: 24px; min-width: 24px;
  }
  button:disabled { opacity: 0.6; cursor: not-allowed; }
  button:focus-visible, .button:focus-visible { background: var(--lo-focus); color: var(--lo-text); box-shadow: 0 2px 0 var(--lo-text); }
  label, legend { font-weight: 700; display: block; margin-bottom: 4px; }
  .hint { color: var(--lo-secondary); font-weight: 400; margin: 0 0 6px; }
  input[type='text'], input[type='search'], input[type='email'], input[type='tel'], input[type='password'], input[type='number'],
  select, textarea {
    font: inherit; font-size: 1rem; border: 2px solid var(--lo-text); border-radius: 0; padding: 6px 8px; min-height: 44px; width: 100%;
    max-width: 36em; background: #fff; color: var(--lo-text);
  }
  input[type='checkbox'], input[type='radio'] { width: 24px; height: 24px; margin: 0; accent-color: var(--lo-text); flex: none; }
  fieldset { border: 0; padding: 0; margin: 0 0 16px; min-width: 0; }
  .error { color: var(--lo-red); font-weight: 700; }
  .error-summary { border: 4px solid var(--lo-red); padding: 12px 16px; margin: 0 0 16px; }
  .panel { border-left: 6px solid var(--lo-border); background: var(--lo-light); padding: 12px 16px; margin: 0 0 16px; }
  .tag {
    display: inline-block; padding: 2px 8px; font-size: 0.875rem; font-weight: 700; background: #dfe3e6; color: var(--lo-text);
  }
  .visually-hidden {
    position: absolute !important; width: 1px !important; height: 1px !important; margin: 0 !important; padding: 0 !important;
    overflow: hidden !important; clip: rect(0 0 0 0) !important; clip-path: inset(50%) !important; border: 0 !important; white-space: nowrap !important;
  }
  .stack > * + * { margin-top: 12px; }
  ul.plain { list-style: none; padding: 0; margin: 0; }
  @media (prefers-reduced-motion: reduce) {
    *, *::before, *::after { animation: none !important; transition: none !important; scroll-behavior: auto !important; }
  }
  @media print {
    button, .no-print { display: none !important; }
    a { color: #000; }
  }
`;
