import { LoSufficiencyPage } from './sufficiency-page.component.ts';

export { LoSufficiencyPage };

if (!customElements.get('lo-sufficiency-page')) customElements.define('lo-sufficiency-page', LoSufficiencyPage);

declare global {
  interface HTMLElementTagNameMap {
    'lo-sufficiency-page': LoSufficiencyPage;
  }
}
