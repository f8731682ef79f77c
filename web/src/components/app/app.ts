import { LoApp } from './app.component.ts';

export { LoApp };

if (!customElements.get('lo-app')) customElements.define('lo-app', LoApp);

declare global {
  interface HTMLElementTagNameMap {
    'lo-app': LoApp;
  }
}
