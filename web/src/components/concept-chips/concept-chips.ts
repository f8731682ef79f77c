import { LoConceptChips } from './concept-chips.component.ts';

export { LoConceptChips };

if (!customElements.get('lo-concept-chips')) customElements.define('lo-concept-chips', LoConceptChips);

declare global {
  interface HTMLElementTagNameMap {
    'lo-concept-chips': LoConceptChips;
  }
}
