import { LoChangesPage } from './changes-page.component.ts';

export { LoChangesPage };

if (!customElements.get('lo-changes-page')) customElements.define('lo-changes-page', LoChangesPage);

declare global {
  interface HTMLElementTagNameMap {
    'lo-changes-page': LoChangesPage;
  }
}
