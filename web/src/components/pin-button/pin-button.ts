import { LoPinButton } from './pin-button.component.ts';

export { LoPinButton };

if (!customElements.get('lo-pin-button')) customElements.define('lo-pin-button', LoPinButton);

declare global {
  interface HTMLElementTagNameMap {
    'lo-pin-button': LoPinButton;
  }
}
