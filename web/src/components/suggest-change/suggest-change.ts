import { LoSuggestChange } from './suggest-change.component.ts';

export { LoSuggestChange };

if (!customElements.get('lo-suggest-change')) customElements.define('lo-suggest-change', LoSuggestChange);

declare global {
  interface HTMLElementTagNameMap {
    'lo-suggest-change': LoSuggestChange;
  }
}
