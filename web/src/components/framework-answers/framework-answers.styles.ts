import { css } from 'lit';

export const frameworkAnswersStyles = css`
  :host { display: block; }
  fieldset { display: flex; flex-wrap: wrap; gap: 8px 24px; align-items: center; border: 0; padding: 0; margin: 0 0 16px; }
  legend { margin-bottom: 8px; }
  .choice { display: flex; gap: 8px; align-items: center; }
  .choice label { font-weight: 400; margin: 0; }
  .answer { white-space: pre-line; margin: 0 0 20px; max-width: 42em; }
  h3 { font-size: 1.1rem; }
  @media print { fieldset { display: none; } }
`;
