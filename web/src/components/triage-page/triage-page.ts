import { LoTriagePage } from './triage-page.component.ts';

export { LoTriagePage };

if (!customElements.get('lo-triage-page')) customElements.define('lo-triage-page', LoTriagePage);

declare global {
  interface HTMLElementTagNameMap {
    'lo-triage-page': LoTriagePage;
  }
}
