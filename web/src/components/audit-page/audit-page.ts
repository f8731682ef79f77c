import { LoAuditPage } from './audit-page.component.ts';

export { LoAuditPage };

if (!customElements.get('lo-audit-page')) customElements.define('lo-audit-page', LoAuditPage);

declare global {
  interface HTMLElementTagNameMap {
    'lo-audit-page': LoAuditPage;
  }
}
