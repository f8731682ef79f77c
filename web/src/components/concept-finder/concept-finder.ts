import { LoConceptFinder } from './concept-finder.component.ts';

export { LoConceptFinder };

if (!customElements.get('lo-concept-finder')) customElements.define('lo-concept-finder', LoConceptFinder);

declare global {
  interface HTMLElementTagNameMap {
    'lo-concept-finder': LoConceptFinder;
  }
}
